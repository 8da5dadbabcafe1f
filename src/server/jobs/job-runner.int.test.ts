/**
 * The durable job queue on both databases: a job runs once, a retry waits its turn, a lease
 * that runs out lets another process take the job, and two processes sharing one queue never
 * run the same job.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../../test/helpers/dialects.js';
import { createStore } from '../../store/create-store.js';
import {
  claimDueJob,
  enqueueJob,
  finishJob,
  findJob,
} from '../../store/repositories/jobs.repository.js';
import { createJobRunner, type JobHandler, type JobOutcome } from './job-runner.js';

const silentLog = { warn: () => undefined, error: () => undefined };
const T0 = new Date('2026-12-01T12:00:00Z');

describeEachDialect('durable jobs', (dialect) => {
  let db: TestDatabase;
  afterEach(async () => {
    await db?.drop();
  });

  function recorder(outcomes: JobOutcome[] = []): JobHandler & { seen: string[] } {
    const seen: string[] = [];
    return {
      kind: 'test',
      seen,
      run: async (payload) => {
        seen.push((payload as { n: string }).n);
        await new Promise((r) => setTimeout(r, 2));
        return outcomes.shift() ?? { outcome: 'done' };
      },
    };
  }

  it('runs a queued job once and records it done', async () => {
    db = await createTestDatabase(dialect);
    const id = await enqueueJob(db.store.db, {
      kind: 'test',
      payload: { n: 'a' },
      runAfter: T0,
      now: T0,
    });
    const handler = recorder();
    const runner = createJobRunner({
      store: db.store,
      handlers: [handler],
      log: silentLog,
      now: () => T0,
    });
    expect(await runner.runDue()).toBe(1);
    expect(await runner.runDue()).toBe(0);
    expect(handler.seen).toEqual(['a']);
    expect(await findJob(db.store.db, id)).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('waits with a retried job until its time, and retries a handler that throws', async () => {
    db = await createTestDatabase(dialect);
    const id = await enqueueJob(db.store.db, {
      kind: 'test',
      payload: { n: 'b' },
      runAfter: T0,
      now: T0,
    });
    let now = T0;
    let calls = 0;
    const runner = createJobRunner({
      store: db.store,
      log: silentLog,
      now: () => now,
      handlers: [
        {
          kind: 'test',
          run: () => {
            calls += 1;
            if (calls === 1)
              return Promise.resolve({ outcome: 'retry', afterMs: 10_000, error: 'away' });
            if (calls === 2) return Promise.reject(new Error('boom'));
            return Promise.resolve({ outcome: 'done' });
          },
        },
      ],
    });
    expect(await runner.runDue()).toBe(1);
    expect(await findJob(db.store.db, id)).toMatchObject({ state: 'queued', last_error: 'away' });
    now = new Date(T0.getTime() + 9_000);
    expect(await runner.runDue()).toBe(0);
    now = new Date(T0.getTime() + 10_000);
    expect(await runner.runDue()).toBe(1);
    expect(await findJob(db.store.db, id)).toMatchObject({ state: 'queued', last_error: 'boom' });
    now = new Date(now.getTime() + 60_000);
    expect(await runner.runDue()).toBe(1);
    expect(await findJob(db.store.db, id)).toMatchObject({ state: 'done', attempts: 3 });
  });

  it('lets another process take a job whose lease ran out, and not before', async () => {
    db = await createTestDatabase(dialect);
    const id = await enqueueJob(db.store.db, {
      kind: 'test',
      payload: { n: 'c' },
      runAfter: T0,
      now: T0,
    });
    const claim = (owner: string, at: number) =>
      claimDueJob(db.store.db, {
        owner,
        now: new Date(T0.getTime() + at),
        leaseMs: 1000,
        kinds: ['test'],
      });
    expect((await claim('died', 0))?.id).toBe(id);
    expect(await claim('other', 999)).toBeUndefined();
    expect((await claim('other', 1000))?.attempts).toBe(2);
    // The first owner's late answer does not overwrite the new owner's work.
    expect(await finishJob(db.store.db, { id, owner: 'died' }, { state: 'done', now: T0 })).toBe(
      false,
    );
    expect(await findJob(db.store.db, id)).toMatchObject({ state: 'queued', lease_owner: 'other' });
  });

  it('gives each job to one of two processes sharing the queue', async () => {
    db = await createTestDatabase(dialect);
    for (let n = 0; n < 30; n += 1) {
      await enqueueJob(db.store.db, {
        kind: 'test',
        payload: { n: String(n) },
        runAfter: T0,
        now: T0,
      });
    }
    // A second store is a second process's connection pool on the same database.
    const second =
      dialect === 'postgres'
        ? createStore({
            databaseUrl: db.env.DATABASE_URL,
            pgSchema: db.env.TILSKUDD_PG_SCHEMA ?? '',
            pgPoolSize: 3,
          })
        : db.store;
    try {
      const a = recorder();
      const b = recorder();
      const options = { log: silentLog, now: () => T0, batch: 100 };
      const [ranA, ranB] = await Promise.all([
        createJobRunner({ ...options, store: db.store, handlers: [a] }).runDue(),
        createJobRunner({ ...options, store: second, handlers: [b] }).runDue(),
      ]);
      expect(ranA + ranB).toBe(30);
      const all = [...a.seen, ...b.seen].sort((x, y) => Number(x) - Number(y));
      expect(all).toEqual(Array.from({ length: 30 }, (_, n) => String(n)));
    } finally {
      if (second !== db.store) await second.close();
    }
  });
});

describe('backoff', () => {
  it('doubles from five seconds and stops at an hour', async () => {
    const { backoffMs } = await import('./job-runner.js');
    expect([1, 2, 3].map(backoffMs)).toEqual([5_000, 10_000, 20_000]);
    expect(backoffMs(40)).toBe(3_600_000);
  });
});
