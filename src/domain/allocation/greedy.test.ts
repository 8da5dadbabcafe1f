import { describe, expect, it } from 'vitest';
import type { AllocationMethod } from '../call/call-allocation-schema.js';
import { greedyAllocation, proportionalCuts } from './greedy.js';
import type { AllocationCase } from './model.js';
import { rankCases } from './ranking.js';

function method(over: Partial<AllocationMethod>): AllocationMethod {
  return {
    requirementId: 'R27',
    citation: { nb: 'x', nn: 'x', en: 'x' },
    rankBy: [{ key: 'holistic', order: ['fund', 'fund_partly'] }, { key: 'mean-score' }],
    atBudgetLine: 'stop',
    reserveListLength: 1,
    limits: {},
    objective: { holisticValue: { fund: 1, fund_partly: 0.6 }, scoreWeight: 0.5 },
    ...over,
  };
}

function aCase(n: number, appliedNok: number, meanScore: number): AllocationCase {
  return {
    caseId: `c${n}`,
    caseNumber: `SAK-${n}`,
    title: `Case ${n}`,
    institutionOrgnr: `00000000${n}`,
    institutionName: `Inst ${n}`,
    county: null,
    appliedNok,
    holistic: 'fund',
    meanScore,
    budgetLines: [
      { id: 'a', category: null, phase: null, description: 'A', amountNok: appliedNok / 2 },
      { id: 'b', category: null, phase: null, description: 'B', amountNok: appliedNok / 2 },
    ],
  };
}

const cases = [aCase(1, 600, 7), aCase(2, 500, 6), aCase(3, 300, 5), aCase(4, 200, 4)];

function summary(m: AllocationMethod, pot: number) {
  const { entries, cutRank } = greedyAllocation(m, pot, rankCases(m, cases), 'at the line');
  return {
    cutRank,
    placed: entries.map((e) => `${e.caseId}:${e.placement}:${e.grantNok ?? e.reservePosition}`),
  };
}

describe('greedy rank-order allocation (R27)', () => {
  it('R27: "stop" funds in rank order until the next case does not fit', () => {
    expect(summary(method({}), 1000)).toEqual({
      cutRank: 2,
      placed: ['c1:main:600', 'c2:reserve:1', 'c3:refused:null', 'c4:refused:null'],
    });
  });

  it('R27: "skip" passes over a case that does not fit to the next that does', () => {
    expect(summary(method({ atBudgetLine: 'skip', reserveListLength: 2 }), 1000).placed).toEqual([
      'c1:main:600',
      'c2:reserve:1',
      'c3:main:300',
      'c4:reserve:2',
    ]);
  });

  it('R27: "partial" grants what is left when it is at least the minimum share', () => {
    const m = method({ atBudgetLine: 'partial', limits: { minPartialShare: 0.5 } });
    expect(summary(m, 1000).placed.slice(0, 2)).toEqual(['c1:main:600', 'c2:main:400']);
    expect(summary(m, 800).placed.slice(0, 3)).toEqual([
      'c1:main:600',
      'c2:reserve:1',
      'c3:main:200',
    ]);
  });

  it('R27: a reduced grant carries cuts that sum to the reduction', () => {
    const m = method({ atBudgetLine: 'partial', limits: { minPartialShare: 0.5 } });
    const { entries } = greedyAllocation(m, 1000, rankCases(m, cases), 'at the line');
    const reduced = entries.find((e) => e.caseId === 'c2');
    expect(reduced?.reduction?.cuts.reduce((a, c) => a + c.cutNok, 0)).toBe(100);
  });

  it('proportional cuts sum exactly and never exceed a line', () => {
    const lines = [
      { id: 'x', category: null, phase: null, description: '', amountNok: 1 },
      { id: 'y', category: null, phase: null, description: '', amountNok: 2 },
      { id: 'z', category: null, phase: null, description: '', amountNok: 4 },
    ];
    const cuts = proportionalCuts(lines, 5);
    expect(cuts.reduce((a, c) => a + c.cutNok, 0)).toBe(5);
    for (const c of cuts) {
      expect(c.cutNok).toBeLessThanOrEqual(lines.find((l) => l.id === c.lineId)?.amountNok ?? 0);
    }
  });
});
