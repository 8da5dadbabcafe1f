/**
 * Takes in one uploaded file (R10): the applicant's access and the deadline are checked before a
 * byte is read; the file is judged by its content; then, in one transaction, the bytes are
 * stored with their SHA-256, the attachments section is pointed at the new file (guarded by the
 * section's version, so a colleague's concurrent save is never overwritten) and an audit event
 * is written. A replaced file stays in the history as an earlier version of its item.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import { isReceivedInTime } from '../../../domain/application/deadline.js';
import type { AttachmentItem } from '../../../domain/application/section-content.js';
import { sectionContentSchema } from '../../../domain/application/section-content.js';
import { canonicalJson } from '../../../domain/audit/canonical-json.js';
import { callDeadline } from '../../../domain/call/call-phase.js';
import type { AttachmentKind, CallDefinition } from '../../../domain/call/call-schema.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction, type Tx } from '../../../store/create-store.js';
import type { AttachmentRow } from '../../../store/database.js';
import {
  findSection,
  lockApplication,
  saveSectionIfVersion,
  touchApplication,
} from '../../../store/repositories/applications.repository.js';
import {
  insertAttachment,
  nextAttachmentVersion,
} from '../../../store/repositories/attachments.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { toFieldErrors } from '../../errors/field-messages.js';
import { callOf, findAccessibleApplication } from '../applications/access.js';
import { deadlinePassedError } from '../applications/save-section.js';
import {
  attachmentsSectionOf,
  itemsOf,
  toAttachmentView,
  type AttachmentView,
} from './attachment-view.js';
import { refuseOverAttachmentQuota } from './attachment-quota.js';
import { judgeUpload } from './judge-upload.js';
import type { UploadInspector } from '../../../documents/inspection/inspection-pool.js';
import { enqueueAttachmentScan } from '../virus-scan/scan-attachment-job.js';

/** A file as read from the request, not yet judged. */
export interface ReceivedFile {
  kind: AttachmentKind;
  /** The attachments-section item the file is for; absent: the kind's one item, or a new one. */
  itemId: string | undefined;
  /** Already sanitised. */
  fileName: string;
  bytes: Buffer;
}

export interface UploadResult {
  attachment: AttachmentView;
  /** The attachments section after the upload, for the client's next guarded save. */
  section: { id: string; version: number } | null;
}

/** A section save that lost a race with a colleague's; the upload is retried on fresh content. */
class SectionMovedOn extends Error {}
const ATTEMPTS = 3;

export async function uploadAttachment(
  ctx: AppContext,
  principal: Principal,
  input: {
    applicationId: string;
    receivedAt: Date;
    locale: Locale;
    readFile: (call: CallDefinition) => Promise<ReceivedFile>;
    /** Judges the bytes off the event loop (documents/inspection/inspection-pool.ts). */
    inspector: UploadInspector;
  },
): Promise<UploadResult> {
  const application = await findAccessibleApplication(ctx.store.db, principal, input.applicationId);
  const call = callOf(ctx, application.call_id);
  if (!isReceivedInTime(call, input.receivedAt)) throw deadlinePassedError(callDeadline(call));

  const received = await input.readFile(call);
  const judged = await judgeUpload(ctx, input.inspector, received, received.kind);
  const decision = { mediaType: judged.mediaType, warnings: judged.warnings };
  const file = { ...received, fileName: judged.fileName };
  const scan = judged.scan;

  const now = ctx.clock.now();
  const row: Omit<AttachmentRow, 'item_id' | 'version_no'> = {
    id: randomUUID(),
    application_id: application.id,
    kind: file.kind.id,
    file_name: file.fileName,
    media_type: decision.mediaType,
    size_bytes: file.bytes.byteLength,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    warnings: JSON.stringify(decision.warnings),
    content: file.bytes,
    uploaded_by: principal.userId,
    uploaded_at: now.toISOString(),
    scan_state: scan.state,
    scan_signature: null,
    scanned_at: scan.scannedAt,
  };

  for (let attempt = 1; ; attempt += 1) {
    try {
      const stored = await inTransaction(ctx.store, async (tx) => {
        await lockApplication(tx, application.id);
        await refuseOverAttachmentQuota(tx, call, application.id, row.size_bytes);
        const placed = await placeInSection(tx, call, application.id, file, {
          item: {
            kind: file.kind.id,
            fileId: row.id,
            sha256: row.sha256,
            fileName: row.file_name,
            mediaType: decision.mediaType,
            sizeBytes: row.size_bytes,
          },
          by: { userId: principal.userId, at: row.uploaded_at },
          locale: input.locale,
        });
        const versionNo = await nextAttachmentVersion(tx, application.id, placed.itemId);
        await insertAttachment(tx, { ...row, item_id: placed.itemId, version_no: versionNo });
        if (scan.state === 'pending') await enqueueAttachmentScan(tx, row.id);
        await touchApplication(tx, application.id, {
          userId: principal.userId,
          at: row.uploaded_at,
        });
        await appendAuditEvent(tx, {
          actor: principal,
          action: 'application.attachment-uploaded',
          entityType: 'application',
          entityId: application.id,
          detail: {
            attachmentId: row.id,
            itemId: placed.itemId,
            versionNo,
            kind: row.kind,
            fileName: row.file_name,
            mediaType: row.media_type,
            sizeBytes: row.size_bytes,
            sha256: row.sha256,
            warnings: decision.warnings,
            scan: scan.state,
            ...(file.fileName !== received.fileName ? { uploadedAs: received.fileName } : {}),
            replacedFileId: placed.replacedFileId,
            section: placed.section,
          },
          at: now,
        });
        return { itemId: placed.itemId, versionNo, section: placed.section };
      });
      const view = toAttachmentView(
        {
          ...row,
          item_id: stored.itemId,
          version_no: stored.versionNo,
          uploaded_by_name: principal.name,
        },
        new Set(stored.section ? [row.id] : []),
        input.locale,
      );
      return { attachment: view, section: stored.section };
    } catch (error) {
      if (!(error instanceof SectionMovedOn) || attempt >= ATTEMPTS) throw error;
    }
  }
}

