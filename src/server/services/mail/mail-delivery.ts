/**
 * Where e-mail goes: the SMTP relay of SMTP_URL, or, in the embedded default, the in-process SMTP
 * server that fills the dev mailbox (docs/adr/0020). Either way it is real SMTP from nodemailer.
 */
import {
  createSmtpSender,
  describeSmtpUrl,
  type SmtpSender,
} from '../../../integrations/smtp/smtp-sender.js';
import { hasMailboxMessage } from '../../../store/repositories/dev-mailbox.repository.js';
import type { Config } from '../../../platform/config.js';
import type { Store } from '../../../store/create-store.js';
import { startDevSmtpServer } from './dev-smtp-server.js';

export interface MailDelivery {
  sender: SmtpSender;
  from: string;
  /** True when mail goes to the dev mailbox of this database. */
  embedded: boolean;
  /**
   * Whether a message with this Message-ID already arrived, when that can be known (the dev
   * mailbox); undefined for a relay, which cannot be asked.
   */
  alreadyDelivered?: (messageId: string) => Promise<boolean>;
  /** One line for the start-up summary. */
  description: string;
  close(): Promise<void>;
}

export async function openMailDelivery(
  ctx: { config: Pick<Config, 'mail'>; store: Store },
  log: { error(detail: Record<string, unknown>, message: string): void },
): Promise<MailDelivery> {
  const { smtpUrl, from, devSmtpPort } = ctx.config.mail;
  if (smtpUrl) {
    const sender = createSmtpSender(smtpUrl);
    return {
      sender,
      from,
      embedded: false,
      description: `e-mail: SMTP relay ${describeSmtpUrl(smtpUrl)}`,
      close: () => Promise.resolve(sender.close()),
    };
  }
  const server = await startDevSmtpServer({ store: ctx.store, port: devSmtpPort, log });
  const sender = createSmtpSender(`smtp://127.0.0.1:${server.port}`);
  return {
    sender,
    from,
    embedded: true,
    alreadyDelivered: (messageId) => hasMailboxMessage(ctx.store.db, messageId),
    description: `e-mail: no SMTP_URL, so the in-process SMTP server on 127.0.0.1:${server.port} keeps every message in the dev mailbox (admin: /admin/mailbox)`,
    close: async () => {
      sender.close();
      await server.close();
    },
  };
}
