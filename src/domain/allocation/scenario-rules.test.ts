import { describe, expect, it } from 'vitest';
import type { AllocationMethod } from '../call/call-allocation-schema.js';
import { compareEntries, pairSpreads } from './compare.js';
import { departuresOf, unexplainedDepartures } from './departures.js';
import { entryProblems, refusedEntry } from './entry-rules.js';
import { greedyAllocation } from './greedy.js';
import { limitProblems } from './limits.js';
import type { AllocationCase, ScenarioEntry } from './model.js';
import { fitsThePot, formatNok, grantedOf } from './pot.js';
import { rankCases } from './ranking.js';
import { compactReserve } from './reserve.js';
import { spreadByCounty, spreadByInstitution } from './spreads.js';

const method: AllocationMethod = {
  requirementId: 'R27',
  citation: { nb: 'x', nn: 'x', en: 'x' },
  rankBy: [{ key: 'holistic', order: ['fund', 'fund_partly'] }, { key: 'mean-score' }],
  atBudgetLine: 'stop',
  reserveListLength: 2,
  limits: {
    minGrantNok: 100,
    maxGrantNok: 900,
    minPartialShare: 0.5,
    maxPerInstitutionNok: 1000,
    minCounties: 2,
  },
  objective: { holisticValue: { fund: 1 }, scoreWeight: 0 },
};

function aCase(n: number, applied: number, score: number, over: Partial<AllocationCase> = {}) {
  return {
    caseId: `c${n}`,
    caseNumber: `SAK-${n}`,
    title: `Case ${n}`,
    institutionOrgnr: `9${n}`,
    institutionName: `Inst ${n}`,
    county: n % 2 === 0 ? 'Agder' : 'Vestland',
    appliedNok: applied,
    holistic: 'fund',
    meanScore: score,
    budgetLines: [
      { id: 'a', category: null, phase: null, description: 'A', amountNok: 300 },
      { id: 'b', category: null, phase: null, description: 'B', amountNok: 500 },
    ],
    ...over,
  } satisfies AllocationCase;
}

const c1 = aCase(1, 600, 7);
const main = (grantNok: number, over: Partial<ScenarioEntry> = {}): ScenarioEntry => ({
  ...refusedEntry('c1'),
  placement: 'main',
  grantNok,
  ...over,
});
const paths = (e: ScenarioEntry) => entryProblems(method, c1, e).map((p) => p.path);

describe('scenario entries (R27)', () => {
  it("R27: a full grant within the call's limits is valid", () => {
    expect(paths(main(600))).toEqual([]);
  });

  it('R27: a grant is whole, positive, at most applied, and within min and max', () => {
    expect(paths(main(0))).toEqual(['grantNok']);
    expect(paths(main(10.5))).toEqual(['grantNok']);
    expect(paths(main(601))).toEqual(['grantNok']);
    expect(paths(main(50))).toEqual(['grantNok']);
    expect(paths({ ...main(600), grantNok: null })).toEqual(['grantNok']);
    const big = aCase(1, 2000, 7);
    expect(entryProblems(method, big, main(1000)).map((p) => p.message.en)).toEqual([
      "cannot be above the call's maximum grant (NOK 900)",
    ]);
  });

  it('R27: a reduced grant needs a reason and cuts on the budget lines summing to the difference', () => {
    expect(paths(main(500))).toEqual(['reduction']);
    const cuts = [{ lineId: 'a', cutNok: 100 }];
    expect(paths(main(500, { reduction: { reason: ' ', cuts } }))).toEqual(['reduction.reason']);
    expect(paths(main(500, { reduction: { reason: 'For dyrt', cuts } }))).toEqual([]);
    expect(
      paths(main(500, { reduction: { reason: 'x', cuts: [{ lineId: 'z', cutNok: 100 }] } })),
    ).toEqual(['reduction.cuts.0.lineId']);
    expect(
      paths(main(200, { reduction: { reason: 'x', cuts: [{ lineId: 'a', cutNok: 400 }] } })),
    ).toEqual(['reduction.cuts.0.cutNok']);
    const wrongSum = entryProblems(
      method,
      c1,
      main(500, { reduction: { reason: 'x', cuts: [{ lineId: 'b', cutNok: 60 }] } }),
    );
    expect(wrongSum.map((p) => [p.path, p.message.nb])).toEqual([
      ['reduction.cuts', 'kuttene må til sammen være 100 kr (omsøkt minus tilskudd), nå 60 kr'],
    ]);
    expect(paths(main(600, { reduction: { reason: 'x', cuts } }))).toEqual(['reduction']);
  });

  it("R27: a reserve entry has a place within the call's reserve list; a refused one neither", () => {
    const reserve = (p: number | null): ScenarioEntry => ({
      ...refusedEntry('c1'),
      placement: 'reserve',
      reservePosition: p,
    });
    expect(paths(reserve(1))).toEqual([]);
    expect(paths(reserve(3))).toEqual(['reservePosition']);
    expect(paths(reserve(null))).toEqual(['reservePosition']);
    expect(paths({ ...refusedEntry('c1'), grantNok: 5 })).toEqual(['grantNok']);
  });

  it('R27: the reserve list reads back compacted in its stored order', () => {
    const r = (id: string, p: number): ScenarioEntry => ({
      ...refusedEntry(id),
      placement: 'reserve',
      reservePosition: p,
    });
    expect(
      compactReserve([r('x', 5), refusedEntry('y'), r('z', 2)]).map((e) => e.reservePosition),
    ).toEqual([2, null, 1]);
  });
});

