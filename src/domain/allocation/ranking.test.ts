import { describe, expect, it } from 'vitest';
import type { AllocationMethod } from '../call/call-allocation-schema.js';
import type { AllocationCase } from './model.js';
import { lotteryDraw, rankCases } from './ranking.js';

const method: AllocationMethod = {
  requirementId: 'R27',
  citation: { nb: 'x', nn: 'x', en: 'x' },
  rankBy: [
    { key: 'holistic', order: ['fund', 'fund_partly'] },
    { key: 'mean-score' },
    { key: 'breadth', by: 'county' },
    { key: 'lottery', seed: 'seed-1' },
  ],
  atBudgetLine: 'partial',
  reserveListLength: 2,
  limits: {},
  objective: { holisticValue: { fund: 1, fund_partly: 0.6 }, scoreWeight: 0.5 },
};

function aCase(n: number, over: Partial<AllocationCase>): AllocationCase {
  return {
    caseId: `c${n}`,
    caseNumber: `SAK-${String(n).padStart(4, '0')}`,
    title: `Case ${n}`,
    institutionOrgnr: '974767880',
    institutionName: 'NTNU',
    county: 'Trøndelag',
    appliedNok: 1_000_000,
    holistic: 'fund',
    meanScore: 5,
    budgetLines: [],
    ...over,
  };
}

describe('rank order (R25, R27)', () => {
  it('R27: the holistic conclusion ranks before any criterion score', () => {
    const ranked = rankCases(method, [
      aCase(1, { holistic: 'fund_partly', meanScore: 7 }),
      aCase(2, { holistic: 'fund', meanScore: 3 }),
      aCase(3, { holistic: 'do_not_fund', meanScore: 7 }),
    ]);
    expect(ranked.map((r) => r.case.caseId)).toEqual(['c2', 'c1', 'c3']);
    expect(ranked.map((r) => r.recommended)).toEqual([true, true, false]);
    expect(ranked[0]?.decidedBy).toBe('holistic');
  });

  it('R27: cases without consensus are not ranked', () => {
    const ranked = rankCases(method, [aCase(1, { holistic: null, meanScore: null }), aCase(2, {})]);
    expect(ranked.map((r) => r.case.caseId)).toEqual(['c2']);
  });

  it('R27: the mean score breaks a holistic tie, then a county not yet ranked above', () => {
    const ranked = rankCases(method, [
      aCase(1, { meanScore: 6, county: 'Agder' }),
      aCase(2, { meanScore: 5, county: 'Agder' }),
      aCase(3, { meanScore: 5, county: 'Rogaland' }),
    ]);
    expect(ranked.map((r) => r.case.caseId)).toEqual(['c1', 'c3', 'c2']);
    expect(ranked.map((r) => r.decidedBy)).toEqual(['mean-score', 'breadth', null]);
  });

  it('R27: a full tie is settled by the recorded lottery, the same way every time', () => {
    const tied = [aCase(1, {}), aCase(2, {}), aCase(3, {})];
    const first = rankCases(method, tied).map((r) => r.case.caseId);
    expect(rankCases(method, [...tied].reverse()).map((r) => r.case.caseId)).toEqual(first);
    const byDraw = [...tied].sort(
      (a, b) => lotteryDraw('seed-1', a.caseNumber) - lotteryDraw('seed-1', b.caseNumber),
    );
    expect(first).toEqual(byDraw.map((c) => c.caseId));
    expect(rankCases(method, tied)[0]?.decidedBy).toBe('lottery');
  });

  it('draws lie in [0, 1) and depend on the seed', () => {
    const a = lotteryDraw('a', 'SAK-1');
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(1);
    expect(lotteryDraw('b', 'SAK-1')).not.toBe(a);
  });
});
