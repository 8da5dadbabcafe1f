/**
 * The optimiser's sensitivity as a durable job (R27, docs/adr/0018): the proposal is saved at
 * once with the explanations of cases left out above the cut marked pending; this job solves
 * the same problem again with the re-solves that find what would have funded each of them, and
 * puts the finished explanations on the scenario. It checks the input hash first: if the cases
 * changed since the proposal (a consensus revised), the explanations would not be about the
 * proposal, so they are marked as such instead.
 */
import { replacePending } from '../../../domain/allocation/explain.js';
import type { Explanation } from '../../../domain/allocation/model.js';
import { inTransaction, type Tx } from '../../../store/create-store.js';
import { findScenario, updateScenario } from '../../../store/repositories/allocation.repository.js';
import { enqueueJob } from '../../../store/repositories/jobs.repository.js';
import type { AppContext } from '../../context.js';
import type { JobHandler, JobLog, JobOutcome } from '../../jobs/job-runner.js';
import { loadAllocationCases } from './allocation-cases.js';
import { inputHash, runOptimiser, type OptimiserInput } from './optimiser/run-optimiser.js';
import { texts } from './texts.js';

export const SENSITIVITY_JOB_KIND = 'allocation.sensitivity';

/** The re-solves' wall time: inside the job's lease, with room to save the answer. */
export function sensitivityTimeLimitMs(leaseMs: number): number {
  return Math.max(1_000, Math.min(240_000, leaseMs - 30_000));
}

/** Queued in the transaction that saves the proposal. */
export async function enqueueSensitivity(tx: Tx, scenarioId: string, now: Date): Promise<void> {
  await enqueueJob(tx, { kind: SENSITIVITY_JOB_KIND, payload: { scenarioId }, runAfter: now, now });
}

const changedText = {
  nb: ' Sakene er endret etter forslaget, så hva som ville gitt tilskudd i dette forslaget, er ikke regnet ut.',
  nn: ' Sakene er endra etter forslaget, så kva som ville gitt tilskot i dette forslaget, er ikkje rekna ut.',
  en: ' The cases changed after the proposal, so what would have funded it in this proposal was not worked out.',
};

export function sensitivityJob(ctx: AppContext, log: JobLog): JobHandler {
  return {
    kind: SENSITIVITY_JOB_KIND,
    async run(payload): Promise<JobOutcome> {
      const scenarioId = (payload as { scenarioId?: unknown }).scenarioId;
      if (typeof scenarioId !== 'string') {
        return { outcome: 'failed', error: 'payload without scenarioId' };
      }
      const row = await findScenario(ctx.store.db, scenarioId);
      // A deleted draft needs no explanations.
      if (!row || row.solver === null || row.explanations === null) return { outcome: 'done' };
      const call = ctx.calls.find((c) => c.id === row.call_id);
      if (!call) return { outcome: 'failed', error: `no call ${row.call_id}` };
      const recorded = JSON.parse(row.solver) as { inputHash: string };
      const cases = await loadAllocationCases(ctx.store.db, call, 'nb');
      const input: OptimiserInput = {
        method: call.allocation,
        potNok: call.potNok,
        scale: { min: call.scale.min, max: call.scale.max },
        ranked: cases.ranked,
        reductionReason: texts.optimiserReduction,
      };
      const current = JSON.parse(row.explanations) as Explanation[];
      let explanations: Explanation[];
      if (inputHash(input) !== recorded.inputHash) {
        explanations = current.map((x) => replacePending(x, changedText));
        log.warn({ scenarioId }, 'allocation sensitivity: the cases changed after the proposal');
      } else {
        const outcome = await runOptimiser(
          input,
          sensitivityTimeLimitMs(ctx.config.jobs.leaseMs),
          'sensitivity',
        );
        explanations = outcome.explanations;
      }
      await inTransaction(ctx.store, (tx) =>
        updateScenario(tx, scenarioId, { explanations: JSON.stringify(explanations) }),
      );
      return { outcome: 'done' };
    },
  };
}
