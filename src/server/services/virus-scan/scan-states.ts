/** The scan state of each file a submission names, for the staff's lists of case documents. */
import { toScanState, type ScanState } from '../../../domain/virus-scan/scan-state.js';
import type { DbOrTx } from '../../../store/create-store.js';
import { findAttachmentsByIds } from '../../../store/repositories/attachments.repository.js';

export async function scanStatesOf(
  db: DbOrTx,
  applicationId: string,
  fileIds: readonly string[],
): Promise<(fileId: string) => ScanState> {
  const rows = await findAttachmentsByIds(db, applicationId, fileIds);
  const states = new Map(rows.map((row) => [row.id, toScanState(row.scan_state)]));
  // A file the database does not hold is never offered: say it waits, never that it is clean.
  return (fileId) => states.get(fileId) ?? 'pending';
}
