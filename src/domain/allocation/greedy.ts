/**
 * The plain rank-order allocation (R27): walk the rank order and fund each recommended case while
 * the pot and the call's limits allow, applying the call's rule at the budget line. It is the
 * baseline every other scenario is shown beside, the oracle the optimiser is tested against, and
 * the line a departure from the ranking is measured from.
 */
import type { AllocationMethod } from '../call/call-allocation-schema.js';
import type { AllocationBudgetLine, BudgetLineCut, RankedCase, ScenarioEntry } from './model.js';

export interface GreedyResult {
  entries: ScenarioEntry[];
  /** Rank of the first recommended case not funded in full, or null when every one is. */
  cutRank: number | null;
}

/** The most a case can get under the call's limits alone (not the pot): applied, capped. */
export function ceilingOf(method: AllocationMethod, appliedNok: number): number {
  return Math.min(appliedNok, method.limits.maxGrantNok ?? Infinity);
}

/** The least a funded case may get: the minimum grant and the minimum share of what it applied for. */
export function floorOf(method: AllocationMethod, appliedNok: number): number {
  const share = method.limits.minPartialShare ?? 1;
  return Math.max(method.limits.minGrantNok ?? 0, Math.ceil(share * appliedNok - 1e-9));
}

/**
 * Cuts that take `totalCutNok` off the budget lines in proportion to their amounts (largest
 * remainder, so the cuts sum exactly), never more than a line holds. Empty when nothing is cut.
 */
export function proportionalCuts(
  lines: readonly AllocationBudgetLine[],
  totalCutNok: number,
): BudgetLineCut[] {
  const positive = lines.filter((l) => l.amountNok > 0);
  const sum = positive.reduce((a, l) => a + l.amountNok, 0);
  if (totalCutNok <= 0 || sum === 0) return [];
  const target = Math.min(totalCutNok, sum);
  const exact = positive.map((l) => (l.amountNok * target) / sum);
  const cuts = exact.map(Math.floor);
  let left = target - cuts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    if ((cuts[i] ?? 0) < (positive[i]?.amountNok ?? 0)) {
      cuts[i] = (cuts[i] ?? 0) + 1;
      left--;
    }
  }
  return positive
    .map((l, i) => ({ lineId: l.id, cutNok: cuts[i] ?? 0 }))
    .filter((c) => c.cutNok > 0);
}

function funded(r: RankedCase, grantNok: number, reason: string): ScenarioEntry {
  const applied = r.case.appliedNok;
  return {
    caseId: r.case.caseId,
    placement: 'main',
    grantNok,
    reduction:
      grantNok < applied
        ? { reason, cuts: proportionalCuts(r.case.budgetLines, applied - grantNok) }
        : null,
    reservePosition: null,
    departureReason: null,
  };
}

function notFunded(r: RankedCase): ScenarioEntry {
  return {
    caseId: r.case.caseId,
    placement: 'refused',
    grantNok: null,
    reduction: null,
    reservePosition: null,
    departureReason: null,
  };
}

/**
 * `reductionReason` is the text a reduction made here carries (the caller's language); the
 * officer can rewrite it.
 */
export function greedyAllocation(
  method: AllocationMethod,
  potNok: number,
  ranked: readonly RankedCase[],
  reductionReason: string,
): GreedyResult {
  const cap = method.limits.maxPerInstitutionNok ?? Infinity;
  const byInstitution = new Map<string, number>();
  let remaining = potNok;
  let stopped = false;
  let cutRank: number | null = null;
  const entries: ScenarioEntry[] = [];
  const unfunded: ScenarioEntry[] = [];

  for (const r of ranked) {
    if (!r.recommended) {
      entries.push(notFunded(r));
      continue;
    }
    const applied = r.case.appliedNok;
    const institutionLeft = cap - (byInstitution.get(r.case.institutionOrgnr) ?? 0);
    const room = Math.min(remaining, institutionLeft);
    const wanted = ceilingOf(method, applied);
    const floor = floorOf(method, applied);
    let grant: number | null = null;
    if (!stopped && wanted >= floor) {
      if (wanted <= room) grant = wanted;
      else if (method.atBudgetLine === 'partial' && room >= floor) grant = room;
      else if (method.atBudgetLine === 'stop' && remaining < wanted) stopped = true;
    }
    if (grant === null) {
      cutRank ??= r.rank;
      const entry = notFunded(r);
      entries.push(entry);
      unfunded.push(entry);
      continue;
    }
    if (grant < applied) cutRank ??= r.rank;
    remaining -= grant;
    byInstitution.set(
      r.case.institutionOrgnr,
      (byInstitution.get(r.case.institutionOrgnr) ?? 0) + grant,
    );
    entries.push(funded(r, grant, reductionReason));
  }

  unfunded.slice(0, method.reserveListLength).forEach((entry, index) => {
    entry.placement = 'reserve';
    entry.reservePosition = index + 1;
  });
  return { entries, cutRank };
}
