/**
 * The audit log (R32): append-only, each event chained to the one before by SHA-256, so an edit or
 * a deletion anywhere breaks the chain and `verifyAuditChain` finds it. Events are written in the
 * same transaction as the change they record: no change without its event, no event without its
 * change.
 *
 * On SQLite there is one writer at a time anyway, so an event is chained in place. On PostgreSQL,
 * chaining in place needs one lock across every writing transaction up to its commit, which made
 * the whole database one writer at a time (issue 7). There an event is written unchained to
 * `audit_event_pending` inside the business transaction, and a sealer moves pending events into
 * `audit_event`, chained in one order, in batches under that lock (docs/adr/0008). The sealer runs
 * right after every transaction that wrote an event (`inTransaction`, `recordAuditEvent`), before
 * the HTTP answer leaves (app.ts), once a second in the background, and before verification.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { canonicalJson } from '../../domain/audit/canonical-json.js';
import type { Principal } from '../../domain/access/roles.js';
import type { Database } from '../database.js';
import { compiledOnce } from '../compiled-query.js';
import { isPostgres } from '../dialect.js';
import { timeOrderedUuid } from '../time-ordered-id.js';

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
/** Most events chained by one sealing transaction; a longer queue takes several. */
const SEAL_BATCH = 500;

interface EventBody {
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  detail: string;
}

