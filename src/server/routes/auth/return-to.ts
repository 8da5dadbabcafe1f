/**
 * Where to send the browser after sign-in. Only a path on this site is accepted: an absolute URL,
 * a protocol-relative "//host" or a backslash trick ("/\host", which browsers read as "//host")
 * would make the login an open redirect.
 */
const MAX_LENGTH = 2000;
const PROBE_ORIGIN = 'http://return-to.invalid';

export function isSafeReturnTo(value: string): boolean {
  if (value.length === 0 || value.length > MAX_LENGTH) return false;
  if (!value.startsWith('/') || value.startsWith('//')) return false;
  if (value.includes('\\')) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    return new URL(value, PROBE_ORIGIN).origin === PROBE_ORIGIN;
  } catch {
    return false;
  }
}
