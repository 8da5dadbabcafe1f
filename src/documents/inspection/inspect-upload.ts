/**
 * Sniffs a received file, inspects it if it is a PDF or a Word file, and decides whether it is
 * taken in. Runs inside an inspection worker (inspection-pool.ts), never on the server's event
 * loop: a hostile PDF costs seconds of CPU per megabyte to parse, a zip bomb gigabytes to inflate.
 */
import type { AttachmentKind } from '../../domain/call/call-schema.js';
import { decideUpload, type UploadDecision, type UploadFacts } from './decide-upload.js';
import { inspectPdf, scanPdfBytes } from './inspect-pdf.js';
import { DEFAULT_ZIP_LIMITS, inspectZip, type ZipLimits } from './inspect-zip.js';
import { sniffFile } from './sniff-file.js';

export type KindLimits = Pick<AttachmentKind, 'allowedTypes' | 'maxBytes'>;

export interface InspectOptions {
  zipLimits?: ZipLimits;
  /**
   * Called with the facts known before the slow part starts; if the slow part is stopped at its
   * budget, the file is decided on these (see decide-upload.ts, `pdfCheckStopped`).
   */
  onEarlyFacts?: (facts: UploadFacts) => void;
}

export async function inspectUpload(
  bytes: Uint8Array,
  kind: KindLimits,
  options: InspectOptions = {},
): Promise<UploadDecision> {
  const sniffed = await sniffFile(bytes);
  const facts: UploadFacts = { sizeBytes: bytes.byteLength, sniffed };
  // Only a type the kind may take is worth opening; anything else is refused on its type.
  if (sniffed.kind === 'document' && kind.allowedTypes.includes(sniffed.mediaType)) {
    if (sniffed.mediaType === 'application/pdf') {
      const scanned = scanPdfBytes(bytes);
      options.onEarlyFacts?.({ ...facts, pdf: scanned, pdfCheckStopped: true });
      facts.pdf = await inspectPdf(bytes, scanned);
    } else {
      facts.zip = await inspectZip(bytes, options.zipLimits ?? DEFAULT_ZIP_LIMITS);
    }
  }
  return decideUpload(facts, kind);
}
