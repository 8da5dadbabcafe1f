/**
 * The audit chain as verification reads it, its signed checkpoints (docs/adr/0013) and the
 * results of verifications. Checkpoints and results are only ever inserted.
 */
import type { Kysely } from 'kysely';
import type { ChainRow } from '../../domain/audit/chain-walker.js';
import type { SignedCheckpoint } from '../../domain/audit/checkpoint.js';
import type { Database } from '../database.js';
import { hashEvent, sealAuditEvents } from './audit.repository.js';

type Db = Kysely<Database>;

const WALK_BATCH = 2000;

export interface ChainHead {
  seq: number;
  hash: string;
  count: number;
}

/** The chain's last event and the number of events up to it, in one statement (one snapshot). */
export async function readChainHead(db: Db): Promise<ChainHead | undefined> {
  await sealAuditEvents(db);
  const row = await db
    .selectFrom('audit_event as head')
    .select(['head.seq', 'head.hash'])
    .select((eb) =>
      eb
        .selectFrom('audit_event as e')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('e.seq', '<=', 'head.seq')
        .as('count'),
    )
    .orderBy('head.seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  return { seq: Number(row.seq), hash: row.hash, count: Number(row.count) };
}

/**
 * Bodies an erasure redacted (docs/adr/0024), accepted by verification: event id → the hash the
 * event was chained with → the hashes its redacted body may give.
 */
export type AcceptedRedactions = ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;

/**
 * Every event in chain order, in batches, each with the hash its stored body gives; an event
 * whose body an accepted redaction explains counts as giving its chained hash.
 */
export async function* readChain(
  db: Db,
  redactions: AcceptedRedactions = new Map(),
): AsyncGenerator<ChainRow[]> {
  await sealAuditEvents(db);
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq', 'asc')
      .limit(WALK_BATCH)
      .execute();
    if (rows.length === 0) return;
    yield rows.map(({ seq, prev_hash, hash, ...body }) => {
      const computed = hashEvent(prev_hash, body);
      const redacted = computed !== hash && redactions.get(body.id)?.get(hash)?.has(computed);
      return {
        seq: Number(seq),
        id: body.id,
        prevHash: prev_hash,
        hash,
        computedHash: redacted ? hash : computed,
      };
    });
    after = Number(rows[rows.length - 1]?.seq);
    if (rows.length < WALK_BATCH) return;
  }
}

/** True when some event of the chain has this hash (asked once, when a link is broken). */
export async function chainHasHash(db: Db, hash: string): Promise<boolean> {
  const row = await db
    .selectFrom('audit_event')
    .select('seq')
    .where('hash', '=', hash)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertCheckpoint(db: Db, c: SignedCheckpoint): Promise<void> {
  await db
    .insertInto('audit_checkpoint')
    .values({
      id: c.id,
      created_at: c.at,
      reason: c.reason,
      head_seq: c.seq,
      head_hash: c.hash,
      event_count: c.count,
      key_id: c.keyId,
      signature: c.signature,
    })
    .execute();
}

function checkpointOf(row: {
  id: string;
  created_at: string;
  reason: string;
  head_seq: number;
  head_hash: string;
  event_count: number;
  key_id: string;
  signature: string;
}): SignedCheckpoint {
  return {
    id: row.id,
    at: row.created_at,
    reason: row.reason,
    seq: Number(row.head_seq),
    hash: row.head_hash,
    count: Number(row.event_count),
    keyId: row.key_id,
    signature: row.signature,
  };
}

export async function listCheckpoints(db: Db): Promise<SignedCheckpoint[]> {
  const rows = await db.selectFrom('audit_checkpoint').selectAll().orderBy('head_seq').execute();
  return rows.map(checkpointOf);
}

export async function latestCheckpoint(db: Db): Promise<SignedCheckpoint | undefined> {
  const row = await db
    .selectFrom('audit_checkpoint')
    .selectAll()
    .orderBy('head_seq', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? checkpointOf(row) : undefined;
}

export interface VerificationRecord {
  id: string;
  startedAt: string;
  finishedAt: string;
  runBy: string;
  ok: boolean;
  events: number;
  /** The report as JSON. */
  report: string;
}

export async function insertVerification(db: Db, v: VerificationRecord): Promise<void> {
  await db
    .insertInto('audit_verification')
    .values({
      id: v.id,
      started_at: v.startedAt,
      finished_at: v.finishedAt,
      run_by: v.runBy,
      ok: v.ok ? 1 : 0,
      events: v.events,
      report: v.report,
    })
    .execute();
}

export async function latestVerification(db: Db): Promise<VerificationRecord | undefined> {
  const row = await db
    .selectFrom('audit_verification')
    .selectAll()
    .orderBy('finished_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    runBy: row.run_by,
    ok: row.ok === 1,
    events: Number(row.events),
    report: row.report,
  };
}
