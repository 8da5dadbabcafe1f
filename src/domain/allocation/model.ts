/**
 * The words of allocation (R27), shared by the ranking, the greedy baseline, the optimiser, the
 * scenario rules, the store and the web. Money is whole kroner; nothing here reads the clock.
 *
 * A scenario places every allocatable case once: on the main list with a grant (full or reduced),
 * on the reserve list in order, or refused. Cases the formal check proposes to reject never enter
 * a scenario; they are listed beside it with their reason.
 */
import type { Localized } from '../call/call-schema-parts.js';
import type { Recommendation } from '../cases/assessment-content.js';

/** A budget line of the submitted application, as a reduction names the lines it cuts. */
export interface AllocationBudgetLine {
  id: string;
  /** The cost category's id and the phase's id from the call, as the applicant chose them. */
  category: string | null;
  phase: string | null;
  description: string;
  amountNok: number;
}

/** What allocation knows of one case: read from the case file and its consensus. */
export interface AllocationCase {
  caseId: string;
  caseNumber: string;
  title: string;
  institutionOrgnr: string;
  institutionName: string;
  county: string | null;
  /** Whole kroner applied for (the financing lines of the call's grant kind). */
  appliedNok: number;
  /** The consensus conclusion; null while no consensus is recorded. */
  holistic: Recommendation | null;
  /** Mean of the consensus criterion scores; null while no consensus is recorded. */
  meanScore: number | null;
  budgetLines: AllocationBudgetLine[];
}

/** Why a case sits where it does in the rank order: the key that separated it from the next. */
export type RankDecidedBy = 'holistic' | 'mean-score' | 'breadth' | 'lottery' | 'case-number';

export interface RankedCase {
  case: AllocationCase;
  /** 1-based position in the call's rank order. */
  rank: number;
  /** False when the holistic conclusion is not in the call's order: never funded by rank. */
  recommended: boolean;
  /** The key that put this case before the next one (null for the last). */
  decidedBy: RankDecidedBy | null;
  /** The lottery draw, shown when it decided (0 ≤ draw < 1). */
  lotteryDraw: number;
}

export const placements = ['main', 'reserve', 'refused'] as const;
export type Placement = (typeof placements)[number];

/** One budget line cut by a reduction, by how much (0 < cutNok ≤ the line's amount). */
export interface BudgetLineCut {
  lineId: string;
  cutNok: number;
}

/** A grant below the applied amount: the reason, and the cut lines summing to the difference. */
export interface Reduction {
  reason: string;
  cuts: BudgetLineCut[];
}

export interface ScenarioEntry {
  caseId: string;
  placement: Placement;
  /** Main list only: the grant in whole kroner (≤ applied); null elsewhere. */
  grantNok: number | null;
  /** Main list, grant below applied: required. */
  reduction: Reduction | null;
  /** Reserve list only: 1-based order on the reserve list. */
  reservePosition: number | null;
  /**
   * Written reason for placing the case against the rank order (funded below the cut, left out
   * above it). Required before the scenario can be proposed; the ranking binds otherwise.
   */
  departureReason: string | null;
}

/** Where a scenario comes from: built by hand, the greedy rank order, the optimiser, or a copy. */
export type ScenarioOrigin = 'manual' | 'greedy' | 'optimiser' | 'copy';

export const scenarioStates = ['draft', 'proposed', 'returned', 'approved', 'superseded'] as const;
export type ScenarioState = (typeof scenarioStates)[number];

/**
 * The one table of moves of a scenario: an officer proposes a draft (or a returned one) as the
 * allocation; the leader approves it or returns it with a comment; an approved allocation is
 * frozen, and approving another supersedes it.
 */
export const scenarioMoves: Record<ScenarioState, readonly ScenarioState[]> = {
  draft: ['proposed'],
  returned: ['proposed'],
  proposed: ['approved', 'returned'],
  approved: ['superseded'],
  superseded: [],
};

export function canMove(from: ScenarioState, to: ScenarioState): boolean {
  return scenarioMoves[from].includes(to);
}

/** Scenario states in which entries may still be changed. */
export function isEditable(state: ScenarioState): boolean {
  return state === 'draft' || state === 'returned';
}

/** Totals of a scenario against the pot; `grantedNok` never exceeds `potNok`. */
export interface PotTotals {
  potNok: number;
  grantedNok: number;
  remainingNok: number;
  /** Applied for by every allocatable case. */
  appliedNok: number;
}

/** The solver's record kept with an optimiser scenario, so the proposal can be reproduced. */
export interface SolverRecord {
  solver: 'highs';
  version: string;
  options: Record<string, string | number | boolean>;
  /** SHA-256 of the canonical JSON of the model's input (cases, method, pot). */
  inputHash: string;
  status: string;
  objective: number;
  /** The model in CPLEX LP format, as given to the solver. */
  model: string;
  solvedInMs: number;
}

export type LimitName =
  | 'pot'
  | 'maxPerInstitutionNok'
  | 'minCounties'
  | 'minGrantNok'
  | 'maxGrantNok'
  | 'minPartialShare';

export interface LimitProblem {
  limit: LimitName;
  /** The case the problem is about, when it is about one. */
  caseId: string | null;
  message: Localized;
}

export interface Departure {
  caseId: string;
  kind: 'funded_below_cut' | 'left_out_above_cut';
  reason: string | null;
}

/** One sentence per case of an optimiser scenario, and for unfunded cases above the cut what would fund them. */
export interface Explanation {
  caseId: string;
  outcome: 'funded' | 'reduced' | 'left_out';
  binding:
    | 'pot'
    | 'maxPerInstitutionNok'
    | 'minCounties'
    | 'minGrantNok'
    | 'maxGrantNok'
    | 'minPartialShare'
    | 'rank'
    | 'not_recommended'
    | null;
  text: Localized;
  sensitivity: { cutNok: number | null; meanScoreNeeded: number | null } | null;
  /** True while the background re-solves that find `sensitivity` have not run yet. */
  sensitivityPending?: boolean;
}
