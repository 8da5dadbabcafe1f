/**
 * The embedded default's SMTP server (docs/adr/0020): on 127.0.0.1 only, no authentication, it
 * parses each message with mailparser and stores it in the dev mailbox before it answers 250, so
 * a message the sender saw accepted is durably there. A message whose Message-ID is already
 * stored (a resend after a crash) is accepted and not stored again.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Store } from '../../../store/create-store.js';
import { storeReceivedMail } from '../../../store/repositories/dev-mailbox.repository.js';

export interface DevSmtpServer {
  port: number;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 30 * 1024 * 1024;

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((a) => a.text).join(', ');
}

export async function startDevSmtpServer(options: {
  store: Store;
  port: number;
  log: { error(detail: Record<string, unknown>, message: string): void };
}): Promise<DevSmtpServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    // At shutdown a connection still open is cut after a second; its sender tries again later.
    closeTimeout: 1000,
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const topic = parsed.headers.get('x-tilskudd-topic');
          await storeReceivedMail(options.store.db, {
            id: randomUUID(),
            messageId: parsed.messageId ?? `<${randomUUID()}@dev-mailbox>`,
            topic: typeof topic === 'string' ? topic : null,
            from: addresses(parsed.from),
            to: addresses(parsed.to),
            subject: parsed.subject ?? '',
            sentDate: parsed.date ? parsed.date.toISOString() : null,
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            sizeBytes: stream.byteLength ?? 0,
            receivedAt: new Date(),
            attachments: parsed.attachments.map((a, n) => ({
              fileName: a.filename ?? `attachment-${n + 1}`,
              contentType: a.contentType,
              content: a.content,
            })),
          });
          callback();
        })
        .catch((error: unknown) => {
          options.log.error({ err: error }, 'dev mailbox could not store a message');
          // 451: the sender keeps the message and tries again.
          callback(
            Object.assign(new Error('dev mailbox could not store the message'), {
              responseCode: 451,
            }),
          );
        });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => options.log.error({ err: error }, 'dev SMTP server error'));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
