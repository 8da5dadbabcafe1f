/** Submissions: immutable snapshots with receipts. Only the withdrawal mark is ever updated. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, SubmissionRow } from '../database.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The next receipt sequence number of a call, taken inside the submitting transaction: the row
 * lock makes numbers unique across processes, and a rollback gives the number back (gapless).
 */
export async function takeReceiptSeq(trx: Transaction<Database>, callId: string): Promise<number> {
  const row = await trx
    .insertInto('receipt_counter')
    .values({ call_id: callId, last_seq: 1 })
    .onConflict((oc) =>
      oc.column('call_id').doUpdateSet({ last_seq: sql<number>`receipt_counter.last_seq + 1` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

export async function insertSubmission(
  trx: Transaction<Database>,
  row: SubmissionRow,
): Promise<void> {
  await trx.insertInto('submission').values(row).execute();
}

export async function findSubmissionByKey(
  db: Db,
  applicationId: string,
  idempotencyKey: string,
): Promise<SubmissionRow | undefined> {
  return db
    .selectFrom('submission')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();
}

export async function findSubmission(db: Db, id: string): Promise<SubmissionRow | undefined> {
  return db.selectFrom('submission').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Versions of an application, oldest first (without the snapshots, which can be large). */
export async function listSubmissions(
  db: Db,
  applicationId: string,
): Promise<Omit<SubmissionRow, 'snapshot'>[]> {
  return db
    .selectFrom('submission')
    .select([
      'id',
      'application_id',
      'call_id',
      'version_no',
      'receipt_seq',
      'receipt_number',
      'received_at',
      'submitted_by',
      'idempotency_key',
      'sha256',
      'withdrawn_at',
      'withdrawn_by',
    ])
    .where('application_id', '=', applicationId)
    .orderBy('version_no', 'asc')
    .execute();
}

export async function markWithdrawn(
  trx: Transaction<Database>,
  applicationId: string,
  change: { at: string; userId: string },
): Promise<number> {
  const result = await trx
    .updateTable('submission')
    .set({ withdrawn_at: change.at, withdrawn_by: change.userId })
    .where('application_id', '=', applicationId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** True for the unique-constraint error of either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
