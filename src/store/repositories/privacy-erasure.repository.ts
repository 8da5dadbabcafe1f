/**
 * What an erasure of a person's personal data changes (GDPR art. 17, docs/adr/0024): the person's
 * row becomes a tombstone, their sign-in and roles go, e-mail to them is emptied, and audit events
 * naming them are redacted with a record of the hash each redacted body gives.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditEventTable, Database } from '../database.js';
import type { AuditRedactionRow, PrivacyErasureRow } from '../privacy-tables.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function findErasureOf(
  db: Db,
  userId: string,
): Promise<PrivacyErasureRow | undefined> {
  return db
    .selectFrom('privacy_erasure')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function findUserById(db: Db, userId: string) {
  return db.selectFrom('app_user').selectAll().where('id', '=', userId).executeTakeFirst();
}

function likePattern(value: string): string {
  return `%${value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type StoredEvent = Omit<AuditEventTable, 'seq'> & { seq: number };

/** Events that may name the person, in chain order after `afterSeq`; the caller decides. */
export async function listEventsNaming(
  db: Db,
  person: { userId: string; needles: readonly string[] },
  afterSeq: number,
  limit: number,
): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('audit_event')
    .selectAll()
    .where('seq', '>', afterSeq)
    .where((eb) =>
      eb.or([
        eb('actor_user_id', '=', person.userId),
        ...person.needles.flatMap((n) => [
          eb('actor_label', '=', n),
          eb(sql`lower(detail)`, 'like', sql`${likePattern(n)} escape '\\'`),
        ]),
      ]),
    )
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export async function rewriteEventBody(
  tx: Transaction<Database>,
  eventId: string,
  body: { actor_label: string; detail: string },
): Promise<void> {
  await tx.updateTable('audit_event').set(body).where('id', '=', eventId).execute();
}

export async function insertErasure(
  tx: Transaction<Database>,
  row: PrivacyErasureRow,
): Promise<void> {
  await tx.insertInto('privacy_erasure').values(row).execute();
}

export async function insertRedactions(
  tx: Transaction<Database>,
  rows: readonly AuditRedactionRow[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await tx
      .insertInto('audit_redaction')
      .values(rows.slice(i, i + 200))
      .execute();
  }
}

/** Every redaction with the erasure it belongs to, for verification. */
export async function listRedactions(db: Db): Promise<AuditRedactionRow[]> {
  return db.selectFrom('audit_redaction').selectAll().orderBy('erasure_id').execute();
}

/** The detail of each erasure's chained event, by erasure id. */
export async function listErasureEventDetails(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('audit_event')
    .select(['entity_id', 'detail'])
    .where('action', '=', 'privacy.person-erased')
    .where('entity_type', '=', 'privacy_erasure')
    .execute();
  return new Map(rows.map((r) => [r.entity_id, r.detail]));
}

export interface Tombstone {
  name: string;
  subject: string;
  /** What an e-mail address to the person becomes where a row must keep one. */
  address: string;
  redacted: string;
}

/** Replaces the person's row by a tombstone and removes what only served them. */
export async function tombstonePerson(
  tx: Transaction<Database>,
  user: { id: string; email: string | null },
  tomb: Tombstone,
  by: { userId: string; at: string },
): Promise<{ invitations: number; outbox: number; mailbox: number }> {
  await tx
    .updateTable('app_user')
    .set({ name: tomb.name, subject: tomb.subject, email: null })
    .where('id', '=', user.id)
    .execute();
  await tx.deleteFrom('session').where('user_id', '=', user.id).execute();
  await tx.deleteFrom('api_token').where('user_id', '=', user.id).execute();
  await tx.deleteFrom('user_role').where('user_id', '=', user.id).execute();
  await tx.deleteFrom('assessor_affiliation').where('user_id', '=', user.id).execute();
  if (user.email === null) return { invitations: 0, outbox: 0, mailbox: 0 };
  const email = user.email.toLowerCase();
  await tx
    .updateTable('invitation')
    .set({ revoked_by: by.userId, revoked_at: by.at })
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
  const invitations = await tx
    .updateTable('invitation')
    .set({ email: tomb.address })
    .where('email', '=', email)
    .executeTakeFirst();
  const toThem = tx
    .selectFrom('outbox_message')
    .select('id')
    .where(sql`lower(to_address)`, '=', email);
  await tx.deleteFrom('outbox_attachment').where('message_id', 'in', toThem).execute();
  // Mail not yet sent is not sent: the address is gone.
  await tx
    .updateTable('outbox_message')
    .set({ state: 'failed', last_error: 'recipient erased', lease_owner: null, lease_until: null })
    .where(sql`lower(to_address)`, '=', email)
    .where('state', '!=', 'sent')
    .execute();
  const outbox = await tx
    .updateTable('outbox_message')
    .set({
      to_address: tomb.address,
      subject: tomb.redacted,
      text_body: tomb.redacted,
      html_body: null,
    })
    .where(sql`lower(to_address)`, '=', email)
    .executeTakeFirst();
  const inMailbox = tx
    .selectFrom('dev_mailbox')
    .select('id')
    .where(sql`lower(to_address)`, 'like', sql`${likePattern(email)} escape '\\'`);
  await tx.deleteFrom('dev_mailbox_attachment').where('mailbox_id', 'in', inMailbox).execute();
  const mailbox = await tx
    .deleteFrom('dev_mailbox')
    .where(sql`lower(to_address)`, 'like', sql`${likePattern(email)} escape '\\'`)
    .executeTakeFirst();
  return {
    invitations: Number(invitations.numUpdatedRows),
    outbox: Number(outbox.numUpdatedRows),
    mailbox: Number(mailbox.numDeletedRows),
  };
}
