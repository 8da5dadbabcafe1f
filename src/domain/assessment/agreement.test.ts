/** Krippendorff's alpha against values worked by hand and the published example, then properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCoincidences,
  computeKrippendorffAlpha,
  describeAgreement,
  type AlphaMetric,
  type ReliabilityData,
} from './agreement.js';

const _ = null;

/*
 * Panel A: 4 cases × 2 assessors, scale 1–7.
 *   case 1: 2 3   case 2: 3 3   case 3: 5 6   case 4: 6 6
 * Each unit has m = 2, so every ordered pair adds 1/(m−1) = 1.
 * Coincidence matrix o[c][k] and marginals n_c (n = 8 pairable values):
 *         2  3  5  6 | n_c
 *     2   0  1  0  0 |  1
 *     3   1  2  0  0 |  3
 *     5   0  0  0  1 |  1
 *     6   0  0  1  2 |  3
 * Ordinal δ²(c,k) = (Σ_{g=c..k} n_g − (n_c+n_k)/2)²:
 *   (2,3) (1+3 − 2)² = 4        (2,5) (1+3+1 − 1)² = 16     (2,6) (8 − 2)² = 36
 *   (3,5) (3+1 − 2)² = 4        (3,6) (3+1+3 − 3)² = 16     (5,6) (1+3 − 2)² = 4
 * Σ o·δ² = 2·(1·4 + 1·4) = 16, so Do = 16/8 = 2.
 * Σ n_c·n_k·δ² = 2·(1·3·4 + 1·1·16 + 1·3·36 + 3·1·4 + 3·3·16 + 1·3·4) = 2·304 = 608,
 *   so De = 608/(8·7) = 76/7.
 * α_ordinal = 1 − Do/De = 1 − 7·16/608 = 31/38 ≈ 0.815789.
 * Interval δ² = (c−k)²: Σ o·δ² = 2·(1 + 1) = 4, Do = 1/2;
 *   Σ n_c·n_k·δ² = 2·(3·1 + 1·9 + 3·16 + 3·4 + 9·9 + 3·1) = 2·156 = 312, De = 312/56 = 39/7;
 *   α_interval = 1 − 7·4/312 = 71/78 ≈ 0.910256.
 */
const panelA: ReliabilityData = [
  [2, 3],
  [3, 3],
  [5, 6],
  [6, 6],
];

/*
 * Panel B: 5 cases × 3 assessors, one score missing.
 *   case 1: 4 4 5   case 2: 2 3 3   case 3: 6 6 6   case 4: 3 – 4   case 5: 5 4 5
 * Units with m = 3 add 1/2 per ordered pair, case 4 (m = 2) adds 1:
 *   case 1: o44 += 2·½ = 1, o45 = o54 += 2·½ = 1      case 2: o33 += 1, o23 = o32 += 1
 *   case 3: o66 += 6·½ = 3                             case 4: o34 = o43 += 1
 *   case 5: o55 += 1, o45 = o54 += 1
 * Coincidence matrix (n = 14 pairable values):
 *         2  3  4  5  6 | n_c
 *     2   0  1  0  0  0 |  1
 *     3   1  1  1  0  0 |  3
 *     4   0  1  1  2  0 |  4
 *     5   0  0  2  1  0 |  3
 *     6   0  0  0  0  3 |  3
 * Ordinal δ²:
 *   (2,3) (4 − 2)² = 4         (2,4) (8 − 2.5)² = 30.25   (2,5) (11 − 2)² = 81    (2,6) (14 − 2)² = 144
 *   (3,4) (7 − 3.5)² = 12.25   (3,5) (10 − 3)² = 49       (3,6) (13 − 3)² = 100
 *   (4,5) (7 − 3.5)² = 12.25   (4,6) (10 − 3.5)² = 42.25  (5,6) (6 − 3)² = 9
 * Σ o·δ² = 2·(1·4 + 1·12.25 + 2·12.25) = 81.5, Do = 81.5/14 = 163/28.
 * Σ n_c·n_k·δ² = 2·(3·4 + 4·30.25 + 3·81 + 3·144 + 12·12.25 + 9·49 + 9·100 + 12·12.25 + 12·42.25
 *   + 9·9) = 2·3031 = 6062, De = 6062/(14·13) = 433/13.
 * α_ordinal = 1 − 13·81.5/6062 = 10005/12124 ≈ 0.825223.
 * Interval: Σ o·δ² = 2·(1 + 1 + 2·1) = 8, Do = 4/7; Σ n_c·n_k·δ² = 2·(3·1 + 4·4 + 3·9 + 3·16 + 12·1
 *   + 9·4 + 9·9 + 12·1 + 12·4 + 9·1) = 2·292 = 584; α_interval = 1 − 13·8/584 = 60/73 ≈ 0.821918.
 */
