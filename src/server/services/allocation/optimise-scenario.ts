/**
 * The optimiser's proposal as a new draft scenario (R27): HiGHS under the pot and the call's
 * limits, with the solver's record (version, options, input hash, result) and one explanation
 * per case kept with it. Limits that cannot be met are a 422 naming the limit.
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
import { AllocationInfeasible, runOptimiser } from './optimiser/run-optimiser.js';
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
    outcome = await runOptimiser({
      method: call.allocation,
      potNok: call.potNok,
      scale: { min: call.scale.min, max: call.scale.max },
      ranked: cases.ranked,
      reductionReason: texts.optimiserReduction,
    });
  } catch (error) {
    if (error instanceof AllocationInfeasible) {
      throw new AppError('allocation_infeasible', {
        detail: error.text,
        extensions: { limit: error.limit },
      });
    }
    throw error;
  }
  const id = await inTransaction(ctx.store, (tx) =>
    insertNewScenario(
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
    ),
  );
  return readScenario(ctx, id, input.locale);
}
