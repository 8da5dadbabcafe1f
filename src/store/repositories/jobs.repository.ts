/**
 * Durable background jobs. A job is claimed by writing a lease (owner and expiry) on its row;
 * a process that dies leaves the lease to run out and another process claims the job again. On
 * PostgreSQL the claim skips rows another process has locked (`FOR UPDATE SKIP LOCKED`), so
 * several processes never take the same job; SQLite has one writer at a time.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, JobRow } from '../database.js';
import { isPostgres } from '../dialect.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function enqueueJob(
  db: Db,
  job: { kind: string; payload: Record<string, unknown>; runAfter: Date; now: Date },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('job')
    .values({
      id,
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      state: 'queued',
      attempts: 0,
      run_after: job.runAfter.toISOString(),
      lease_owner: null,
      lease_until: null,
      last_error: null,
      created_at: job.now.toISOString(),
      finished_at: null,
    })
    .execute();
  return id;
}

/** Claims the job due longest ago, if any: its lease is `owner`'s until `now + leaseMs`. */
export async function claimDueJob(
  db: Kysely<Database>,
  claim: { owner: string; now: Date; leaseMs: number; kinds: readonly string[] },
): Promise<JobRow | undefined> {
  if (claim.kinds.length === 0) return undefined;
  const now = claim.now.toISOString();
  return db.transaction().execute(async (tx) => {
    let due = tx
      .selectFrom('job')
      .select('id')
      .where('state', '=', 'queued')
      .where('kind', 'in', [...claim.kinds])
      .where('run_after', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
      .orderBy('run_after')
      .limit(1);
    if (isPostgres(tx)) due = due.forUpdate().skipLocked();
    const found = await due.executeTakeFirst();
    if (!found) return undefined;
    const row = await tx
      .updateTable('job')
      .set((eb) => ({
        lease_owner: claim.owner,
        lease_until: new Date(claim.now.getTime() + claim.leaseMs).toISOString(),
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', '=', found.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { ...row, attempts: Number(row.attempts) };
  });
}

/** Ends a job the owner still holds; false when its lease was lost to another process. */
export async function finishJob(
  db: Db,
  job: { id: string; owner: string },
  end: { state: 'done' | 'failed'; now: Date; error?: string },
): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({
      state: end.state,
      finished_at: end.now.toISOString(),
      lease_owner: null,
      lease_until: null,
      last_error: end.error ?? null,
    })
    .where('id', '=', job.id)
    .where('lease_owner', '=', job.owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a job back to the queue, not to be claimed before `runAfter`. */
export async function retryJobLater(
  db: Db,
  job: { id: string; owner: string },
  retry: { runAfter: Date; error: string },
): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({
      run_after: retry.runAfter.toISOString(),
      lease_owner: null,
      lease_until: null,
      last_error: retry.error,
    })
    .where('id', '=', job.id)
    .where('lease_owner', '=', job.owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findJob(db: Db, id: string): Promise<JobRow | undefined> {
  const row = await db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { ...row, attempts: Number(row.attempts) } : undefined;
}

export async function listJobs(db: Db, kind: string): Promise<JobRow[]> {
  const rows = await db
    .selectFrom('job')
    .selectAll()
    .where('kind', '=', kind)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({ ...row, attempts: Number(row.attempts) }));
}

/** True when a job of `kind` other than `exceptId` waits to run (a recurring job's next turn). */
export async function hasQueuedJob(db: Db, kind: string, exceptId?: string): Promise<boolean> {
  let query = db
    .selectFrom('job')
    .select('id')
    .where('kind', '=', kind)
    .where('state', '=', 'queued');
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.limit(1).executeTakeFirst()) !== undefined;
}
