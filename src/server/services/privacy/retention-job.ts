/**
 * The retention sweep as a durable job (docs/adr/0015, 0024): queued once an Oslo night by the
 * schedule of every process (a second one is not queued while one waits) and at start. It reads
 * the one clock (docs/adr/0004), so a demo jump past a call's retention shows it too. Safe to run
 * twice: a draft already deleted is not found again.
 */
import { Cron } from 'croner';
import type { Store } from '../../../store/create-store.js';
import { enqueueJob } from '../../../store/repositories/jobs.repository.js';
import { hasOpenJob } from '../../../store/repositories/retention.repository.js';
import type { AppContext } from '../../context.js';
import type { JobHandler, JobLog } from '../../jobs/job-runner.js';
import { deleteExpiredDrafts } from './delete-expired-drafts.js';

export const RETENTION_JOB_KIND = 'privacy.retention';
/** 02:30 Oslo time, every night: after the day's work, before the next. */
export const RETENTION_SCHEDULE = '30 2 * * *';

export function retentionJob(ctx: AppContext, log: JobLog): JobHandler {
  return {
    kind: RETENTION_JOB_KIND,
    async run() {
      await ctx.clock.sync();
      const sweep = await deleteExpiredDrafts(ctx, ctx.clock.now());
      if (sweep.deleted > 0) log.warn({ retention: sweep }, 'retention deleted drafts');
      return { outcome: 'done' };
    },
  };
}

/** Queues a sweep unless one already waits; the job's time is real time, as every job's. */
export async function queueRetentionSweep(store: Store, now = new Date()): Promise<boolean> {
  if (await hasOpenJob(store.db, RETENTION_JOB_KIND)) return false;
  await enqueueJob(store.db, { kind: RETENTION_JOB_KIND, payload: {}, runAfter: now, now });
  return true;
}

/** Queues a sweep now and every night at 02:30 Oslo time; returns the stop. */
export function scheduleRetention(store: Store, log: JobLog): () => void {
  const queue = () =>
    void queueRetentionSweep(store).catch((error: unknown) =>
      log.error({ err: error }, 'queueing the retention sweep failed'),
    );
  const cron = new Cron(
    RETENTION_SCHEDULE,
    { timezone: 'Europe/Oslo', protect: true, unref: true },
    queue,
  );
  queue();
  return () => cron.stop();
}
