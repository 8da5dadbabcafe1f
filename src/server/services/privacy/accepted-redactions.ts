/**
 * The redactions verification accepts (docs/adr/0024): those of an erasure whose chained event
 * commits, by digest, to exactly the erasure's stored redaction rows. A row changed, added or
 * removed breaks the digest, and the events of that erasure then count as edited.
 */
import { createHash } from 'node:crypto';
import { redactionDigestInput } from '../../../domain/privacy/redact-event.js';
import type { Db } from '../../../store/create-store.js';
import type { AcceptedRedactions } from '../../../store/repositories/audit-checkpoints.repository.js';
import {
  listErasureEventDetails,
  listRedactions,
} from '../../../store/repositories/privacy-erasure.repository.js';
import type { AuditRedactionRow } from '../../../store/privacy-tables.js';

export function redactionDigest(rows: readonly AuditRedactionRow[]): string {
  const entries = rows.map((r) => ({
    eventId: r.event_id,
    originalHash: r.original_hash,
    redactedHash: r.redacted_hash,
  }));
  return createHash('sha256').update(redactionDigestInput(entries)).digest('hex');
}

function committedDigest(detail: string | undefined): string | null {
  if (detail === undefined) return null;
  const parsed = JSON.parse(detail) as { redactionDigest?: unknown };
  return typeof parsed.redactionDigest === 'string' ? parsed.redactionDigest : null;
}

export async function acceptedRedactions(db: Db): Promise<AcceptedRedactions> {
  const rows = await listRedactions(db);
  if (rows.length === 0) return new Map();
  const committed = await listErasureEventDetails(db);
  const byErasure = new Map<string, AuditRedactionRow[]>();
  for (const r of rows) {
    const group = byErasure.get(r.erasure_id);
    if (group) group.push(r);
    else byErasure.set(r.erasure_id, [r]);
  }
  const accepted = new Map<string, Map<string, Set<string>>>();
  for (const [erasureId, group] of byErasure) {
    if (committedDigest(committed.get(erasureId)) !== redactionDigest(group)) continue;
    for (const r of group) {
      const byOriginal = accepted.get(r.event_id) ?? new Map<string, Set<string>>();
      const hashes = byOriginal.get(r.original_hash) ?? new Set<string>();
      hashes.add(r.redacted_hash);
      byOriginal.set(r.original_hash, hashes);
      accepted.set(r.event_id, byOriginal);
    }
  }
  return accepted;
}
