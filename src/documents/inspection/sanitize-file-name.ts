/**
 * The name an uploaded file is stored and offered for download under. The browser's name is
 * only a hint: it may carry a path, control or bidi characters that disguise the extension
 * ("avtale\u202Efdp.exe" shows as "avtaleexe.pdf"), or be absurdly long.
 */

export const MAX_FILE_NAME_LENGTH = 200;

// Control, format (incl. bidi overrides, zero-width) and line/paragraph separator characters.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
// Characters Windows refuses in file names; a downloaded file must be savable everywhere.
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
const MAX_EXTENSION_LENGTH = 10;

export function sanitizeFileName(raw: string, fallback: string): string {
  const lastPart = raw.split(/[/\\]/).at(-1) ?? '';
  let name = lastPart
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(WINDOWS_FORBIDDEN, '_')
    .replace(/\s+/g, ' ')
    .trim()
    // Leading dots hide a file (or make ".."); trailing dots and spaces vanish on Windows.
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  name = truncateKeepingExtension(name, MAX_FILE_NAME_LENGTH);
  return name === '' ? fallback : name;
}

/** At most `max` characters (code points, never half a surrogate pair), extension kept. */
function truncateKeepingExtension(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  if (extension.length === 0 || extension.length > MAX_EXTENSION_LENGTH) {
    return chars.slice(0, max).join('').trimEnd();
  }
  const stem = chars
    .slice(0, max - extension.length)
    .join('')
    .trimEnd();
  return `${stem}${extension.join('')}`;
}
