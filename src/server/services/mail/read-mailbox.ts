/** The dev mailbox as the admin reads it: the list, one message, one attachment's bytes. */
import {
  findMailboxAttachment,
  findMailboxMessage,
  listMailbox,
} from '../../../store/repositories/dev-mailbox.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';

/** The newest this many; an older message is still in the table, and in a backup. */
export const MAILBOX_LIST_LIMIT = 500;

/** Attachment types a browser may be handed as such; anything else is a plain download. */
const OFFERED_TYPES = new Set(['application/pdf', 'text/plain', 'text/csv']);

export async function readMailbox(ctx: AppContext) {
  const rows = await listMailbox(ctx.store.db, MAILBOX_LIST_LIMIT);
  return {
    embedded: ctx.config.mail.smtpUrl === undefined,
    messages: rows.map((r) => ({
      id: r.id,
      messageId: r.message_id,
      topic: r.topic,
      from: r.from_address,
      to: r.to_address,
      subject: r.subject,
      date: r.sent_date,
      receivedAt: r.received_at,
      sizeBytes: r.size_bytes,
      attachments: r.attachments,
    })),
  };
}

export async function readMailboxMessage(ctx: AppContext, id: string) {
  const row = await findMailboxMessage(ctx.store.db, id);
  if (!row) throw new AppError('mail_message_not_found');
  return {
    id: row.id,
    messageId: row.message_id,
    topic: row.topic,
    from: row.from_address,
    to: row.to_address,
    subject: row.subject,
    date: row.sent_date,
    receivedAt: row.received_at,
    sizeBytes: row.size_bytes,
    text: row.text_body,
    html: row.html_body,
    attachments: row.attachments.map((a) => ({
      ...a,
      url: `/api/admin/mailbox/${row.id}/attachments/${a.position}`,
    })),
  };
}

export async function readMailboxAttachment(ctx: AppContext, id: string, position: number) {
  const file = await findMailboxAttachment(ctx.store.db, id, position);
  if (!file) throw new AppError('mail_message_not_found');
  const type = file.contentType.toLowerCase();
  return {
    bytes: file.content,
    fileName: file.fileName,
    mediaType: OFFERED_TYPES.has(type) ? type : 'application/octet-stream',
  };
}
