/**
 * The optimiser's run (R27, docs/adr/0018), pure: the solver is passed in, so this file reads no
 * clock and does no I/O; the worker thread hands it HiGHS. One solve for the proposal; when it is
 * infeasible, one solve per limit relaxed alone, to name the limit that cannot be met; and for
 * each recommended case the rank order funds but the proposal leaves out, re-solves that find
 * what would have funded it (see `sensitivityOf`). The proposal itself is made without those
 * re-solves (mode 'proposal', marking them pending); a background job runs the same problem in
 * mode 'sensitivity' and fills them in (docs/adr/0018).
 */
import type { AllocationLimits } from '../call/call-allocation-schema.js';
import type { Localized } from '../call/call-schema-parts.js';
import { explainCase, infeasibleText } from './explain.js';
import { greedyAllocation } from './greedy.js';
import type { Explanation, LimitName, ScenarioEntry } from './model.js';
import { buildOptimiserModel, type ModelCase, type OptimiserProblem } from './optimiser-model.js';
import { objectiveOf, optimiserEntries, wholeKroner, type Grants } from './optimiser-solution.js';

export interface LpSolution {
  status: string;
  /** As the solver reports it, in the LP's (scaled) units. */
  objective: number;
  /** Primal value by column name. */
  columns: Record<string, number>;
}

export interface SolverPort {
  solve(lp: string): LpSolution;
  /** False once the run's time for optional re-solves (sensitivity) is spent. */
  hasTime(): boolean;
}

export type AllocationResult =
  | {
      kind: 'solved';
      entries: ScenarioEntry[];
      explanations: Explanation[];
      grants: Grants;
      status: string;
      /** The call's objective of the whole-krone grants (unscaled). */
      objective: number;
      model: string;
    }
  | { kind: 'infeasible'; limit: LimitName; text: Localized; status: string; model: string };

const INFEASIBLE = new Set(['Infeasible', 'Primal infeasible or unbounded']);
const WITH_SOLUTION = new Set(['Optimal', 'Time limit reached', 'Target for objective reached']);
/** An objective this much above the proposal's is a strict improvement, not float noise. */
const IMPROVES = 1e-7;
/** Sensitivity amounts are searched and reported to the whole thousand kroner. */
const STEP_NOK = 1000;

/** The limits tried relaxed, alone, when the proposal is infeasible; the first that helps is named. */
const RELAX_ORDER: readonly LimitName[] = [
  'minCounties',
  'pot',
  'maxPerInstitutionNok',
  'minGrantNok',
  'minPartialShare',
  'maxGrantNok',
];

type Solved = { grants: Grants; objective: number; status: string; cases: ModelCase[] };

function solveOnce(
  problem: OptimiserProblem,
  port: SolverPort,
  fundInFull?: string,
): { solved: Solved | null; status: string; model: string } {
  const model = buildOptimiserModel(problem, fundInFull === undefined ? {} : { fundInFull });
  const answer = port.solve(model.lp);
  if (INFEASIBLE.has(answer.status))
    return { solved: null, status: answer.status, model: model.lp };
  if (!WITH_SOLUTION.has(answer.status) || Object.keys(answer.columns).length === 0) {
    throw new Error(`the solver answered ${answer.status}`);
  }
  const grants = wholeKroner(problem.method, problem.potNok, model.cases, answer.columns);
  return {
    solved: {
      grants,
      objective: objectiveOf(model.cases, grants),
      status: answer.status,
      cases: model.cases,
    },
    status: answer.status,
    model: model.lp,
  };
}

export function relaxed(problem: OptimiserProblem, limit: LimitName): OptimiserProblem {
  if (limit === 'pot') {
    const all = problem.ranked.reduce((a, r) => a + r.case.appliedNok, 0);
    return { ...problem, potNok: Math.max(problem.potNok, all) };
  }
  const limits = Object.fromEntries(
    Object.entries(problem.method.limits).filter(([name]) => name !== limit),
  ) as AllocationLimits;
  return { ...problem, method: { ...problem.method, limits } };
}

/** 'proposal': the solve and explanations only; 'sensitivity': with the re-solves as well. */
export type SolveMode = 'proposal' | 'sensitivity';

