/**
 * The optimiser proposal (R27): the call's selection method as a MILP, solved by HiGHS in a
 * worker thread with a time limit, answered as scenario entries with one explanation per case
 * and the solver's record for reproduction (docs/adr/0018).
 */
import type { AllocationMethod } from '../../../../domain/call/call-allocation-schema.js';
import type { Localized } from '../../../../domain/call/call-schema-parts.js';
import type {
  Explanation,
  LimitName,
  RankedCase,
  ScenarioEntry,
  SolverRecord,
} from '../../../../domain/allocation/model.js';

export interface OptimiserInput {
  method: AllocationMethod;
  potNok: number;
  scale: { min: number; max: number };
  ranked: RankedCase[];
  /** The text a reduction made by the optimiser carries (the caller's language). */
  reductionReason: Localized;
}

export interface OptimiserOutcome {
  entries: ScenarioEntry[];
  explanations: Explanation[];
  solver: SolverRecord;
}

/** A limit of the call that cannot be met with this pot and these cases. */
export class AllocationInfeasible extends Error {
  constructor(
    readonly limit: LimitName,
    readonly text: Localized,
  ) {
    super(`allocation infeasible: ${limit}`);
    this.name = 'AllocationInfeasible';
  }
}

export async function runOptimiser(input: OptimiserInput): Promise<OptimiserOutcome> {
  await Promise.resolve(input);
  throw new Error('runOptimiser: not yet');
}