interface Placement {
  itemId: string;
  replacedFileId: string | null;
  section: { id: string; version: number } | null;
}

/**
 * Points the attachments section at the new file: the named item, else the kind's only item,
 * else a new item. Saved from the version just read, inside the upload's transaction.
 */
async function placeInSection(
  tx: Tx,
  call: CallDefinition,
  applicationId: string,
  file: ReceivedFile,
  change: { item: Omit<AttachmentItem, 'id'>; by: { userId: string; at: string }; locale: Locale },
): Promise<Placement> {
  const { locale } = change;
  const section = attachmentsSectionOf(call);
  if (!section)
    return { itemId: file.itemId ?? `a-${file.kind.id}`, replacedFileId: null, section: null };
  const stored = await findSection(tx, applicationId, section.id);
  const items = itemsOf(stored ? (JSON.parse(stored.content) as unknown) : null);
  const itemId = chooseItemId(items, file, locale);
  const earlier = items.find((item) => item.id === itemId);
  if (earlier && earlier.kind !== file.kind.id) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ path: 'itemId', message: ITEM_OF_OTHER_KIND[locale] }],
    });
  }
  const item: AttachmentItem = { id: itemId, ...change.item };
  const next = earlier ? items.map((i) => (i.id === itemId ? item : i)) : [...items, item];
  const parsed = sectionContentSchema(section, call).safeParse({
    ...(stored ? (JSON.parse(stored.content) as object) : {}),
    items: next,
  });
  if (!parsed.success) {
    throw new AppError('validation_failed', {
      fieldErrors: toFieldErrors(parsed.error.issues, locale, section.id),
    });
  }
  const baseVersion = stored?.version ?? 0;
  const saved = await saveSectionIfVersion(tx, {
    applicationId,
    sectionId: section.id,
    content: canonicalJson(parsed.data),
    baseVersion,
    userId: change.by.userId,
    at: change.by.at,
  });
  if (!saved.saved) throw new SectionMovedOn();
  return {
    itemId,
    replacedFileId: earlier?.fileId ?? null,
    section: { id: section.id, version: saved.version },
  };
}

const ITEM_OF_OTHER_KIND = {
  nb: 'vedlegget med denne id-en er av en annen vedleggstype',
  nn: 'vedlegget med denne id-en er av ein annan vedleggstype',
  en: 'the attachment with this id is of another attachment kind',
};

const SEVERAL_OF_KIND = {
  nb: 'det er flere vedlegg av denne typen: send id-en til det som skal byttes ut, eller en ny id',
  nn: 'det er fleire vedlegg av denne typen: send id-en til det som skal bytast ut, eller ein ny id',
  en: 'there are several attachments of this kind: send the id of the one to replace, or a new id',
};

function chooseItemId(items: AttachmentItem[], file: ReceivedFile, locale: Locale): string {
  if (file.itemId) return file.itemId;
  const ofKind = items.filter((item) => item.kind === file.kind.id);
  if (ofKind.length === 1 && ofKind[0]) return ofKind[0].id;
  if (ofKind.length > 1) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ path: 'itemId', message: SEVERAL_OF_KIND[locale] }],
    });
  }
  const base = `a-${file.kind.id}`.slice(0, 60);
  let id = base;
  for (let n = 2; items.some((item) => item.id === id); n += 1) id = `${base}-${n}`;
  return id;
}
