/**
 * Where ClamAV's daemon listens: TILSKUDD_CLAMD is `unix:/path/to/clamd.ctl` (Debian's default
 * socket is /run/clamav/clamd.ctl) or `tcp:host:port`.
 */
export type ClamdAddress =
  { kind: 'unix'; path: string } | { kind: 'tcp'; host: string; port: number };

export class ClamdAddressError extends Error {}

export function parseClamdAddress(setting: string): ClamdAddress {
  const value = setting.trim();
  if (value.startsWith('unix:')) {
    const path = value.slice('unix:'.length);
    if (!path.startsWith('/')) {
      throw new ClamdAddressError(`expected unix:/absolute/path/to/socket, got "${setting}"`);
    }
    return { kind: 'unix', path };
  }
  if (value.startsWith('tcp:')) {
    const rest = value.slice('tcp:'.length);
    const colon = rest.lastIndexOf(':');
    const host = rest.slice(0, colon).replace(/^\[(.*)\]$/, '$1');
    const port = Number(rest.slice(colon + 1));
    if (colon <= 0 || host === '' || !Number.isInteger(port) || port < 1 || port > 65535) {
      throw new ClamdAddressError(`expected tcp:host:port (port 1–65535), got "${setting}"`);
    }
    return { kind: 'tcp', host, port };
  }
  throw new ClamdAddressError(`expected unix:/path or tcp:host:port, got "${setting}"`);
}

export function describeClamdAddress(address: ClamdAddress): string {
  return address.kind === 'unix' ? `unix:${address.path}` : `tcp:${address.host}:${address.port}`;
}
