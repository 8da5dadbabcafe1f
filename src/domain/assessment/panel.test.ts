/** The panel's figures over a call's submitted assessments, and the disagreement flag. */
import { describe, expect, it } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import { parseCallDefinition } from '../call/parse-call-definition.js';
import { computeKrippendorffAlpha } from './agreement.js';
import { disagreementOf, summarizePanel, type SubmittedScores } from './panel.js';

const call = parseCallDefinition(seedCall, 'calls/kompetanseloft-industriklynger-2021/call.json');
const [need, many] = call.criteria.map((c) => c.id);

/** Scores on the first two criteria of the call; the other five left unscored. */
function assessment(caseId: string, assessorUserId: string, a: number, b: number): SubmittedScores {
  const scores: Record<string, number | null> = Object.fromEntries(
    call.criteria.map((c) => [c.id, null]),
  );
  scores[need ?? ''] = a;
  scores[many ?? ''] = b;
  return { caseId, assessorUserId, scores };
}

// competence-need is panel A of agreement.test.ts: (2,3) (3,3) (5,6) (6,6), α = 31/38.
// many-companies: (1,4) (4,4) (5,5) (7,7); case 1 is 3 apart, the call's threshold.
const assessments: SubmittedScores[] = [
  assessment('case-1', 'anne', 2, 1),
  assessment('case-1', 'bjorn', 3, 4),
  assessment('case-2', 'anne', 3, 4),
  assessment('case-2', 'bjorn', 3, 4),
  assessment('case-3', 'cecilie', 5, 5),
  assessment('case-3', 'bjorn', 6, 5),
  assessment('case-4', 'anne', 6, 7),
  assessment('case-4', 'cecilie', 6, 7),
  // A case with one submitted assessment so far: in the distribution and mean, not in alpha.
  assessment('case-5', 'anne', 4, 2),
];

describe('summarizePanel', () => {
  const panel = summarizePanel(call, assessments);

  it('has one entry per criterion of the call, in the call order', () => {
    expect(call.criteria).toHaveLength(7);
    expect(panel.callId).toBe(call.id);
    expect(panel.criteria.map((c) => c.criterionId)).toEqual(call.criteria.map((c) => c.id));
  });

  it('a criterion: distribution over 1–7, mean, sample standard deviation, alpha, cases', () => {
    const first = panel.criteria[0];
    expect(first?.distribution).toEqual([
      { score: 1, count: 0 },
      { score: 2, count: 1 },
      { score: 3, count: 3 },
      { score: 4, count: 1 },
      { score: 5, count: 1 },
      { score: 6, count: 3 },
      { score: 7, count: 0 },
    ]);
    // Mean 38/9; Σx² = 180, so Σ(x − mean)² = 180 − 38²/9 = 176/9 and s² = 176/9/8 = 22/9.
    expect(first?.mean).toBeCloseTo(38 / 9, 12);
    expect(first?.standardDeviation).toBeCloseTo(Math.sqrt(22 / 9), 12);
    expect(first?.alpha).toBeCloseTo(31 / 38, 12);
    expect(first?.cases).toBe(4);
  });

  it('a criterion nobody scored has no figures', () => {
    expect(panel.criteria[2]).toEqual({
      criterionId: call.criteria[2]?.id,
      distribution: [1, 2, 3, 4, 5, 6, 7].map((score) => ({ score, count: 0 })),
      mean: null,
      standardDeviation: null,
      alpha: null,
      cases: 0,
    });
  });

  it('the overall alpha pools every case × criterion as a unit', () => {
    // Worked with exact fractions: pooled marginals n = 1,1,3,3,3,3,2 for scores 1–7 (n = 16
    // pairable values), α = 1523/1768 ≈ 0.8614.
    expect(panel.overallAlpha).toBeCloseTo(1523 / 1768, 12);
    expect(panel.overallAlpha).toBeCloseTo(
      computeKrippendorffAlpha([
        [2, 3],
        [3, 3],
        [5, 6],
        [6, 6],
        [1, 4],
        [4, 4],
        [5, 5],
        [7, 7],
      ]) ?? NaN,
      12,
    );
  });

  it('counts the cases where two scores are the threshold or more apart', () => {
    expect(panel.disagreementCases).toBe(1);
  });

  it('no assessments: an empty panel, not an error', () => {
    const empty = summarizePanel(call, []);
    expect(empty.overallAlpha).toBeNull();
    expect(empty.disagreementCases).toBe(0);
    expect(empty.criteria.every((c) => c.mean === null && c.cases === 0)).toBe(true);
  });

  it('refuses two submitted assessments by one assessor on one case', () => {
    expect(() =>
      summarizePanel(call, [...assessments, assessment('case-1', 'anne', 4, 4)]),
    ).toThrow(/two submitted assessments by anne on case case-1/);
  });

  it('refuses a score off the scale rather than skewing the figures', () => {
    expect(() => summarizePanel(call, [assessment('case-9', 'anne', 8, 4)])).toThrow(RangeError);
    expect(() => summarizePanel(call, [assessment('case-9', 'anne', 4.5, 4)])).toThrow(RangeError);
  });

  it('ignores scores on ids that are not criteria of the call', () => {
    const stray: SubmittedScores[] = [
      { caseId: 'c', assessorUserId: 'a', scores: { 'not-a-criterion': 1 } },
      { caseId: 'c', assessorUserId: 'b', scores: { 'not-a-criterion': 7 } },
    ];
    const result = summarizePanel(call, stray);
    expect(result.disagreementCases).toBe(0);
    expect(result.overallAlpha).toBeNull();
  });
});

describe('disagreementOf', () => {
  it('is true when two scores on one criterion are the threshold apart, false below', () => {
    expect(disagreementOf([{ a: 2 }, { a: 5 }], 3)).toBe(true);
    expect(disagreementOf([{ a: 2 }, { a: 4 }], 3)).toBe(false);
    expect(disagreementOf([{ a: 7 }, { a: 1 }], 3)).toBe(true);
  });

  it('looks at every criterion and every pair of assessors', () => {
    expect(
      disagreementOf(
        [
          { a: 4, b: 3 },
          { a: 4, b: 4 },
          { a: 5, b: 6 },
        ],
        3,
      ),
    ).toBe(true);
    expect(
      disagreementOf(
        [
          { a: 4, b: 3 },
          { a: 4, b: 4 },
          { a: 5, b: 5 },
        ],
        3,
      ),
    ).toBe(false);
  });

  it('missing and null scores take no part; one assessor cannot disagree', () => {
    expect(disagreementOf([{ a: 1 }, { a: null, b: 7 }], 3)).toBe(false);
    expect(disagreementOf([{ a: 1, b: 7 }], 3)).toBe(false);
    expect(disagreementOf([], 3)).toBe(false);
  });
});
