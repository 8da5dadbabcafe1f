/**
 * "Prepare all" and "issue all" as durable jobs (ADR 0015): the request writes a progress row and
 * queues the job in one transaction; the job does the work case by case, each in its own
 * transaction, counting done/total as it goes. A job run twice does nothing twice: drafting skips
 * a case with a decision in force, issuing skips a decision no longer approved.
 */
import type { Principal } from '../../../domain/access/roles.js';
import { inTransaction } from '../../../store/create-store.js';
import {
  findDecisionJob,
  insertDecisionJob,
  updateDecisionJob,
} from '../../../store/repositories/appeals.repository.js';
import { enqueueJob } from '../../../store/repositories/jobs.repository.js';
import { loadPrincipal } from '../../../store/repositories/users.repository.js';
import type { DecisionJob } from '../../../web/api/decision-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { JobHandler, JobLog } from '../../jobs/job-runner.js';
import { jobOf } from './decision-view.js';

export const DECISION_JOB_KINDS = {
  prepare: 'decisions.prepare',
  issue: 'decisions.issue',
} as const;

/** The job's payload; the job's own id is the id of its progress row (decision_job). */
export interface DecisionJobPayload {
  callId: string;
  userId: string;
}

/** One step of a job: the ids to work through and what to do with one of them. */
export interface DecisionJobWork {
  ids: string[];
  one(id: string): Promise<void>;
}

export async function startDecisionJob(
  ctx: AppContext,
  principal: Principal,
  callId: string,
  kind: DecisionJob['kind'],
  at: Date,
): Promise<DecisionJob> {
  const now = new Date();
  const id = await inTransaction(ctx.store, async (tx) => {
    const jobId = await enqueueJob(tx, {
      kind: DECISION_JOB_KINDS[kind],
      payload: { callId, userId: principal.userId },
      runAfter: now,
      now,
    });
    await insertDecisionJob(tx, {
      id: jobId,
      call_id: callId,
      kind,
      state: 'queued',
      done: 0,
      total: 0,
      error: null,
      created_by: principal.userId,
      created_at: at.toISOString(),
      finished_at: null,
    });
    return jobId;
  });
  return readDecisionJob(ctx, id);
}

export async function readDecisionJob(ctx: AppContext, id: string): Promise<DecisionJob> {
  const row = await findDecisionJob(ctx.store.db, id);
  if (!row) throw new AppError('decision_job_not_found');
  return jobOf(row);
}

/** The handler of one job kind: loads the principal, runs the work and records the progress. */
export function decisionJobHandler(
  ctx: AppContext,
  log: JobLog,
  kind: DecisionJob['kind'],
  plan: (principal: Principal, callId: string) => Promise<DecisionJobWork>,
): JobHandler {
  return {
    kind: DECISION_JOB_KINDS[kind],
    async run(payload, job) {
      const { callId, userId } = payload as DecisionJobPayload;
      const db = ctx.store.db;
      const principal = await loadPrincipal(db, userId);
      const missing = !principal
        ? `no user ${userId}`
        : ctx.calls.some((c) => c.id === callId)
          ? null
          : `no call ${callId}`;
      if (!principal || missing) {
        const error = missing ?? 'no principal';
        await updateDecisionJob(db, job.id, { state: 'failed', error });
        return { outcome: 'failed', error };
      }
      const work = await plan(principal, callId);
      await updateDecisionJob(db, job.id, { state: 'running', total: work.ids.length, done: 0 });
      const errors: string[] = [];
      let done = 0;
      for (const id of work.ids) {
        try {
          await work.one(id);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log.error({ jobId: job.id, id, err: error }, `${kind} of one decision failed`);
          errors.push(message);
        }
        done += 1;
        await updateDecisionJob(db, job.id, { done });
      }
      const finishedAt = ctx.clock.now().toISOString();
      if (errors.length > 0) {
        const error = errors.join('; ');
        await updateDecisionJob(db, job.id, { state: 'failed', error, finished_at: finishedAt });
        return { outcome: 'failed', error };
      }
      await updateDecisionJob(db, job.id, { state: 'done', finished_at: finishedAt });
      return { outcome: 'done' };
    },
  };
}
