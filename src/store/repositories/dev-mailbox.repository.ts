/**
 * The dev mailbox: what the embedded default's in-process SMTP server received (docs/adr/0020).
 * One row per Message-ID: a message delivered again after a crash is stored once.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { DevMailboxRow } from '../mail-tables.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface ReceivedMail {
  id: string;
  messageId: string;
  topic: string | null;
  from: string;
  to: string;
  subject: string;
  sentDate: string | null;
  text: string;
  html: string | null;
  sizeBytes: number;
  receivedAt: Date;
  attachments: { fileName: string; contentType: string; content: Buffer }[];
}

export interface MailboxAttachmentInfo {
  position: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** Stores a received message; false when one with its Message-ID is already there. */
export async function storeReceivedMail(
  db: Kysely<Database>,
  mail: ReceivedMail,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const result = await tx
      .insertInto('dev_mailbox')
      .values({
        id: mail.id,
        message_id: mail.messageId,
        topic: mail.topic,
        from_address: mail.from,
        to_address: mail.to,
        subject: mail.subject,
        sent_date: mail.sentDate,
        text_body: mail.text,
        html_body: mail.html,
        size_bytes: mail.sizeBytes,
        received_at: mail.receivedAt.toISOString(),
      })
      .onConflict((oc) => oc.column('message_id').doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
    if (mail.attachments.length > 0) {
      await tx
        .insertInto('dev_mailbox_attachment')
        .values(
          mail.attachments.map((a, position) => ({
            mailbox_id: mail.id,
            position,
            file_name: a.fileName,
            content_type: a.contentType,
            size_bytes: a.content.length,
            content: a.content,
          })),
        )
        .execute();
    }
    return true;
  });
}

export async function hasMailboxMessage(db: Db, messageId: string): Promise<boolean> {
  const row = await db
    .selectFrom('dev_mailbox')
    .select('id')
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The newest messages first, without their bodies. */
export async function listMailbox(
  db: Db,
  limit: number,
): Promise<(Omit<DevMailboxRow, 'text_body' | 'html_body'> & { attachments: number })[]> {
  const rows = await db
    .selectFrom('dev_mailbox as m')
    .select([
      'm.id',
      'm.message_id',
      'm.topic',
      'm.from_address',
      'm.to_address',
      'm.subject',
      'm.sent_date',
      'm.size_bytes',
      'm.received_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('dev_mailbox_attachment as a')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('a.mailbox_id', '=', 'm.id')
        .as('attachments'),
    )
    .orderBy('m.received_at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    ...r,
    size_bytes: Number(r.size_bytes),
    attachments: Number(r.attachments ?? 0),
  }));
}

export async function findMailboxMessage(
  db: Db,
  id: string,
): Promise<(DevMailboxRow & { attachments: MailboxAttachmentInfo[] }) | undefined> {
  const row = await db
    .selectFrom('dev_mailbox')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const files = await db
    .selectFrom('dev_mailbox_attachment')
    .select(['position', 'file_name', 'content_type', 'size_bytes'])
    .where('mailbox_id', '=', id)
    .orderBy('position')
    .execute();
  return {
    ...row,
    size_bytes: Number(row.size_bytes),
    attachments: files.map((f) => ({
      position: Number(f.position),
      fileName: f.file_name,
      contentType: f.content_type,
      sizeBytes: Number(f.size_bytes),
    })),
  };
}

export async function findMailboxAttachment(
  db: Db,
  id: string,
  position: number,
): Promise<{ fileName: string; contentType: string; content: Buffer } | undefined> {
  const row = await db
    .selectFrom('dev_mailbox_attachment')
    .select(['file_name', 'content_type', 'content'])
    .where('mailbox_id', '=', id)
    .where('position', '=', position)
    .executeTakeFirst();
  return row
    ? { fileName: row.file_name, contentType: row.content_type, content: Buffer.from(row.content) }
    : undefined;
}