describe("the pot and the call's limits (R27)", () => {
  it('R27: a change that takes the total past the pot does not fit', () => {
    expect(fitsThePot(1000, 400, 600)).toBe(true);
    expect(fitsThePot(1000, 400, 601)).toBe(false);
    expect(grantedOf([main(300), { ...refusedEntry('x') }])).toBe(300);
    expect(formatNok(20_000_000)).toBe('20 000 000');
  });

  it('R27: limits are checked on the whole scenario', () => {
    const cases = [
      c1,
      aCase(2, 600, 6, { institutionOrgnr: '91' }),
      aCase(3, 600, 5, { institutionOrgnr: '91' }),
    ];
    const entries = [main(600), { ...main(250), caseId: 'c2' }, { ...main(600), caseId: 'c3' }];
    expect(
      limitProblems(method, 1200, cases, entries).map((p) => `${p.limit}:${p.caseId}`),
    ).toEqual(['pot:null', 'minPartialShare:c2', 'maxPerInstitutionNok:null']);
    expect(limitProblems(method, 5000, cases, [main(600)]).map((p) => p.limit)).toEqual([
      'minCounties',
    ]);
  });
});

describe('departures, spreads and comparison (R27)', () => {
  const cases = [aCase(1, 600, 7), aCase(2, 500, 6), aCase(3, 300, 5)];
  const ranked = rankCases(method, cases);
  const { entries: baseline } = greedyAllocation(method, 1000, ranked, 'at the line');

  it('R27: departures are measured against the rank-order baseline, with their reasons', () => {
    expect(baseline.map((e) => e.placement)).toEqual(['main', 'reserve', 'reserve']);
    const scenario: ScenarioEntry[] = [
      refusedEntry('c1'),
      { ...main(500), caseId: 'c2' },
      { ...main(300), caseId: 'c3', departureReason: 'Bredde: nytt fylke' },
    ];
    const d = departuresOf(baseline, scenario);
    expect(d).toEqual([
      { caseId: 'c1', kind: 'left_out_above_cut', reason: null },
      { caseId: 'c2', kind: 'funded_below_cut', reason: null },
      { caseId: 'c3', kind: 'funded_below_cut', reason: 'Bredde: nytt fylke' },
    ]);
    expect(unexplainedDepartures(d)).toEqual(['c1', 'c2']);
    expect(departuresOf(baseline, baseline)).toEqual([]);
  });

  it('R27: spreads sum the main list by county and institution; a comparison names each change', () => {
    const b: ScenarioEntry[] = [
      { ...main(400), reduction: { reason: 'x', cuts: [] } },
      { ...main(500), caseId: 'c2' },
      refusedEntry('c3'),
    ];
    expect(spreadByCounty(cases, b, '(none)')).toEqual([
      { key: 'Agder', label: 'Agder', grantedNok: 500, count: 1 },
      { key: 'Vestland', label: 'Vestland', grantedNok: 400, count: 1 },
    ]);
    expect(compareEntries(cases, baseline, b).map((r) => r.change)).toEqual([
      'amount',
      'moved_in',
      'reserve_order',
    ]);
    const pairs = pairSpreads(spreadByInstitution(cases, baseline), spreadByInstitution(cases, b));
    expect(pairs.map((p) => [p.key, p.a, p.b])).toEqual([
      ['91', 600, 400],
      ['92', 0, 500],
    ]);
  });
});
