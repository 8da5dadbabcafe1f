/**
 * The name a stored file is offered under ends in the extension of its detected type, never in
 * the uploader's: a PDF polyglot named "vedlegg.html" saved from the browser must open in a PDF
 * reader, not run as a web page. A mismatched extension is replaced, a missing one added
 * (docs/adr/0014). Idempotent, so it is applied when a file is stored and again when it is
 * listed or served, which also corrects files stored before this rule.
 */
import type { AttachmentMediaType } from '../../domain/call/call-schema.js';
import { MAX_FILE_NAME_LENGTH } from './sanitize-file-name.js';

export const EXTENSION_OF_TYPE: Record<AttachmentMediaType, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

// Something that reads as an extension: up to 5 letters and digits with at least one letter
// (".html", ".hta", ".js", ".7z"); ".2" in "avtale v1.2" is part of the name, not a type.
const EXTENSION = /\.(?=[A-Za-z0-9]{0,4}[A-Za-z])[A-Za-z0-9]{1,5}$/;

export function nameForType(fileName: string, mediaType: string): string {
  const extension = (EXTENSION_OF_TYPE as Record<string, string | undefined>)[mediaType];
  if (!extension) return fileName;
  const current = EXTENSION.exec(fileName);
  if (current && current[0].slice(1).toLowerCase() === extension) return fileName;
  const stem = current && current.index > 0 ? fileName.slice(0, current.index) : fileName;
  // Still within the stored names' limit, never cutting a character in half.
  const room = MAX_FILE_NAME_LENGTH - extension.length - 1;
  return `${[...stem].slice(0, room).join('').trimEnd()}.${extension}`;
}
