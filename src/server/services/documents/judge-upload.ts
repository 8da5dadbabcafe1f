/**
 * Judges one received file the same way wherever it comes in (an application's attachment, a
 * klage's file): its bytes inspected off the event loop, refused with the reason named; its name
 * made to end in the detected type's extension; then the virus scan. A virus found refuses it;
 * a file clamd could not judge in time is to be stored in quarantine ("pending").
 */
import {
  InspectionBusyError,
  type UploadInspector,
} from '../../../documents/inspection/inspection-pool.js';
import type { UploadWarning } from '../../../documents/inspection/decide-upload.js';
import { nameForType } from '../../../documents/inspection/name-for-type.js';
import type { AttachmentKind, AttachmentMediaType } from '../../../domain/call/call-schema.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { infectedUploadDetail } from '../virus-scan/scan-messages.js';
import { scanOnUpload, type ScanResult } from '../virus-scan/scan-file.js';
import { inspectionBusyError, refusalError } from './upload-messages.js';

export interface JudgedFile {
  /** The stored name: the received one, with the extension of what the file is. */
  fileName: string;
  mediaType: AttachmentMediaType;
  warnings: UploadWarning[];
  scan: ScanResult;
}

export async function judgeUpload(
  ctx: AppContext,
  inspector: UploadInspector,
  received: { fileName: string; bytes: Buffer },
  kind: AttachmentKind,
): Promise<JudgedFile> {
  const decision = await inspector.inspect(received.bytes, kind).catch((error) => {
    throw error instanceof InspectionBusyError ? inspectionBusyError(received.fileName) : error;
  });
  if (!decision.accepted) throw refusalError(decision.refusal, received.fileName, kind);
  const fileName = nameForType(received.fileName, decision.mediaType);
  if (fileName !== received.fileName) decision.warnings.push('renamed-to-type');
  const scan = await scanOnUpload(ctx, received.bytes);
  if (scan.state === 'infected') {
    throw new AppError('attachment_infected', {
      detail: infectedUploadDetail(fileName, scan.signature ?? ''),
    });
  }
  return { fileName, mediaType: decision.mediaType, warnings: decision.warnings, scan };
}
