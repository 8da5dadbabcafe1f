import {
  UPLOAD_WARNINGS,
  type UploadWarning,
} from '../../../documents/inspection/decide-upload.js';
import { nameForType } from '../../../documents/inspection/name-for-type.js';
import type { AttachmentItem } from '../../../domain/application/section-content.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import type { Locale } from '../../../domain/time/oslo.js';
import type { AttachmentMeta } from '../../../store/repositories/attachments.repository.js';
import { toScanState, type ScanState } from '../../../domain/virus-scan/scan-state.js';
import { scanStateMessage } from '../virus-scan/scan-messages.js';
import { warningMessage } from './upload-messages.js';

export interface AttachmentView {
  id: string;
  itemId: string;
  kind: string;
  versionNo: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: { name: string };
  warnings: { code: UploadWarning; message: string }[];
  /** The virus scan: the file is offered for download only when `clean` (or `not_scanned`). */
  scan: { state: ScanState; message: string };
  /** The file the application's attachments section refers to now. */
  current: boolean;
  downloadUrl: string;
}

export function parseWarnings(json: string): UploadWarning[] {
  const codes = JSON.parse(json) as unknown;
  return Array.isArray(codes)
    ? codes.filter((c): c is UploadWarning => (UPLOAD_WARNINGS as readonly unknown[]).includes(c))
    : [];
}

export function toAttachmentView(
  row: AttachmentMeta,
  currentFileIds: ReadonlySet<string>,
  locale: Locale,
): AttachmentView {
  return {
    id: row.id,
    itemId: row.item_id,
    kind: row.kind,
    versionNo: row.version_no,
    // The same name the download's Content-Disposition gives (routes/documents/routes.ts).
    fileName: nameForType(row.file_name, row.media_type),
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedAt: row.uploaded_at,
    uploadedBy: { name: row.uploaded_by_name },
    warnings: parseWarnings(row.warnings).map((code) => ({
      code,
      message: warningMessage(code, locale),
    })),
    scan: {
      state: toScanState(row.scan_state),
      message: scanStateMessage(toScanState(row.scan_state), locale),
    },
    current: currentFileIds.has(row.id),
    downloadUrl: `/api/applications/${row.application_id}/attachments/${row.id}`,
  };
}

/** The attachments section of a call, if it has one (the call decides its form). */
export function attachmentsSectionOf(call: CallDefinition) {
  return call.sections.find((section) => section.kind === 'attachments');
}

/** The items of a stored attachments section's content, or none. */
export function itemsOf(content: unknown): AttachmentItem[] {
  const items = (content as { items?: unknown } | null | undefined)?.items;
  return Array.isArray(items) ? (items as AttachmentItem[]) : [];
}