const panelB: ReliabilityData = [
  [4, 4, 5],
  [2, 3, 3],
  [6, 6, 6],
  [3, _, 4],
  [5, 4, 5],
];

/*
 * Krippendorff (2011), the example with 4 coders (A–D) and 12 units, transposed to units × coders.
 * Unit 12 has one value and is dropped; n = 40 pairable values. The paper's coincidence matrix:
 *         1    2    3    4    5 | n_c
 *     1   7   4/3  1/3  1/3   0 |  9
 *     2  4/3  10   4/3  1/3   0 | 13
 *     3  1/3  4/3   8   1/3   0 | 10
 *     4  1/3  1/3  1/3   4    0 |  5
 *     5   0    0    0    0    3 |  3
 * Nominal: off-diagonal Σ o = 40 − 32 = 8, Σ_{c≠k} n_c·n_k = 40² − (81+169+100+25+9) = 1216;
 *   α = 1 − 39·8/1216 = 113/152 ≈ 0.743 (published 0.743).
 * Ordinal δ²: (1,2) 11² = 121, (1,3) 22.5² = 506.25, (1,4) 30² = 900, (1,5) 34² = 1156,
 *   (2,3) 11.5² = 132.25, (2,4) 19² = 361, (2,5) 23² = 529, (3,4) 7.5² = 56.25, (3,5) 11.5² = 132.25,
 *   (4,5) 4² = 16.
 *   Σ o·δ² = 2·(4/3·121 + 1/3·506.25 + 1/3·900 + 4/3·132.25 + 1/3·361 + 1/3·56.25) = 1891;
 *   Σ n_c·n_k·δ² = 2·(117·121 + 90·506.25 + 45·900 + 27·1156 + 130·132.25 + 65·361 + 39·529
 *   + 50·56.25 + 30·132.25 + 15·16) = 2·199740 = 399480;
 *   α = 1 − 39·1891/399480 = 108577/133160 ≈ 0.815 (published 0.815).
 * Interval: Σ o·δ² = 2·(4/3·1 + 1/3·4 + 1/3·9 + 4/3·1 + 1/3·4 + 1/3·1) = 52/3;
 *   Σ n_c·n_k·δ² = 2·(117 + 360 + 405 + 432 + 130 + 260 + 351 + 50 + 120 + 15) = 4480;
 *   α = 1 − 39·(52/3)/4480 = 951/1120 ≈ 0.849 (published 0.849).
 */