/** The hash of an event: SHA-256 of the previous event's hash and the event's canonical body. */
export function hashEvent(prevHash: string, body: EventBody | Record<string, unknown>): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(body)}`)
    .digest('hex');
}

/** The stored columns of an event, before chaining; for statements that write it themselves. */
export type AuditEventBody = EventBody;

export const EVENT_BODY_COLUMNS = [
  'id',
  'occurred_at',
  'actor_user_id',
  'actor_label',
  'action',
  'entity_type',
  'entity_id',
  'detail',
] as const satisfies readonly (keyof EventBody)[];
// Every column of an event is listed: a statement built from the list would otherwise leave one out.
const everyEventColumnListed: Exclude<
  keyof EventBody,
  (typeof EVENT_BODY_COLUMNS)[number]
> extends never
  ? true
  : never = true;
void everyEventColumnListed;

export function eventBody(input: AuditInput): EventBody {
  return {
    id: timeOrderedUuid(),
    occurred_at: input.at.toISOString(),
    actor_user_id: input.actor?.userId ?? null,
    actor_label: input.actor?.name ?? input.actorLabel ?? 'system',
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId,
    detail: canonicalJson(input.detail),
  };
}

/** Appends events to the chain, in order. The caller holds the only right to extend it. */
async function chain(trx: Transaction<Database>, bodies: EventBody[]): Promise<void> {
  const { rows: last } = await chainEnd(trx, {});
  let prevHash = last[0]?.hash ?? GENESIS;
  const rows = bodies.map((body) => {
    const hash = hashEvent(prevHash, body);
    const row = { ...body, prev_hash: prevHash, hash };
    prevHash = hash;
    return row;
  });
  const [only] = rows;
  if (rows.length === 1 && only) {
    await insertOneEvent(trx, only);
    return;
  }
  // One multi-row insert: the rows draw seq in the order of the VALUES list, which is chain order.
  await trx.insertInto('audit_event').values(rows).execute();
}

const chainEnd = compiledOnce([], (db) =>
  db.selectFrom('audit_event').select('hash').orderBy('seq', 'desc').limit(1),
);

type ChainedEvent = EventBody & { prev_hash: string; hash: string };

const EVENT_COLUMNS = [
  ...EVENT_BODY_COLUMNS,
  'prev_hash',
  'hash',
] as const satisfies readonly (keyof ChainedEvent)[];

/** The event of one change, the usual case on SQLite (chained in the change's transaction). */
const insertOneEvent = compiledOnce(EVENT_COLUMNS, (db, v: ChainedEvent) =>
  db.insertInto('audit_event').values(v),
);

/** Transactions whose opener seals after the commit (`inTransaction`). */
const sealedByOpener = new WeakSet<Transaction<Database>>();
/** Transactions that wrote a pending event. */
const wrotePending = new WeakSet<Transaction<Database>>();
/**
 * Pending events written by this process in transactions nobody seals after (opened outside
 * `inTransaction`), ever; compared with what a sealer has seen, for the HTTP answer hook.
 */
let pendingWritten = 0;

/** Marks a transaction whose opener calls `sealAuditEvents` after its commit. */
export function sealAfterCommit(trx: Transaction<Database>): void {
  sealedByOpener.add(trx);
}

/** Appends one event; must run inside the transaction of the change it records. */
export async function appendAuditEvent(
  trx: Transaction<Database>,
  input: AuditInput,
): Promise<void> {
  const body = eventBody(input);
  if (isPostgres(trx)) {
    // No lock and no read of the chain's end here: the business transaction stays independent of
    // every other one, and the sealer chains the event after the commit.
    await trx.insertInto('audit_event_pending').values(body).execute();
    wrotePending.add(trx);
    if (!sealedByOpener.has(trx)) pendingWritten += 1;
    return;
  }
  // SQLite: this transaction is the only writer until it commits.
  await chain(trx, [body]);
}

/** True when `trx` wrote an event that waits for the sealer. */
export function wroteUnsealedAuditEvent(trx: Transaction<Database>): boolean {
  return wrotePending.has(trx);
}

interface SealerState {
  running: Promise<void> | null;
  next: Promise<void> | null;
  /** `pendingWritten` when the last seal of this database started. */
  seen: number;
}

const sealers = new WeakMap<Kysely<Database>, SealerState>();

async function sealOnce(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // One sealer at a time, across every process on the database, extends the chain.
    await sql`select pg_advisory_xact_lock(hashtext('tilskudd.audit_event'))`.execute(trx);
    const pending = await trx
      .selectFrom('audit_event_pending')
      .selectAll()
      .orderBy('pending_seq')
      .limit(SEAL_BATCH)
      .execute();
    if (pending.length === 0) return 0;
    await chain(
      trx,
      pending.map(({ pending_seq: _, ...body }) => body),
    );
    await trx
      .deleteFrom('audit_event_pending')
      .where(
        'pending_seq',
        'in',
        pending.map((p) => p.pending_seq),
      )
      .execute();
    return pending.length;
  });
}

async function runSealer(db: Kysely<Database>, state: SealerState): Promise<void> {
  state.seen = pendingWritten;
  try {
    while ((await sealOnce(db)) === SEAL_BATCH) {
      // a long queue: keep going
    }
  } catch (error) {
    // Not migrated yet (a store opened before migrations, the benchmark's baseline): nothing to do.
    if ((error as { code?: unknown }).code === '42P01') return;
    // The events stay pending and the next seal chains them; the change they record is committed
    // and its answer must not turn into an error.
    process.emitWarning(`audit sealing failed, will retry: ${String(error)}`);
  }
}

/**
 * Chains every pending event that was committed when it starts. Concurrent callers share one
 * sealing transaction; a caller arriving while one runs waits for the next, which sees its event.
 * Never rejects. A no-op on SQLite.
 */
export function sealAuditEvents(db: Kysely<Database>): Promise<void> {
  if (!isPostgres(db)) return Promise.resolve();
  let state = sealers.get(db);
  if (!state) {
    state = { running: null, next: null, seen: -1 };
    sealers.set(db, state);
  }
  const s = state;
  if (!s.running) {
    s.running = runSealer(db, s).finally(() => {
      s.running = null;
    });
    return s.running;
  }
  s.next ??= s.running.then(() => {
    s.next = null;
    return sealAuditEvents(db);
  });
  return s.next;
}

/**
 * True when this process wrote pending events, in transactions nobody seals after, since the last
 * seal of `db` started.
 */
export function auditSealDue(db: Kysely<Database>): boolean {
  if (!isPostgres(db)) return false;
  return pendingWritten > (sealers.get(db)?.seen ?? -1);
}

/** Records one event in a transaction of its own, for changes that are not transactional. */
export async function recordAuditEvent(db: Kysely<Database>, input: AuditInput): Promise<void> {
  await db.transaction().execute((trx) => {
    sealAfterCommit(trx);
    return appendAuditEvent(trx, input);
  });
  await sealAuditEvents(db);
}

export type AuditChainResult = { ok: true; events: number } | { ok: false; brokenAtSeq: number };

/** Seals what is pending, then checks every link of the chain. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditChainResult> {
  await sealAuditEvents(db);
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
