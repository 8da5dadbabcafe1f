/** Sniffs a received file, inspects it if it is a PDF, and decides whether it is taken in. */
import type { AttachmentKind } from '../../domain/call/call-schema.js';
import { decideUpload, type UploadDecision } from './decide-upload.js';
import { inspectPdf } from './inspect-pdf.js';
import { sniffFile } from './sniff-file.js';

export async function inspectUpload(
  bytes: Uint8Array,
  kind: Pick<AttachmentKind, 'allowedTypes' | 'maxBytes'>,
): Promise<UploadDecision> {
  const sniffed = await sniffFile(bytes);
  const isPdf = sniffed.kind === 'document' && sniffed.mediaType === 'application/pdf';
  // Only a PDF the kind may take is worth parsing; anything else is refused on its type.
  const pdf =
    isPdf && kind.allowedTypes.includes(sniffed.mediaType) ? await inspectPdf(bytes) : undefined;
  return decideUpload({ sizeBytes: bytes.byteLength, sniffed, ...(pdf ? { pdf } : {}) }, kind);
}
