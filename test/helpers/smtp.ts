/**
 * An SMTP server a test runs itself, to count what arrives: every message as received (a resend
 * counts again), parsed. `answer` may refuse a message with an SMTP code (451 try later, 550 no).
 */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMessage {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  topic: string | undefined;
  attachments: { fileName: string; size: number }[];
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedMessage[];
  /** Called for each message before it is accepted; a number refuses it with that code. */
  answer: (message: ReceivedMessage) => number | undefined | Promise<number | undefined>;
  close(): Promise<void>;
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const state: TestSmtpServer = {
    url: '',
    received: [],
    answer: () => undefined,
    close: () => Promise.resolve(),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      void simpleParser(stream).then(async (parsed) => {
        const topic = parsed.headers.get('x-tilskudd-topic');
        const message: ReceivedMessage = {
          messageId: parsed.messageId ?? '',
          to: Array.isArray(parsed.to)
            ? parsed.to.map((a) => a.text).join(', ')
            : (parsed.to?.text ?? ''),
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          topic: typeof topic === 'string' ? topic : undefined,
          attachments: parsed.attachments.map((a) => ({
            fileName: a.filename ?? '',
            size: a.size,
          })),
        };
        const code = await state.answer(message);
        if (code !== undefined) {
          callback(Object.assign(new Error(`refused with ${code}`), { responseCode: code }));
          return;
        }
        state.received.push(message);
        callback();
      });
    },
  });
  // A sender killed mid-conversation leaves a socket that errors: that is the test, not a failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
