/**
 * The e-mail outbox (docs/adr/0020). A message is written by `enqueueOutboxMessage` inside the
 * transaction of what it announces, so it exists exactly when that exists. Delivery moves it
 * queued → sending (under a lease, before SMTP) → sent, or back to queued for a later attempt.
 * Every move is guarded by the lease owner, so a late answer from a process that lost the lease
 * changes nothing.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { OutboxMessageRow } from '../mail-tables.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface MailAttachment {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface NewOutboxMessage {
  id: string;
  messageId: string;
  topic: string;
  referenceId: string | null;
  locale: string;
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  attachments?: readonly MailAttachment[];
  now: Date;
}

/** Writes a queued message and its files in the caller's transaction. */
export async function enqueueOutboxMessage(tx: Transaction<Database>, m: NewOutboxMessage) {
  const at = m.now.toISOString();
  await tx
    .insertInto('outbox_message')
    .values({
      id: m.id,
      message_id: m.messageId,
      topic: m.topic,
      reference_id: m.referenceId,
      locale: m.locale,
      to_address: m.to,
      subject: m.subject,
      text_body: m.text,
      html_body: m.html ?? null,
      state: 'queued',
      attempts: 0,
      next_attempt_at: at,
      lease_owner: null,
      lease_until: null,
      last_error: null,
      created_at: at,
      sent_at: null,
    })
    .execute();
  const files = m.attachments ?? [];
  if (files.length > 0) {
    await tx
      .insertInto('outbox_attachment')
      .values(
        files.map((f, position) => ({
          message_id: m.id,
          position,
          file_name: f.fileName,
          content_type: f.contentType,
          content: f.content,
        })),
      )
      .execute();
  }
}

function toRow(row: OutboxMessageRow): OutboxMessageRow {
  return { ...row, attempts: Number(row.attempts) };
}

export async function findOutboxMessage(db: Db, id: string): Promise<OutboxMessageRow | undefined> {
  const row = await db
    .selectFrom('outbox_message')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRow(row) : undefined;
}

export async function listOutboxAttachments(db: Db, id: string): Promise<MailAttachment[]> {
  const rows = await db
    .selectFrom('outbox_attachment')
    .select(['file_name', 'content_type', 'content'])
    .where('message_id', '=', id)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    fileName: r.file_name,
    contentType: r.content_type,
    content: Buffer.from(r.content),
  }));
}

export async function listOutboxMessages(
  db: Db,
  filter: { topic?: string; referenceId?: string } = {},
): Promise<OutboxMessageRow[]> {
  let query = db.selectFrom('outbox_message').selectAll().orderBy('created_at').orderBy('id');
  if (filter.topic) query = query.where('topic', '=', filter.topic);
  if (filter.referenceId) query = query.where('reference_id', '=', filter.referenceId);
  return (await query.execute()).map(toRow);
}

/**
 * Takes a message for an attempt: from queued, or from a `sending` whose lease ran out (its
 * process died, maybe after the SMTP server took it: `resumed` says so). Undefined when the
 * message is sent, failed, or another process holds it.
 */
export async function beginSending(
  db: Kysely<Database>,
  take: { id: string; owner: string; now: Date; leaseMs: number },
): Promise<{ row: OutboxMessageRow; resumed: boolean } | undefined> {
  const now = take.now.toISOString();
  const current = await findOutboxMessage(db, take.id);
  if (!current) return undefined;
  const free =
    current.state === 'queued' ||
    (current.state === 'sending' && (current.lease_until ?? '') <= now);
  if (!free) return undefined;
  const result = await db
    .updateTable('outbox_message')
    .set({
      state: 'sending',
      lease_owner: take.owner,
      lease_until: new Date(take.now.getTime() + take.leaseMs).toISOString(),
      attempts: current.attempts + 1,
    })
    .where('id', '=', take.id)
    .where('state', '=', current.state)
    .where('attempts', '=', current.attempts)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  const row = await findOutboxMessage(db, take.id);
  return row ? { row, resumed: current.state === 'sending' } : undefined;
}

async function endAttempt(
  db: Db,
  held: { id: string; owner: string },
  set: { state: 'queued' | 'sent' | 'failed'; error: string | null; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('outbox_message')
    .set({
      state: set.state,
      lease_owner: null,
      lease_until: null,
      last_error: set.error,
      ...(set.state === 'sent' ? { sent_at: set.at.toISOString() } : {}),
      ...(set.state === 'queued' ? { next_attempt_at: set.at.toISOString() } : {}),
    })
    .where('id', '=', held.id)
    .where('state', '=', 'sending')
    .where('lease_owner', '=', held.owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function markOutboxSent(db: Db, held: { id: string; owner: string }, at: Date) {
  return endAttempt(db, held, { state: 'sent', error: null, at });
}

export function markOutboxRetry(
  db: Db,
  held: { id: string; owner: string },
  retry: { nextAttemptAt: Date; error: string },
) {
  return endAttempt(db, held, { state: 'queued', error: retry.error, at: retry.nextAttemptAt });
}

export function markOutboxFailed(
  db: Db,
  held: { id: string; owner: string },
  fail: { at: Date; error: string },
) {
  return endAttempt(db, held, { state: 'failed', error: fail.error, at: fail.at });
}
