/**
 * The audit log (R32): append-only, each event chained to the one before by SHA-256, so an edit or
 * a deletion anywhere breaks the chain and `verifyAuditChain` finds it. Events are written in the
 * same transaction as the change they record.
 */
import { createHash, randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { canonicalJson } from '../../domain/audit/canonical-json.js';
import type { Principal } from '../../domain/access/roles.js';
import type { Database } from '../database.js';
import { isPostgres } from '../dialect.js';

export interface AuditInput {
  actor: Principal | null;
  /** Shown when there is no principal, e.g. "system" or "anonymous". */
  actorLabel?: string;
  action: string;
  entityType: string;
  entityId: string;
  detail: Record<string, unknown>;
  at: Date;
}

const GENESIS = '0'.repeat(64);

function hashEvent(prevHash: string, body: Record<string, unknown>): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(body)}`)
    .digest('hex');
}

/** Appends one event; must run inside the transaction of the change it records. */
export async function appendAuditEvent(
  trx: Transaction<Database>,
  input: AuditInput,
): Promise<void> {
  if (isPostgres(trx)) {
    // One writer at a time extends the chain, across every process on the database.
    await sql`select pg_advisory_xact_lock(hashtext('tilskudd.audit_event'))`.execute(trx);
  }
  const last = await trx
    .selectFrom('audit_event')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS;
  const body = {
    id: randomUUID(),
    occurred_at: input.at.toISOString(),
    actor_user_id: input.actor?.userId ?? null,
    actor_label: input.actor?.name ?? input.actorLabel ?? 'system',
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId,
    detail: canonicalJson(input.detail),
  };
  await trx
    .insertInto('audit_event')
    .values({ ...body, prev_hash: prevHash, hash: hashEvent(prevHash, body) })
    .execute();
}

/** Records one event in a transaction of its own, for changes that are not transactional. */
export async function recordAuditEvent(db: Kysely<Database>, input: AuditInput): Promise<void> {
  await db.transaction().execute((trx) => appendAuditEvent(trx, input));
}

export type AuditChainResult = { ok: true; events: number } | { ok: false; brokenAtSeq: number };

export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditChainResult> {
  const rows = await db.selectFrom('audit_event').selectAll().orderBy('seq', 'asc').execute();
  let prev = GENESIS;
  for (const row of rows) {
    const { seq, prev_hash, hash, ...body } = row;
    if (prev_hash !== prev || hashEvent(prev, body) !== hash)
      return { ok: false, brokenAtSeq: seq };
    prev = hash;
  }
  return { ok: true, events: rows.length };
}
