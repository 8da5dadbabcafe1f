/**
 * The rank order as first written, one place at a time by scanning every remaining case, kept as
 * the oracle for rankCases, which sorts and re-sorts only when breadth changes: the same order and
 * the same reason for each place, on random cases and every tie-break chain (R27).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AllocationMethod, RankKey } from '../call/call-allocation-schema.js';
import type { AllocationCase, RankDecidedBy } from './model.js';
import { lotteryDraw, rankCases } from './ranking.js';

type Seen = { counties: Set<string>; institutions: Set<string> };

function holisticIndex(method: AllocationMethod, value: AllocationCase['holistic']): number {
  const key = method.rankBy.find((k) => k.key === 'holistic');
  const order: readonly string[] = key?.key === 'holistic' ? key.order : [];
  const index = value === null ? -1 : order.indexOf(value);
  return index === -1 ? order.length : index;
}

function compareOn(
  key: RankKey,
  m: AllocationMethod,
  a: AllocationCase,
  b: AllocationCase,
  seen: Seen,
  draws: Map<string, number>,
): number {
  switch (key.key) {
    case 'holistic':
      return holisticIndex(m, a.holistic) - holisticIndex(m, b.holistic);
    case 'mean-score':
      return (b.meanScore ?? -Infinity) - (a.meanScore ?? -Infinity) || 0;
    case 'breadth': {
      const isNew = (c: AllocationCase) =>
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
      return (draws.get(a.caseId) ?? 0) - (draws.get(b.caseId) ?? 0);
  }
}

function decide(
  m: AllocationMethod,
  a: AllocationCase,
  b: AllocationCase,
  seen: Seen,
  draws: Map<string, number>,
) {
  for (const key of m.rankBy) {
    const order = compareOn(key, m, a, b, seen, draws);
    if (order !== 0) return { order, by: key.key as RankDecidedBy };
  }
  return { order: a.caseNumber < b.caseNumber ? -1 : 1, by: 'case-number' as RankDecidedBy };
}

function bySelection(m: AllocationMethod, cases: readonly AllocationCase[]) {
  const lottery = m.rankBy.find((k) => k.key === 'lottery');
  const remaining = cases.filter((c) => c.holistic !== null);
  const draws = new Map(
    remaining.map((c) => [
      c.caseId,
      lottery?.key === 'lottery' ? lotteryDraw(lottery.seed, c.caseNumber) : 0,
    ]),
  );
  const seen: Seen = { counties: new Set(), institutions: new Set() };
  let above: Seen = { counties: new Set(), institutions: new Set() };
  const out: { caseId: string; decidedBy: RankDecidedBy | null }[] = [];
  let previous: AllocationCase | null = null;
  while (remaining.length > 0) {
    let best = 0;
    for (let i = 1; i < remaining.length; i++) {
      if (
        decide(m, remaining[i] as AllocationCase, remaining[best] as AllocationCase, seen, draws)
          .order < 0
      )
        best = i;
    }
    const [chosen] = remaining.splice(best, 1) as [AllocationCase];
    const last = out.at(-1);
    if (last && previous) last.decidedBy = decide(m, previous, chosen, above, draws).by;
    out.push({ caseId: chosen.caseId, decidedBy: null });
    previous = chosen;
    above = { counties: new Set(seen.counties), institutions: new Set(seen.institutions) };
    if (chosen.county !== null) seen.counties.add(chosen.county);
    seen.institutions.add(chosen.institutionOrgnr);
  }
  return out;
}

const chains: RankKey[][] = [
  [
    { key: 'holistic', order: ['fund', 'fund_partly'] },
    { key: 'mean-score' },
    { key: 'breadth', by: 'county' },
    { key: 'lottery', seed: 's' },
  ],
  [
    { key: 'holistic', order: ['fund'] },
    { key: 'breadth', by: 'institution' },
    { key: 'mean-score' },
  ],
  [
    { key: 'breadth', by: 'county' },
    { key: 'breadth', by: 'institution' },
    { key: 'lottery', seed: 't' },
  ],
  [{ key: 'mean-score' }],
];

const aCase = fc
  .record({
    holistic: fc.constantFrom('fund', 'fund_partly', 'do_not_fund', null),
    meanScore: fc.integer({ min: 1, max: 7 }),
    county: fc.constantFrom('Agder', 'Vestland', 'Nordland', null),
    institution: fc.integer({ min: 0, max: 4 }),
  })
  .map((r) => r);

describe('rank order against the one-place-at-a-time oracle (R27)', () => {
  it('R27: sorting, re-sorted only when breadth changes, gives the same order and reasons', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...chains),
        fc.array(aCase, { maxLength: 40 }),
        (rankBy, specs) => {
          const method = {
            requirementId: 'R27',
            citation: { nb: 'x', nn: 'x', en: 'x' },
            rankBy,
            atBudgetLine: 'partial',
            reserveListLength: 2,
            limits: {},
            objective: { holisticValue: { fund: 1 }, scoreWeight: 0.5 },
          } as AllocationMethod;
          const cases: AllocationCase[] = specs.map((s, i) => ({
            caseId: `c${i}`,
            caseNumber: `SAK-${String(i).padStart(4, '0')}`,
            title: `Case ${i}`,
            institutionOrgnr: `9000000${s.institution}`,
            institutionName: `Inst ${s.institution}`,
            county: s.county,
            appliedNok: 1_000_000,
            holistic: s.holistic,
            meanScore: s.holistic === null ? null : s.meanScore,
            budgetLines: [],
          }));
          const fast = rankCases(method, cases).map((r) => ({
            caseId: r.case.caseId,
            decidedBy: r.decidedBy,
          }));
          expect(fast).toEqual(bySelection(method, cases));
        },
      ),
      { numRuns: 300 },
    );
  });
});
