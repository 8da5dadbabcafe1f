/**
 * Sends one message over SMTP with nodemailer. The caller fixes the Message-ID and the Date, so
 * every attempt of one outbox message is the same message to the receiver (docs/adr/0020).
 */
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  date: Date;
  topic: string;
  attachments: readonly { fileName: string; contentType: string; content: Buffer }[];
}

export interface SmtpSender {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export class SmtpSendError extends Error {
  constructor(
    message: string,
    /** A 5xx answer: the server refuses this message, and will again. */
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** The SMTP URL without its password, for logs and start-up lines. */
export function describeSmtpUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}`;
  } catch {
    return 'an SMTP URL that cannot be read';
  }
}

export function createSmtpSender(url: string, options: { timeoutMs?: number } = {}): SmtpSender {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(mail) {
      try {
        await transport.sendMail({
          messageId: mail.messageId,
          date: mail.date,
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
          headers: { 'X-Tilskudd-Topic': mail.topic },
          attachments: mail.attachments.map((a) => ({
            filename: a.fileName,
            contentType: a.contentType,
            content: a.content,
          })),
        });
      } catch (error) {
        const code = (error as { responseCode?: unknown }).responseCode;
        const message = error instanceof Error ? error.message : String(error);
        throw new SmtpSendError(message, typeof code === 'number' && code >= 500 && code < 600);
      }
    },
    close() {
      transport.close();
    },
  };
}
