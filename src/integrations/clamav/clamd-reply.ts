/** What clamd answers to one INSTREAM: `stream: OK`, `stream: <signature> FOUND` or an error. */
export type ScanVerdict = { verdict: 'clean' } | { verdict: 'infected'; signature: string };

export type ClamdFailureKind =
  /** No connection: clamd is down, the socket is missing, the port is closed. */
  | 'unreachable'
  /** Connected, but no answer in time. */
  | 'timeout'
  /** clamd answered with an error about this stream (size limit, a scan error). */
  | 'refused'
  /** An answer that is not clamd's protocol. */
  | 'protocol';

export class ClamdError extends Error {
  constructor(
    readonly kind: ClamdFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'ClamdError';
  }

  /** Worth trying again later with the same bytes: clamd was away, not the file at fault. */
  get transient(): boolean {
    return this.kind === 'unreachable' || this.kind === 'timeout';
  }
}

/** Parses one reply of the z-command protocol (NUL-terminated; the terminator may be absent). */
export function parseScanReply(raw: string): ScanVerdict {
  const reply = raw.replace(/\0+$/, '').trim();
  if (reply === 'stream: OK') return { verdict: 'clean' };
  const found = /^stream: (.+) FOUND$/.exec(reply);
  if (found?.[1]) return { verdict: 'infected', signature: found[1] };
  if (/ ERROR$/.test(reply) || /^INSTREAM size limit exceeded/.test(reply)) {
    throw new ClamdError('refused', `clamd refused the stream: ${reply}`);
  }
  throw new ClamdError(
    'protocol',
    `clamd answered something unexpected: ${JSON.stringify(reply.slice(0, 200))}`,
  );
}
