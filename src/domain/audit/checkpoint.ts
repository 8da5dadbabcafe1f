/**
 * A checkpoint: the audit chain's head (sequence, hash, number of events) signed with a key the
 * database does not hold (docs/adr/0013). The same checkpoint is kept in the database and in a
 * file outside it; each copy is checked against the chain.
 */
import { canonicalJson } from './canonical-json.js';

export interface Checkpoint {
  id: string;
  /** ISO instant it was made. */
  at: string;
  /** Why it was made: intake, decision, periodic, start, verified. */
  reason: string;
  /** The chain's last event when it was made. */
  seq: number;
  hash: string;
  /** Events in the chain up to and including `seq`. */
  count: number;
  /** The key that signed it, by id: rotated keys stay in the keyring so old ones still verify. */
  keyId: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** HMAC-SHA256 of `checkpointPayload`, hex. */
  signature: string;
}

/** The exact text that is signed: every field but the signature, canonical JSON, versioned. */
export function checkpointPayload(c: Checkpoint): string {
  return canonicalJson({
    v: 1,
    id: c.id,
    at: c.at,
    reason: c.reason,
    seq: c.seq,
    hash: c.hash,
    count: c.count,
    keyId: c.keyId,
  });
}

/** One line of the checkpoint file. */
export function checkpointLine(c: SignedCheckpoint): string {
  return canonicalJson({ ...JSON.parse(checkpointPayload(c)), signature: c.signature });
}

/** A line of the checkpoint file read back; undefined when it is not a checkpoint. */
export function parseCheckpointLine(line: string): SignedCheckpoint | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const text = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const int = (k: string) => (Number.isSafeInteger(v[k]) ? (v[k] as number) : undefined);
  const [id, at, reason, hash, keyId, signature] = [
    text('id'),
    text('at'),
    text('reason'),
    text('hash'),
    text('keyId'),
    text('signature'),
  ];
  const [seq, count] = [int('seq'), int('count')];
  if (v.v !== 1 || !id || !at || !reason || !hash || !keyId || !signature) return undefined;
  if (seq === undefined || count === undefined) return undefined;
  return { id, at, reason, seq, hash, count, keyId, signature };
}

/** True when two copies of one checkpoint say the same. */
export function sameCheckpoint(a: SignedCheckpoint, b: SignedCheckpoint): boolean {
  return checkpointLine(a) === checkpointLine(b);
}
