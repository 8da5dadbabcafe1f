/** A file sent with a klage, as the party and the officer see it (R28). */
import { toScanState } from '../../../domain/virus-scan/scan-state.js';
import type { AppealAttachmentMeta } from '../../../store/repositories/appeal-attachments.repository.js';
import type { AppealFile } from '../../../web/api/decision-types.js';

export function toAppealFile(row: AppealAttachmentMeta): AppealFile {
  return {
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    scanState: toScanState(row.scan_state),
    uploadedAt: row.uploaded_at,
  };
}
