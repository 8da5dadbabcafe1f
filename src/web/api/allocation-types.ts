/**
 * Shapes of the allocation API (R27) as the web client sees them. The server's Zod schemas in
 * src/server/routes/allocation/schema.ts answer with exactly these shapes.
 *
 * Endpoints (action in brackets; all JSON unless said):
 *   GET  /api/calls/:callId/allocation                         [allocation.read] → AllocationWorkspace
 *   POST /api/calls/:callId/allocation/scenarios               [allocation.edit]
 *        body NewScenarioBody → 201 ScenarioDetail
 *   POST /api/calls/:callId/allocation/scenarios/optimise      [allocation.edit]
 *        body { name } → 201 ScenarioDetail (origin 'optimiser', with `solver` and `explanations`);
 *        422 problem `allocation_infeasible` with `limit` naming the limit that cannot be met
 *   GET  /api/calls/:callId/allocation/compare?a=<id>&b=<id>   [allocation.read] → ScenarioComparison
 *   GET  /api/allocation/scenarios/:scenarioId                 [allocation.read] → ScenarioDetail
 *   PATCH /api/allocation/scenarios/:scenarioId                [allocation.edit]
 *        body { name } → ScenarioDetail (draft or returned only)
 *   DELETE /api/allocation/scenarios/:scenarioId               [allocation.edit] → 204 (draft only)
 *   PUT  /api/allocation/scenarios/:scenarioId/entries/:caseId [allocation.edit]
 *        body EntryChangeBody → ScenarioDetail.
 *        The change is applied against `base` (the entry as the client last saw it): another
 *        officer's change to another entry never conflicts; a change to the same entry since
 *        `base` is 409 `allocation_entry_changed` with `current: ScenarioEntry`.
 *        409 `allocation_pot_exceeded` with `remainingNok` when the grant would take the total
 *        past the pot (checked in the saving transaction); 409 `allocation_frozen` when the
 *        scenario is proposed, approved or superseded; 422 `validation_failed` naming the field
 *        (a reduction without a reason, cuts that do not sum to applied − grant, a cut above its
 *        line, a grant above the applied amount or below the call's minimum …).
 *   POST /api/allocation/scenarios/:scenarioId/propose         [allocation.propose]
 *        body { comment? } → ScenarioDetail; 422 `allocation_departures_unexplained` with
 *        `caseIds`, 422 `allocation_limits_broken` with `problems`
 *   POST /api/allocation/scenarios/:scenarioId/approve         [allocation.approve]
 *        body { comment? } → ScenarioDetail (the approved allocation before it becomes superseded)
 *   POST /api/allocation/scenarios/:scenarioId/return          [allocation.approve]
 *        body { comment } (required) → ScenarioDetail
 *   GET  /api/allocation/scenarios/:scenarioId/export.xlsx?lang=nb|nn|en [allocation.export] → file
 */
import type { Recommendation } from '../../domain/cases/assessment-content.js';
import type {
  BudgetLineRule,
  AllocationLimits,
  RankKey,
} from '../../domain/call/call-allocation-schema.js';
import type {
  AllocationBudgetLine,
  Departure,
  Explanation,
  LimitName,
  LimitProblem,
  Placement,
  PotTotals,
  RankDecidedBy,
  Reduction,
  ScenarioEntry,
  ScenarioOrigin,
  ScenarioState,
  SolverRecord,
} from '../../domain/allocation/model.js';
import type { Localized } from './types.js';

export type {
  AllocationBudgetLine,
  Departure,
  Explanation,
  LimitName,
  LimitProblem,
  Placement,
  PotTotals,
  RankDecidedBy,
  Reduction,
  ScenarioEntry,
  ScenarioOrigin,
  ScenarioState,
  SolverRecord,
};

/** One ranked case as the workspace lists it. */
export interface AllocationCaseView {
  caseId: string;
  caseNumber: string;
  title: string;
  institutionOrgnr: string;
  institutionName: string;
  county: string | null;
  appliedNok: number;
  rank: number;
  recommended: boolean;
  holistic: Recommendation;
  meanScore: number;
  /** Consensus score per criterion id. */
  scores: Record<string, number>;
  decidedBy: RankDecidedBy | null;
  lotteryDraw: number;
  budgetLines: AllocationBudgetLine[];
}

export interface AllocationMethodView {
  rankBy: RankKey[];
  atBudgetLine: BudgetLineRule;
  reserveListLength: number;
  limits: AllocationLimits;
  citation: Localized;
  /** Criterion ids and titles, for the score columns. */
  criteria: { id: string; title: Localized }[];
  scale: { min: number; max: number };
}

export interface ScenarioSummary {
  id: string;
  name: string;
  origin: ScenarioOrigin;
  state: ScenarioState;
  totals: PotTotals;
  mainCount: number;
  reserveCount: number;
  updatedAt: string;
  updatedBy: string;
}

export interface AllocationWorkspace {
  callId: string;
  method: AllocationMethodView;
  potNok: number;
  /** Cases with consensus, in the call's rank order. */
  cases: AllocationCaseView[];
  /** Cases still without consensus: not allocatable yet. */
  notReady: { caseId: string; caseNumber: string; title: string }[];
  /** Cases the formal check proposes to reject: outside every scenario, with the reason. */
  excluded: {
    caseId: string;
    caseNumber: string;
    title: string;
    institutionName: string;
    reason: string;
  }[];
  /** The plain rank-order allocation, always shown beside any scenario. */
  baseline: { entries: ScenarioEntry[]; totals: PotTotals; cutRank: number | null };
  scenarios: ScenarioSummary[];
  /** The approved allocation in force (the one decisions are made from), if any. */
  approvedScenarioId: string | null;
}

export interface ScenarioHistoryItem {
  at: string;
  by: string;
  action: 'created' | 'copied' | 'changed' | 'proposed' | 'returned' | 'approved' | 'superseded';
  comment: string | null;
  /** For 'changed': the case whose entry changed. */
  caseId: string | null;
}

export interface Spread {
  key: string;
  label: string;
  grantedNok: number;
  count: number;
}

export interface ScenarioDetail extends ScenarioSummary {
  callId: string;
  entries: (ScenarioEntry & { version: number })[];
  byCounty: Spread[];
  byInstitution: Spread[];
  departures: Departure[];
  limitProblems: LimitProblem[];
  explanations: Explanation[];
  solver: SolverRecord | null;
  copiedFrom: string | null;
  history: ScenarioHistoryItem[];
}

export type NewScenarioBody =
  { name: string; from: 'greedy' | 'empty' } | { name: string; from: 'copy'; scenarioId: string };

export interface EntryChangeBody {
  /** The entry as the client last saw it (its version), for the three-way check. */
  baseVersion: number;
  placement: Placement;
  grantNok: number | null;
  reduction: Reduction | null;
  reservePosition: number | null;
  departureReason: string | null;
}

export interface ComparisonRow {
  caseId: string;
  caseNumber: string;
  title: string;
  a: { placement: Placement; grantNok: number | null; reservePosition: number | null };
  b: { placement: Placement; grantNok: number | null; reservePosition: number | null };
  change: 'moved_in' | 'moved_out' | 'amount' | 'reserve_order' | 'same';
}

export interface ScenarioComparison {
  a: ScenarioSummary;
  b: ScenarioSummary;
  rows: ComparisonRow[];
  byCounty: { key: string; label: string; a: number; b: number }[];
  byInstitution: { key: string; label: string; a: number; b: number }[];
}
