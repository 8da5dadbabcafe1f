/** Files sent with a klage (R28): the only SQL for the appeal_attachment table. */
import type { DbOrTx, Tx } from '../create-store.js';
import type { AppealAttachmentRow } from '../decision-tables.js';

export type AppealAttachmentMeta = Omit<AppealAttachmentRow, 'content'>;

const META = [
  'id',
  'decision_id',
  'appeal_id',
  'application_id',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'warnings',
  'uploaded_by',
  'uploaded_at',
  'scan_state',
  'scan_signature',
  'scanned_at',
] as const;

function withNumbers<T extends { size_bytes: number }>(row: T): T {
  return { ...row, size_bytes: Number(row.size_bytes) };
}

export async function insertAppealAttachment(tx: Tx, row: AppealAttachmentRow): Promise<void> {
  await tx.insertInto('appeal_attachment').values(row).execute();
}

/** Files uploaded for a decision's klage and not yet filed with it, oldest first. */
export async function listUnfiledAppealAttachments(
  db: DbOrTx,
  decisionId: string,
): Promise<AppealAttachmentMeta[]> {
  const rows = await db
    .selectFrom('appeal_attachment')
    .select(META)
    .where('decision_id', '=', decisionId)
    .where('appeal_id', 'is', null)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  return rows.map(withNumbers);
}

/** The files filed with a klage, in the order they were uploaded. */
export async function listAppealAttachments(
  db: DbOrTx,
  appealId: string,
): Promise<AppealAttachmentMeta[]> {
  const rows = await db
    .selectFrom('appeal_attachment')
    .select(META)
    .where('appeal_id', '=', appealId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  return rows.map(withNumbers);
}

/** Links the chosen unfiled files of a decision to its klage; answers how many were linked. */
export async function fileAppealAttachments(
  tx: Tx,
  decisionId: string,
  appealId: string,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const updated = await tx
    .updateTable('appeal_attachment')
    .set({ appeal_id: appealId })
    .where('decision_id', '=', decisionId)
    .where('appeal_id', 'is', null)
    .where('id', 'in', ids)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows);
}

export async function findAppealAttachmentById(
  db: DbOrTx,
  id: string,
): Promise<AppealAttachmentRow | undefined> {
  const row = await db
    .selectFrom('appeal_attachment')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? withNumbers(row) : undefined;
}

/** Records the scanner's verdict on a file still waiting for it; false when another did first. */
export async function recordAppealAttachmentScan(
  tx: Tx,
  id: string,
  result: { state: string; signature: string | null; scannedAt: string },
): Promise<boolean> {
  const updated = await tx
    .updateTable('appeal_attachment')
    .set({
      scan_state: result.state,
      scan_signature: result.signature,
      scanned_at: result.scannedAt,
    })
    .where('id', '=', id)
    .where('scan_state', '=', 'pending')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
