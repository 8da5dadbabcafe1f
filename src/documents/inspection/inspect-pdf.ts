/**
 * What a PDF carries besides its pages. Encryption makes it unreadable for the case officers and
 * the archive; JavaScript and embedded files are legal in a PDF but are not what a signed
 * agreement needs, so they are flagged for a person to look at rather than refused.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from 'pdf-lib';

export interface PdfInspection {
  encrypted: boolean;
  javascript: boolean;
  embeddedFiles: boolean;
  /** False when the PDF could not be parsed, so only its raw bytes were searched. */
  fullyChecked: boolean;
}

// An /Encrypt entry is a reference or a dictionary in the trailer (or the xref stream's
// dictionary, which is never itself encrypted), so it is visible in the raw bytes.
const ENCRYPT_ENTRY = /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/;
const JAVASCRIPT_NAME = /\/(?:JS|JavaScript)(?![A-Za-z0-9#])/;
const EMBEDDED_FILE_NAME = /\/EmbeddedFiles?(?![A-Za-z0-9#])/;

const JAVASCRIPT_NAMES = new Set(['JS', 'JavaScript']);
const EMBEDDED_FILE_NAMES = new Set(['EmbeddedFile', 'EmbeddedFiles']);

/** What the raw bytes show: linear in the file's size, so it always finishes quickly. */
export function scanPdfBytes(bytes: Uint8Array): PdfInspection {
  // latin1 maps every byte to one character, so offsets and binary stay intact.
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return {
    encrypted: ENCRYPT_ENTRY.test(raw),
    javascript: JAVASCRIPT_NAME.test(raw),
    embeddedFiles: EMBEDDED_FILE_NAME.test(raw),
    fullyChecked: false,
  };
}

/**
 * The raw scan, then a full parse. The parse can cost seconds of CPU per megabyte on hostile
 * bytes, so it runs only in an inspection worker with a budget (inspection-pool.ts).
 */
export async function inspectPdf(
  bytes: Uint8Array,
  scanned: PdfInspection = scanPdfBytes(bytes),
): Promise<PdfInspection> {
  const found = { ...scanned };
  if (found.encrypted) return found;
  // Names inside compressed object streams, or spelt with #-escapes (/J#53), are invisible in
  // the raw bytes; pdf-lib unpacks object streams and decodes names.
  try {
    const document = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
    found.encrypted = document.isEncrypted;
    for (const [, object] of document.context.enumerateIndirectObjects()) {
      visitNames(object, (name) => {
        if (JAVASCRIPT_NAMES.has(name)) found.javascript = true;
        if (EMBEDDED_FILE_NAMES.has(name)) found.embeddedFiles = true;
      });
    }
    found.fullyChecked = true;
  } catch {
    // A PDF pdf-lib cannot parse may still open in a reader; the raw search above stands.
  }
  return found;
}

/** Calls `onName` for every name (as key or value) reachable inside one object. */
function visitNames(object: PDFObject, onName: (name: string) => void): void {
  const pending: PDFObject[] = [object];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next instanceof PDFName) onName(next.decodeText());
    else if (next instanceof PDFStream) pending.push(next.dict);
    else if (next instanceof PDFArray) pending.push(...next.asArray());
    else if (next instanceof PDFDict) {
      for (const [key, value] of next.entries()) {
        onName(key.decodeText());
        pending.push(value);
      }
    }
  }
}
