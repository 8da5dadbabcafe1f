/**
 * What a file is, decided by its bytes, never by its name or the browser's Content-Type: a
 * Windows program renamed "avtale.pdf" is still a program.
 */
import { fileTypeFromBuffer } from 'file-type';
import type { AttachmentMediaType } from '../../domain/call/call-schema.js';

export type SniffedFile =
  | { kind: 'document'; mediaType: AttachmentMediaType }
  | { kind: 'executable'; format: string }
  | { kind: 'archive'; format: string }
  /** Recognised, but not a type any attachment kind accepts (an image, a spreadsheet…). */
  | { kind: 'other'; format: string; mime: string }
  | { kind: 'unknown' };

const DOCUMENT_TYPES: Record<string, AttachmentMediaType> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** file-type extensions of programs and installable packages. */
const EXECUTABLES: Record<string, string> = {
  exe: 'Windows EXE',
  elf: 'Linux ELF',
  macho: 'macOS Mach-O',
  msi: 'Windows Installer (MSI)',
  class: 'Java class',
  dex: 'Android DEX',
  apk: 'Android APK',
  wasm: 'WebAssembly',
  deb: 'DEB',
  rpm: 'RPM',
};

/** file-type extensions of archives (a zip that is a .docx is recognised as docx first). */
const ARCHIVES: Record<string, string> = {
  zip: 'ZIP',
  rar: 'RAR',
  '7z': '7z',
  gz: 'gzip',
  bz2: 'bzip2',
  xz: 'xz',
  zst: 'Zstandard',
  tar: 'tar',
  cab: 'CAB',
  lz: 'lzip',
  lzh: 'LZH',
  ar: 'ar',
  cpio: 'cpio',
  jar: 'JAR',
  dmg: 'DMG',
  iso: 'ISO',
};

/** Program headers checked before anything else: two bytes are enough to refuse. */
export function detectExecutableHeader(bytes: Uint8Array): string | undefined {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x4d && b(1) === 0x5a) return 'Windows EXE';
  if (b(0) === 0x7f && b(1) === 0x45 && b(2) === 0x4c && b(3) === 0x46) return 'Linux ELF';
  const magic = ((b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3)) >>> 0;
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic)) return 'macOS Mach-O';
  if (b(0) === 0x23 && b(1) === 0x21) return 'script (#!)';
  return undefined;
}

export async function sniffFile(bytes: Uint8Array): Promise<SniffedFile> {
  const header = detectExecutableHeader(bytes);
  if (header) return { kind: 'executable', format: header };
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return { kind: 'unknown' };
  const document = DOCUMENT_TYPES[found.ext];
  if (document) return { kind: 'document', mediaType: document };
  const executable = EXECUTABLES[found.ext];
  if (executable) return { kind: 'executable', format: executable };
  const archive = ARCHIVES[found.ext];
  if (archive) return { kind: 'archive', format: archive };
  return { kind: 'other', format: found.ext.toUpperCase(), mime: found.mime };
}
