/**
 * Whether an uploaded file is taken in, from what its bytes are and what the attachment kind of
 * the call allows. Pure: the sniffing and PDF inspection are done before, so every decision can
 * be tested without files.
 */
import type { AttachmentKind, AttachmentMediaType } from '../../domain/call/call-schema.js';
import type { PdfInspection } from './inspect-pdf.js';
import type { ZipInspection } from './inspect-zip.js';
import type { SniffedFile } from './sniff-file.js';

export type UploadRefusal =
  | { reason: 'empty' }
  | { reason: 'too-large' }
  | { reason: 'executable'; format: string }
  | { reason: 'archive'; format: string }
  | { reason: 'unknown-type' }
  | { reason: 'type-not-allowed'; format: string }
  | { reason: 'encrypted' }
  /** A Word file whose parts inflate past the bound (a zip bomb), counted by inflating them. */
  | { reason: 'inflates-too-much' }
  /** A Word file whose zip structure cannot be read, so it cannot be checked. */
  | { reason: 'damaged' }
  /** The inspection did not finish within its time or memory budget (see inspection-pool). */
  | { reason: 'not-checkable' };

/** Accepted, but shown to the applicant and the case officer. */
export const UPLOAD_WARNINGS = [
  'pdf-javascript',
  'pdf-embedded-files',
  'pdf-not-fully-checked',
  /** The deep PDF check ran past its budget; the checks of the raw bytes stand. */
  'pdf-check-stopped',
  'docx-macros',
  /** Its name ended in another type than its content; it is stored with its content's extension. */
  'renamed-to-type',
] as const;
export type UploadWarning = (typeof UPLOAD_WARNINGS)[number];

export type UploadDecision =
  | { accepted: true; mediaType: AttachmentMediaType; warnings: UploadWarning[] }
  | { accepted: false; refusal: UploadRefusal };

export interface UploadFacts {
  sizeBytes: number;
  sniffed: SniffedFile;
  /** Present when the file is a PDF. */
  pdf?: PdfInspection;
  /** Present when the file is a Word file (a zip). */
  zip?: ZipInspection;
  /** The deep PDF check was stopped at its budget (only the raw-byte facts are in `pdf`). */
  pdfCheckStopped?: boolean;
}

/** Display names of the types a kind may allow, as the call's rules also name them. */
export const MEDIA_TYPE_NAMES: Record<AttachmentMediaType, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
};

export function decideUpload(
  facts: UploadFacts,
  kind: Pick<AttachmentKind, 'allowedTypes' | 'maxBytes'>,
): UploadDecision {
  const refuse = (refusal: UploadRefusal): UploadDecision => ({ accepted: false, refusal });
  const { sniffed } = facts;
  if (facts.sizeBytes === 0) return refuse({ reason: 'empty' });
  if (facts.sizeBytes > kind.maxBytes) return refuse({ reason: 'too-large' });
  if (sniffed.kind === 'executable')
    return refuse({ reason: 'executable', format: sniffed.format });
  if (sniffed.kind === 'archive') return refuse({ reason: 'archive', format: sniffed.format });
  if (sniffed.kind === 'unknown') return refuse({ reason: 'unknown-type' });
  if (sniffed.kind === 'other') {
    return refuse({ reason: 'type-not-allowed', format: `${sniffed.format} (${sniffed.mime})` });
  }
  if (!kind.allowedTypes.includes(sniffed.mediaType)) {
    return refuse({ reason: 'type-not-allowed', format: MEDIA_TYPE_NAMES[sniffed.mediaType] });
  }
  const warnings: UploadWarning[] = [];
  if (sniffed.mediaType === 'application/pdf') {
    const pdf = facts.pdf;
    if (pdf?.encrypted) return refuse({ reason: 'encrypted' });
    if (pdf?.javascript) warnings.push('pdf-javascript');
    if (pdf?.embeddedFiles) warnings.push('pdf-embedded-files');
    if (facts.pdfCheckStopped) warnings.push('pdf-check-stopped');
    else if (!pdf?.fullyChecked) warnings.push('pdf-not-fully-checked');
  } else {
    const zip = facts.zip;
    // A Word file is only taken once its parts have been inflated and counted.
    if (!zip || !zip.readable) return refuse({ reason: 'damaged' });
    if ('inflatesTooMuch' in zip) return refuse({ reason: 'inflates-too-much' });
    if (zip.macros) warnings.push('docx-macros');
  }
  return { accepted: true, mediaType: sniffed.mediaType, warnings };
}