const published: ReliabilityData = [
  [1, 1, _, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [_, 5, 5, 5],
  [_, _, 1, 1],
  [_, 3, _, _],
];

describe('buildCoincidences', () => {
  it('panel A: the matrix and marginals worked by hand', () => {
    expect(buildCoincidences(panelA)).toEqual({
      values: [2, 3, 5, 6],
      matrix: [
        [0, 1, 0, 0],
        [1, 2, 0, 0],
        [0, 0, 0, 1],
        [0, 0, 1, 2],
      ],
      marginals: [1, 3, 1, 3],
      total: 8,
    });
  });

  it('panel B: units of three add one half per pair, the missing score drops out', () => {
    expect(buildCoincidences(panelB)).toEqual({
      values: [2, 3, 4, 5, 6],
      matrix: [
        [0, 1, 0, 0, 0],
        [1, 1, 1, 0, 0],
        [0, 1, 1, 2, 0],
        [0, 0, 2, 1, 0],
        [0, 0, 0, 0, 3],
      ],
      marginals: [1, 3, 4, 3, 3],
      total: 14,
    });
  });

  it('the published example: the matrix printed in the paper', () => {
    const { values, matrix, marginals, total } = buildCoincidences(published);
    expect(values).toEqual([1, 2, 3, 4, 5]);
    const expected = [
      [7, 4 / 3, 1 / 3, 1 / 3, 0],
      [4 / 3, 10, 4 / 3, 1 / 3, 0],
      [1 / 3, 4 / 3, 8, 1 / 3, 0],
      [1 / 3, 1 / 3, 1 / 3, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    expected.forEach((row, c) => row.forEach((o, k) => expect(matrix[c]?.[k]).toBeCloseTo(o, 12)));
    marginals.forEach((n, c) => expect(n).toBeCloseTo([9, 13, 10, 5, 3][c] ?? NaN, 12));
    expect(total).toBeCloseTo(40, 12);
  });
});

describe('computeKrippendorffAlpha', () => {
  it('panel A, worked by hand', () => {
    expect(computeKrippendorffAlpha(panelA, 'ordinal')).toBeCloseTo(31 / 38, 12);
    expect(computeKrippendorffAlpha(panelA, 'interval')).toBeCloseTo(71 / 78, 12);
    expect(computeKrippendorffAlpha(panelA)).toBeCloseTo(31 / 38, 12);
  });

  it('panel B, worked by hand, with a missing value', () => {
    expect(computeKrippendorffAlpha(panelB, 'ordinal')).toBeCloseTo(10005 / 12124, 12);
    expect(computeKrippendorffAlpha(panelB, 'interval')).toBeCloseTo(60 / 73, 12);
  });

  it("Krippendorff's published example: nominal .743, ordinal .815, interval .849", () => {
    const nominal = computeKrippendorffAlpha(published, 'nominal');
    const ordinal = computeKrippendorffAlpha(published, 'ordinal');
    const interval = computeKrippendorffAlpha(published, 'interval');
    expect(nominal).toBeCloseTo(113 / 152, 12);
    expect(ordinal).toBeCloseTo(108577 / 133160, 12);
    expect(interval).toBeCloseTo(951 / 1120, 12);
    expect(nominal?.toFixed(3)).toBe('0.743');
    expect(ordinal?.toFixed(3)).toBe('0.815');
    expect(interval?.toFixed(3)).toBe('0.849');
  });

  it('units with fewer than two values change nothing', () => {
    const padded = [...panelB, [7, _, _], [_, _, _], []];
    expect(computeKrippendorffAlpha(padded)).toBeCloseTo(10005 / 12124, 12);
  });

  it('is undefined without pairable values or without any spread', () => {
    expect(computeKrippendorffAlpha([])).toBeNull();
    expect(computeKrippendorffAlpha([[3, _], [_, 5], [4]])).toBeNull();
    expect(
      computeKrippendorffAlpha([
        [4, 4],
        [4, 4, _],
      ]),
    ).toBeNull();
  });

  it('is negative when assessors disagree systematically', () => {
    const alpha = computeKrippendorffAlpha([
      [1, 7],
      [7, 1],
    ]);
    expect(alpha).not.toBeNull();
    expect(alpha ?? 0).toBeLessThan(0);
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => computeKrippendorffAlpha([[1, Number.NaN]])).toThrow(RangeError);
  });
});

describe('describeAgreement', () => {
  it("follows Krippendorff's lines at .800 and .667", () => {
    expect(describeAgreement(null)).toBe('unknown');
    expect(describeAgreement(1)).toBe('high');
    expect(describeAgreement(0.8)).toBe('high');
    expect(describeAgreement(0.7999)).toBe('tentative');
    expect(describeAgreement(0.667)).toBe('tentative');
    expect(describeAgreement(0.6669)).toBe('low');
    expect(describeAgreement(-0.5)).toBe('low');
  });
});

// ---- Properties ----------------------------------------------------------------------------

const METRICS: AlphaMetric[] = ['nominal', 'ordinal', 'interval'];
const score = fc.integer({ min: 1, max: 7 });
const maybeScore = fc.option(score, { nil: null, freq: 4 });

/** A units × coders matrix on the 1–7 scale with missing values. */
const reliabilityData = fc.integer({ min: 1, max: 5 }).chain((coders) =>
  fc.array(fc.array(maybeScore, { minLength: coders, maxLength: coders }), {
    minLength: 0,
    maxLength: 12,
  }),
);

function permutationOf(length: number) {
  const indexes = Array.from({ length }, (_unused, i) => i);
  return fc.shuffledSubarray(indexes, { minLength: length, maxLength: length });
}

/** The pairwise definition, independent of the coincidence matrix, as a reference. */
function referenceAlpha(data: ReliabilityData, metric: AlphaMetric): number | null {
  const units = data
    .map((row) => row.filter((v): v is number => v !== null))
    .filter((row) => row.length >= 2);
  const all = units.flat();
  const count = (v: number) => all.filter((w) => w === v).length;
  const delta = (c: number, k: number): number => {
    if (metric === 'nominal') return c === k ? 0 : 1;
    if (metric === 'interval') return (c - k) ** 2;
    const [low, high] = c <= k ? [c, k] : [k, c];
    const between = all.filter((g) => g >= low && g <= high).length;
    return (between - (count(c) + count(k)) / 2) ** 2;
  };
  let within = 0;
  for (const row of units) {
    row.forEach((c, i) =>
      row.forEach((k, j) => (within += i === j ? 0 : delta(c, k) / (row.length - 1))),
    );
  }
  let across = 0;
  all.forEach((c, i) => all.forEach((k, j) => (across += i === j ? 0 : delta(c, k))));
  if (all.length < 2 || across === 0) return null;
  return 1 - ((all.length - 1) * within) / across;
}

describe('computeKrippendorffAlpha, properties', () => {
  it('agrees with the pairwise definition', () => {
    fc.assert(
      fc.property(reliabilityData, fc.constantFrom(...METRICS), (data, metric) => {
        const alpha = computeKrippendorffAlpha(data, metric);
        const reference = referenceAlpha(data, metric);
        if (reference === null) expect(alpha).toBeNull();
        else expect(alpha).toBeCloseTo(reference, 9);
      }),
    );
  });

  it('perfect agreement gives 1 whenever alpha is defined', () => {
    const agreeingUnit = fc
      .tuple(score, fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 2 }))
      .map(([value, given, missing]) => [
        ...Array.from({ length: given }, () => value),
        ...Array.from({ length: missing }, () => null),
      ]);
    const data = fc
      .array(agreeingUnit, { minLength: 2, maxLength: 10 })
      .filter((units) => new Set(units.map((unit) => unit[0])).size >= 2);
    fc.assert(
      fc.property(data, fc.constantFrom(...METRICS), (units, metric) => {
        expect(computeKrippendorffAlpha(units, metric)).toBe(1);
      }),
    );
  });

  it('is never above 1', () => {
    fc.assert(
      fc.property(reliabilityData, fc.constantFrom(...METRICS), (data, metric) => {
        const alpha = computeKrippendorffAlpha(data, metric);
        if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('does not depend on the order of coders or units', () => {
    const withPermutations = reliabilityData.chain((data) =>
      fc.tuple(fc.constant(data), permutationOf(data.length), permutationOf(data[0]?.length ?? 0)),
    );
    fc.assert(
      fc.property(
        withPermutations,
        fc.constantFrom(...METRICS),
        ([data, units, coders], metric) => {
          const permuted = units.map((u) => coders.map((c) => data[u]?.[c] ?? null));
          const alpha = computeKrippendorffAlpha(data, metric);
          const again = computeKrippendorffAlpha(permuted, metric);
          if (alpha === null) expect(again).toBeNull();
          else expect(again).toBeCloseTo(alpha, 12);
        },
      ),
    );
  });
});