export function solveAllocation(
  problem: OptimiserProblem,
  reductionReason: Localized,
  port: SolverPort,
  mode: SolveMode = 'sensitivity',
): AllocationResult {
  const first = solveOnce(problem, port);
  if (first.solved === null) {
    const helps = RELAX_ORDER.filter(
      (limit) =>
        (limit === 'pot' || problem.method.limits[limit] !== undefined) &&
        solveOnce(relaxed(problem, limit), port).solved !== null,
    );
    const limit = helps[0] ?? 'minCounties';
    return {
      kind: 'infeasible',
      limit,
      text: infeasibleText(limit, helps),
      status: first.status,
      model: first.model,
    };
  }
  const { grants, objective, cases } = first.solved;
  const greedy = greedyAllocation(
    problem.method,
    problem.potNok,
    [...problem.ranked],
    reductionReason.nb,
  );
  const greedyFunded = new Set(
    greedy.entries.filter((e) => e.placement === 'main').map((e) => e.caseId),
  );
  const byInstitution = new Map<string, number>();
  let granted = 0;
  for (const r of problem.ranked) {
    const g = grants.get(r.case.caseId) ?? 0;
    granted += g;
    byInstitution.set(
      r.case.institutionOrgnr,
      (byInstitution.get(r.case.institutionOrgnr) ?? 0) + g,
    );
  }
  const explanations = problem.ranked.map((r) => {
    const grant = grants.get(r.case.caseId) ?? null;
    const aboveCut =
      greedyFunded.has(r.case.caseId) || (greedy.cutRank !== null && r.rank < greedy.cutRank);
    const mc = cases.find((c) => c.ranked.case.caseId === r.case.caseId);
    const institutionTotalNok = byInstitution.get(r.case.institutionOrgnr) ?? 0;
    const wanted = grant === null && r.recommended && aboveCut && mc !== undefined;
    const sensitivity = !wanted
      ? null
      : mode === 'proposal'
        ? 'pending'
        : sensitivityOf(
            problem,
            mc,
            objective,
            { potLeft: problem.potNok - granted, institutionTotalNok },
            port,
          );
    return explainCase(problem.method, {
      r,
      grantNok: grant,
      institutionTotalNok,
      potRemainingNok: problem.potNok - granted,
      greedyFunds: aboveCut,
      sensitivity,
    });
  });
  return {
    kind: 'solved',
    entries: optimiserEntries(problem.method, problem.ranked, grants, reductionReason.nb),
    explanations,
    grants,
    status: first.solved.status,
    objective,
    model: first.model,
  };
}

/**
 * What would have funded a case left out, found by re-solving (each answer is a sufficient
 * condition, so it is sound even when the time for re-solves runs out):
 *
 * - meanScoreNeeded: one re-solve with the case forced in at its ceiling gives O_f; the loss is
 *   O* − O_f. Raising the case's value by more than the loss makes that forced solution beat
 *   every solution without the case (whose best is O*, unchanged), so every optimum funds it.
 *   The value is linear in the mean score, so the score follows; null past the scale's top or
 *   when the call gives scores no weight.
 * - cutNok: with a smaller application a and the case forced in full, O_f(a) only grows as a
 *   falls (more pot and cap left for the rest). The largest a with O_f(a) > O* is bisected to
 *   the thousand kroner, starting from what fits in the proposal's own slack (the proposal plus
 *   the case is then feasible and strictly better, with no solve needed); the cut is applied − a.
 */
function sensitivityOf(
  problem: OptimiserProblem,
  mc: ModelCase,
  best: number,
  slack: { potLeft: number; institutionTotalNok: number },
  port: SolverPort,
): { cutNok: number | null; meanScoreNeeded: number | null } | 'unfinished' {
  if (!port.hasTime()) return 'unfinished';
  const { method, scale } = problem;
  const id = mc.ranked.case.caseId;
  const applied = mc.ranked.case.appliedNok;
  let meanScoreNeeded: number | null = null;
  // Time is checked once at the top, so this re-solve always runs and a null score is a "no".
  const forced = solveOnce(problem, port, id).solved;
  const span = scale.max - scale.min;
  if (forced !== null && method.objective.scoreWeight > 0 && span > 0) {
    const loss = Math.max(0, best - forced.objective);
    const mean = mc.ranked.case.meanScore ?? scale.min;
    const needed = mean + ((loss + IMPROVES) / method.objective.scoreWeight) * span;
    const rounded = Math.ceil(needed * 100 - 1e-9) / 100;
    meanScoreNeeded = rounded <= scale.max ? rounded : null;
  }

  // Applications are tried in whole thousands: k · STEP_NOK, from the least grant allowed to just
  // below the ceiling (at the ceiling the case was left out).
  const minGrant = Math.max(1, method.limits.minGrantNok ?? 1);
  const fundedAt = (k: number): boolean => {
    const amount = k * STEP_NOK;
    const smaller = problem.ranked.map((r) =>
      r.case.caseId === id ? { ...r, case: { ...r.case, appliedNok: amount } } : r,
    );
    const answer = solveOnce({ ...problem, ranked: smaller }, port, id).solved;
    return answer !== null && answer.objective > best + IMPROVES;
  };
  const kMin = Math.ceil(minGrant / STEP_NOK);
  let hi = Math.ceil(mc.ceilingNok / STEP_NOK);
  if (kMin >= hi) return { cutNok: null, meanScoreNeeded };
  const cap = method.limits.maxPerInstitutionNok ?? Infinity;
  const fits = Math.floor(
    Math.min(slack.potLeft, cap - slack.institutionTotalNok, mc.ceilingNok - 1) / STEP_NOK,
  );
  let lo: number | null = fits >= kMin && mc.value > 0 ? fits : null;
  if (lo === null) {
    // Without an answer here, "no smaller amount would fund it" would be a guess.
    if (!port.hasTime()) return 'unfinished';
    if (fundedAt(kMin)) lo = kMin;
  }
  if (lo === null) return { cutNok: null, meanScoreNeeded };
  // Bisection stopped early still gives a sound (if larger) cut: lo is known to fund it.
  while (hi - lo > 1 && port.hasTime()) {
    const mid = Math.floor((lo + hi) / 2);
    if (fundedAt(mid)) lo = mid;
    else hi = mid;
  }
  return { cutNok: applied - lo * STEP_NOK, meanScoreNeeded };
}
