/**
 * What the audit trail vouches for besides its events: the stored snapshots and files, read for
 * re-hashing (docs/adr/0013), in batches so large files are never all in memory at once.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

type Db = Kysely<Database>;

const SUBMISSION_BATCH = 50;
const FILE_BATCH = 8;

/**
 * The snapshot hash the chain recorded when a submission was received (the `sha256` of its
 * `application.submitted` event), or undefined when the chain holds no such event.
 */
export async function submittedHashInChain(
  db: Db,
  applicationId: string,
  receiptNumber: string,
): Promise<string | undefined> {
  const rows = await db
    .selectFrom('audit_event')
    .select('detail')
    .where('entity_type', '=', 'application')
    .where('entity_id', '=', applicationId)
    .where('action', '=', 'application.submitted')
    .execute();
  return hashesOf(rows.map((r) => ({ entity_id: applicationId, detail: r.detail }))).get(
    `${applicationId}|${receiptNumber}`,
  );
}

function hashesOf(rows: { entity_id: string; detail: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of rows) {
    const detail = JSON.parse(row.detail) as { receiptNumber?: unknown; sha256?: unknown };
    if (typeof detail.receiptNumber === 'string' && typeof detail.sha256 === 'string') {
      out.set(`${row.entity_id}|${detail.receiptNumber}`, detail.sha256);
    }
  }
  return out;
}

/** Every submission's snapshot hash as the chain recorded it, by `applicationId|receiptNumber`. */
export async function submittedHashesInChain(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('audit_event')
    .select(['entity_id', 'detail'])
    .where('entity_type', '=', 'application')
    .where('action', '=', 'application.submitted')
    .execute();
  return hashesOf(rows);
}

export interface StoredSubmission {
  id: string;
  application_id: string;
  receipt_number: string;
  snapshot: string;
  sha256: string;
}

export async function* readStoredSubmissions(db: Db): AsyncGenerator<StoredSubmission[]> {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('submission')
      .select(['id', 'application_id', 'receipt_number', 'snapshot', 'sha256'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(SUBMISSION_BATCH)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]?.id ?? after;
    if (rows.length < SUBMISSION_BATCH) return;
  }
}

export interface StoredFile {
  id: string;
  application_id: string;
  file_name: string;
  sha256: string;
  content: Buffer;
}

export async function* readStoredFiles(db: Db): AsyncGenerator<StoredFile[]> {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('attachment')
      .select(['id', 'application_id', 'file_name', 'sha256', 'content'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(FILE_BATCH)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]?.id ?? after;
    if (rows.length < FILE_BATCH) return;
  }
}
