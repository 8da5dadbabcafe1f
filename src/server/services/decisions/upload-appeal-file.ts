/**
 * Takes in one file for a klage being written (R28): the decision must be open to appeal; the
 * bytes are judged as an application's are (inspection off the event loop, virus scan), then
 * stored with their SHA-256 against the decision, unfiled until the klage names it. A party may
 * keep a bounded number of unfiled files, so a klage cannot become free storage.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import { appealFileKind } from '../../../domain/call/call-decision-schema.js';
import type { AttachmentKind } from '../../../domain/call/call-schema.js';
import { formatNumber } from '../../../domain/rules/format.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction } from '../../../store/create-store.js';
import {
  insertAppealAttachment,
  listUnfiledAppealAttachments,
} from '../../../store/repositories/appeal-attachments.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import type { AppealFile } from '../../../web/api/decision-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { UploadInspector } from '../../../documents/inspection/inspection-pool.js';
import { callOf } from '../applications/access.js';
import { judgeUpload } from '../documents/judge-upload.js';
import { enqueueAttachmentScan } from '../virus-scan/scan-attachment-job.js';
import { toAppealFile } from './appeal-file-view.js';
import { lockDecisionOpenToAppeal } from './appeal-open.js';
import { findOwnIssuedDecision } from './own-decision.js';

/** Unfiled files kept per decision, as a multiple of the files one klage may carry. */
const UNFILED_FACTOR = 3;

export async function uploadAppealFile(
  ctx: AppContext,
  principal: Principal,
  input: {
    applicationId: string;
    locale: Locale;
    readFile: (kind: AttachmentKind) => Promise<{ fileName: string; bytes: Buffer }>;
    inspector: UploadInspector;
  },
): Promise<AppealFile> {
  const found = await findOwnIssuedDecision(ctx.store.db, principal, input.applicationId);
  const kind = appealFileKind(callOf(ctx, found.call_id));
  if (kind.maxFiles === 0) throw new AppError('appeal_files_full', { detail: fullDetail(0) });
  // Refused before a byte is read when the klage is closed to files already.
  await inTransaction(ctx.store, (tx) => lockDecisionOpenToAppeal(tx, principal, found.id));

  const received = await input.readFile(kind);
  const judged = await judgeUpload(ctx, input.inspector, received, kind);

  const at = ctx.clock.now();
  const row = {
    id: randomUUID(),
    decision_id: found.id,
    appeal_id: null,
    application_id: input.applicationId,
    file_name: judged.fileName,
    media_type: judged.mediaType,
    size_bytes: received.bytes.byteLength,
    sha256: createHash('sha256').update(received.bytes).digest('hex'),
    warnings: JSON.stringify(judged.warnings),
    content: received.bytes,
    uploaded_by: principal.userId,
    uploaded_at: at.toISOString(),
    scan_state: judged.scan.state,
    scan_signature: null,
    scanned_at: judged.scan.scannedAt,
  };
  await inTransaction(ctx.store, async (tx) => {
    await lockDecisionOpenToAppeal(tx, principal, found.id);
    const unfiled = await listUnfiledAppealAttachments(tx, found.id);
    if (unfiled.length >= kind.maxFiles * UNFILED_FACTOR) {
      throw new AppError('appeal_files_full', { detail: fullDetail(kind.maxFiles) });
    }
    await insertAppealAttachment(tx, row);
    if (judged.scan.state === 'pending') await enqueueAttachmentScan(tx, row.id, 'appeal');
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'appeal.attachment-uploaded',
      entityType: 'decision',
      entityId: found.id,
      detail: {
        fileId: row.id,
        fileName: row.file_name,
        mediaType: row.media_type,
        sizeBytes: row.size_bytes,
        sha256: row.sha256,
        scanState: row.scan_state,
      },
      at,
    });
  });
  return toAppealFile(row);
}

function fullDetail(maxFiles: number) {
  const n = (l: Locale) => formatNumber(maxFiles, l);
  return {
    nb: `En klage kan ha høyst ${n('nb')} vedlegg. Filen ble ikke lagret. Samle innholdet i færre filer, eller send klagen og ta kontakt med saksbehandleren.`,
    nn: `Ei klage kan ha høgst ${n('nn')} vedlegg. Fila vart ikkje lagra. Samle innhaldet i færre filer, eller send klaga og ta kontakt med sakshandsamaren.`,
    en: `An appeal may have at most ${n('en')} attachments. The file was not stored. Combine the content into fewer files, or send the appeal and contact the case officer.`,
  };
}
