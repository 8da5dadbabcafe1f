/**
 * The optimiser's proposal as a new draft scenario (R27): HiGHS under the pot and the call's
 * limits, with the solver's record (version, options, input hash, result) and one explanation
 * per case kept with it. Limits that cannot be met are a 422 naming the limit. The proposal is one
 * solve; the sensitivity re-solves run afterwards as a durable job (sensitivity-job.ts).
 */
import type { Principal } from '../../../domain/access/roles.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { inTransaction } from '../../../store/create-store.js';
import type { ScenarioDetail } from '../../../web/api/allocation-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { loadAllocationCases } from './allocation-cases.js';
import { insertNewScenario, scenarioName } from './create-scenario.js';
import {
  AllocationInfeasible,
  DEFAULT_TIME_LIMIT_MS,
  runOptimiser,
} from './optimiser/run-optimiser.js';
import { enqueueSensitivity } from './sensitivity-job.js';
import { readScenario } from './scenario-access.js';
import { texts } from './texts.js';

export async function optimiseScenario(
  ctx: AppContext,
  principal: Principal,
  call: CallDefinition,
  input: { name: string; locale: Locale; at: Date },
): Promise<ScenarioDetail> {
  const name = scenarioName(input.name, input.locale);
  const cases = await loadAllocationCases(ctx.store.db, call, input.locale);
  let outcome;
  try {
    outcome = await runOptimiser(
      {
        method: call.allocation,
        potNok: call.potNok,
        scale: { min: call.scale.min, max: call.scale.max },
        ranked: cases.ranked,
        reductionReason: texts.optimiserReduction,
      },
      DEFAULT_TIME_LIMIT_MS,
      'proposal',
    );
  } catch (error) {
    if (error instanceof AllocationInfeasible) {
      throw new AppError('allocation_infeasible', {
        detail: error.text,
        extensions: { limit: error.limit },
      });
    }
    throw error;
  }
  const id = await inTransaction(ctx.store, async (tx) => {
    const created = await insertNewScenario(
      tx,
      principal,
      call,
      {
        name,
        origin: 'optimiser',
        entries: outcome.entries,
        solver: outcome.solver,
        explanations: outcome.explanations,
      },
      input.at,
    );
    // What would have funded the cases left out above the cut is worked out in the background.
    if (outcome.explanations.some((x) => x.sensitivityPending)) {
      await enqueueSensitivity(tx, created, new Date());
    }
    return created;
  });
  return readScenario(ctx, id, input.locale);
}
