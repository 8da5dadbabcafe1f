/**
 * Uploaded files with their bytes. Append-only: a replaced file stays as an earlier version of its
 * item, so the history shows every file ever attached and a snapshot's hashes always resolve. The
 * one change a stored file sees is its virus-scan verdict, once, from pending.
 */
import type { Kysely, Transaction } from 'kysely';
import type { AttachmentRow, Database } from '../database.js';

type Db = Kysely<Database> | Transaction<Database>;

/** An attachment without its bytes, with the uploader's name: what lists show. */
export type AttachmentMeta = Omit<AttachmentRow, 'content'> & { uploaded_by_name: string };

export async function insertAttachment(
  trx: Transaction<Database>,
  row: AttachmentRow,
): Promise<void> {
  await trx.insertInto('attachment').values(row).execute();
}

/** The version number the next file of this item gets (1 for the first). */
export async function nextAttachmentVersion(
  trx: Transaction<Database>,
  applicationId: string,
  itemId: string,
): Promise<number> {
  const row = await trx
    .selectFrom('attachment')
    .select((eb) => eb.fn.max('version_no').as('last'))
    .where('application_id', '=', applicationId)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

function selectMeta(db: Db) {
  return db
    .selectFrom('attachment as a')
    .innerJoin('app_user as u', 'u.id', 'a.uploaded_by')
    .select([
      'a.id',
      'a.application_id',
      'a.item_id',
      'a.kind',
      'a.version_no',
      'a.file_name',
      'a.media_type',
      'a.size_bytes',
      'a.sha256',
      'a.warnings',
      'a.uploaded_by',
      'a.uploaded_at',
      'a.scan_state',
      'a.scan_signature',
      'a.scanned_at',
      'u.name as uploaded_by_name',
    ]);
}

/** Every file of an application, every version, oldest first per item. */
export async function listAttachments(db: Db, applicationId: string): Promise<AttachmentMeta[]> {
  const rows = await selectMeta(db)
    .where('a.application_id', '=', applicationId)
    .orderBy('a.item_id')
    .orderBy('a.version_no')
    .execute();
  return rows.map(toNumbers);
}

/** One file of an application with its bytes; undefined when it is not this application's. */
export async function findAttachmentWithContent(
  db: Db,
  applicationId: string,
  attachmentId: string,
): Promise<AttachmentRow | undefined> {
  const row = await db
    .selectFrom('attachment')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  return row
    ? { ...row, size_bytes: Number(row.size_bytes), version_no: Number(row.version_no) }
    : undefined;
}

/** The files of an application with these ids (without bytes). */
export async function findAttachmentsByIds(
  db: Db,
  applicationId: string,
  ids: readonly string[],
): Promise<AttachmentMeta[]> {
  if (ids.length === 0) return [];
  const rows = await selectMeta(db)
    .where('a.application_id', '=', applicationId)
    .where('a.id', 'in', [...ids])
    .execute();
  return rows.map(toNumbers);
}

/** One stored file with its bytes, whichever application it belongs to: for the virus scanner. */
export async function findAttachmentById(
  db: Db,
  attachmentId: string,
): Promise<AttachmentRow | undefined> {
  const row = await db
    .selectFrom('attachment')
    .selectAll()
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  return row
    ? { ...row, size_bytes: Number(row.size_bytes), version_no: Number(row.version_no) }
    : undefined;
}

/**
 * Records the scanner's verdict on a file still waiting for it; false when another process
 * recorded one first (a scan job may run twice).
 */
export async function recordScanResult(
  trx: Transaction<Database>,
  attachmentId: string,
  result: { state: string; signature: string | null; scannedAt: string },
): Promise<boolean> {
  const updated = await trx
    .updateTable('attachment')
    .set({
      scan_state: result.state,
      scan_signature: result.signature,
      scanned_at: result.scannedAt,
    })
    .where('id', '=', attachmentId)
    .where('scan_state', '=', 'pending')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

// Integer columns come back as numbers on both dialects, but be explicit: sizes feed hashes.
function toNumbers(row: AttachmentMeta): AttachmentMeta {
  return { ...row, size_bytes: Number(row.size_bytes), version_no: Number(row.version_no) };
}
