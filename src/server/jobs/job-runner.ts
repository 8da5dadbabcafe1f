/**
 * Runs the durable jobs of the `job` table in this process: every `pollMs` it claims due jobs one
 * at a time (a lease, so several processes share the queue without taking the same job), runs
 * the handler of the job's kind and records the outcome. A handler that throws, or a process that
 * dies mid-job, leaves the job to be tried again later: handlers must be safe to run twice.
 *
 * Times here are wall time, never the demo clock: a simulated jump must not expire leases.
 */
import { randomUUID } from 'node:crypto';
import type { Store } from '../../store/create-store.js';
import { claimDueJob, finishJob, retryJobLater } from '../../store/repositories/jobs.repository.js';

export type JobOutcome =
  | { outcome: 'done' }
  /** Try again after `afterMs`; the job stays queued. */
  | { outcome: 'retry'; afterMs: number; error: string }
  /** Give up: the job is recorded as failed with the reason. */
  | { outcome: 'failed'; error: string };

export interface JobHandler {
  kind: string;
  run(payload: unknown, job: { id: string; attempts: number }): Promise<JobOutcome>;
}

export interface JobLog {
  warn(detail: Record<string, unknown>, message: string): void;
  error(detail: Record<string, unknown>, message: string): void;
}

export interface JobRunnerOptions {
  store: Store;
  handlers: readonly JobHandler[];
  pollMs?: number;
  leaseMs?: number;
  /** Most jobs one poll runs, so a long queue never holds the process in one turn. */
  batch?: number;
  log: JobLog;
  now?: () => Date;
}

export interface JobRunner {
  /** Claims and runs due jobs until none is due (or a batch is done); returns how many ran. */
  runDue(): Promise<number>;
  start(): void;
  /** Stops polling and waits for the job in hand. */
  stop(): Promise<void>;
}

/** A handler's unexpected error: retried with a growing pause, at most an hour apart. */
export function backoffMs(attempts: number): number {
  return Math.min(60 * 60_000, 5_000 * 2 ** Math.max(0, attempts - 1));
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { store, log } = options;
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const batch = options.batch ?? 20;
  const owner = randomUUID();
  const handlers = new Map(options.handlers.map((h) => [h.kind, h]));
  const kinds = [...handlers.keys()];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function runOne(): Promise<boolean> {
    const job = await claimDueJob(store.db, { owner, now: now(), leaseMs, kinds });
    if (!job) return false;
    const handler = handlers.get(job.kind);
    const held = { id: job.id, owner };
    let outcome: JobOutcome;
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      outcome = await handler.run(JSON.parse(job.payload) as unknown, {
        id: job.id,
        attempts: job.attempts,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.error({ jobId: job.id, kind: job.kind, err: error }, 'job failed; retried later');
      outcome = { outcome: 'retry', afterMs: backoffMs(job.attempts), error: message };
    }
    const kept =
      outcome.outcome === 'retry'
        ? await retryJobLater(store.db, held, {
            runAfter: new Date(now().getTime() + outcome.afterMs),
            error: outcome.error,
          })
        : await finishJob(store.db, held, {
            state: outcome.outcome,
            now: now(),
            ...(outcome.outcome === 'failed' ? { error: outcome.error } : {}),
          });
    if (!kept) log.warn({ jobId: job.id, kind: job.kind }, 'job lease was lost to another process');
    return true;
  }

  async function runDue(): Promise<number> {
    let ran = 0;
    while (ran < batch && (await runOne())) ran += 1;
    return ran;
  }

  function tick(): void {
    if (running) return;
    running = runDue()
      .catch((error: unknown) => {
        log.error({ err: error }, 'claiming jobs failed');
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
  }

  return {
    runDue,
    start() {
      if (timer) return;
      timer = setInterval(tick, options.pollMs ?? 5_000);
      timer.unref();
      tick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
