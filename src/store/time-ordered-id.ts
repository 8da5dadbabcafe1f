/**
 * UUIDs of version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, the other 74
 * random. Ids made one after another sort one after another, so the index on them grows at its end
 * instead of at a random page: on a busy day, a group of audit events writes one index page, not
 * one page each.
 */
import { randomUUID } from 'node:crypto';

export function timeOrderedUuid(nowMs: number = Date.now()): string {
  // A version 4 UUID's random bits and variant, with its first 48 bits and version replaced.
  const random = randomUUID();
  const time = nowMs.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
}
