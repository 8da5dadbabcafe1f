/**
 * The call's rank order (R25, R27): the consensus holistic conclusion first, then the call's
 * tie-break chain. Breadth depends on what is ranked above, so the order is built one place at a
 * time: at each step the best remaining case by the chain takes the next place.
 */
import type { AllocationMethod, RankKey } from '../call/call-allocation-schema.js';
import type { AllocationCase, RankDecidedBy, RankedCase } from './model.js';

/**
 * The lottery draw of a case: FNV-1a (32 bit) over the UTF-8 bytes of `<seed>:<case number>`,
 * divided by 2³². Anyone holding the recorded seed can recompute it; lower draws rank first.
 */
export function lotteryDraw(seed: string, caseNumber: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(`${seed}:${caseNumber}`)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

/** Position of a conclusion in the call's order; conclusions not in it come after all others. */
function holisticIndex(method: AllocationMethod, value: AllocationCase['holistic']): number {
  const key = method.rankBy.find((k) => k.key === 'holistic');
  const order: readonly string[] = key?.key === 'holistic' ? key.order : [];
  const index = value === null ? -1 : order.indexOf(value);
  return index === -1 ? order.length : index;
}

export function isRecommended(method: AllocationMethod, c: AllocationCase): boolean {
  const key = method.rankBy.find((k) => k.key === 'holistic');
  return key?.key === 'holistic' && c.holistic !== null && key.order.includes(c.holistic);
}

interface Seen {
  counties: Set<string>;
  institutions: Set<string>;
  /** Lottery draws by case id, drawn once. */
  draws: Map<string, number>;
}

/** Negative when `a` ranks before `b` on this key alone, positive after, 0 when tied. */
function compareOn(
  key: RankKey,
  method: AllocationMethod,
  a: AllocationCase,
  b: AllocationCase,
  seen: Seen,
): number {
  switch (key.key) {
    case 'holistic':
      return holisticIndex(method, a.holistic) - holisticIndex(method, b.holistic);
    case 'mean-score':
      return (b.meanScore ?? -Infinity) - (a.meanScore ?? -Infinity) || 0;
    case 'breadth': {
      const isNew = (c: AllocationCase): number =>
        key.by === 'county'
          ? c.county !== null && !seen.counties.has(c.county)
            ? 0
            : 1
          : seen.institutions.has(c.institutionOrgnr)
            ? 1
            : 0;
      return isNew(a) - isNew(b);
    }
    case 'lottery':
      return (seen.draws.get(a.caseId) ?? 0) - (seen.draws.get(b.caseId) ?? 0);
  }
}

/** The first key of the chain on which `a` and `b` differ, and which way; case number last. */
function decide(
  method: AllocationMethod,
  a: AllocationCase,
  b: AllocationCase,
  seen: Seen,
): { order: number; by: RankDecidedBy } {
  for (const key of method.rankBy) {
    const order = compareOn(key, method, a, b, seen);
    if (order !== 0) return { order, by: key.key };
  }
  return { order: a.caseNumber < b.caseNumber ? -1 : 1, by: 'case-number' };
}

/**
 * Ranks the cases that have a consensus; cases without one are left out (they cannot be
 * allocated yet). Not-recommended cases follow the recommended ones, in the same chain.
 */
export function rankCases(
  method: AllocationMethod,
  cases: readonly AllocationCase[],
): RankedCase[] {
  const lottery = method.rankBy.find((k) => k.key === 'lottery');
  const remaining = cases.filter((c) => c.holistic !== null);
  const draws = new Map(
    remaining.map((c) => [
      c.caseId,
      lottery?.key === 'lottery' ? lotteryDraw(lottery.seed, c.caseNumber) : 0,
    ]),
  );
  const seen: Seen = { counties: new Set(), institutions: new Set(), draws };
  const ranked: RankedCase[] = [];
  // What was ranked above the last ranked case, to explain the tie-break below it (small sets:
  // one entry per county or institution).
  let seenAboveLast: Seen = { ...seen, counties: new Set(), institutions: new Set() };
  // The chain is a total order for a given `seen`, and `seen` matters only to breadth: the cases
  // are sorted once, taken from the front, and sorted again only when a case placed brings a
  // county (or institution) breadth counts as new. So at most one sort per county, not a scan
  // of every remaining case per place (the same order: ranking.test.ts checks it).
  const breadthBy = new Set(method.rankBy.flatMap((k) => (k.key === 'breadth' ? [k.by] : [])));
  const changesOrder = (c: AllocationCase): boolean =>
    (breadthBy.has('county') && c.county !== null && !seen.counties.has(c.county)) ||
    (breadthBy.has('institution') && !seen.institutions.has(c.institutionOrgnr));
  const byChain = (a: AllocationCase, b: AllocationCase) => decide(method, a, b, seen).order;
  let queue = [...remaining].sort(byChain);
  let next = 0;
  while (next < queue.length) {
    const chosen = queue[next] as AllocationCase;
    next += 1;
    const previous = ranked.at(-1);
    if (previous) {
      // What separated the case above from this one, judged as it was when the case above was placed.
      previous.decidedBy = decide(method, previous.case, chosen, seenAboveLast).by;
    }
    ranked.push({
      case: chosen,
      rank: ranked.length + 1,
      recommended: isRecommended(method, chosen),
      decidedBy: null,
      lotteryDraw: draws.get(chosen.caseId) ?? 0,
    });
    seenAboveLast = {
      ...seen,
      counties: new Set(seen.counties),
      institutions: new Set(seen.institutions),
    };
    const reorder = changesOrder(chosen);
    if (chosen.county !== null) seen.counties.add(chosen.county);
    seen.institutions.add(chosen.institutionOrgnr);
    if (reorder) {
      queue = queue.slice(next).sort(byChain);
      next = 0;
    }
  }
  return ranked;
}
