/**
 * How far assessors agree beyond chance: Krippendorff's alpha, computed from the coincidence matrix
 * as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability". Units are cases, coders
 * are assessors; a coder may leave a unit out. alpha = 1 − Do/De, where Do is the disagreement
 * observed within units and De the disagreement expected by chance over all pairable values.
 */

/** How far apart two values are: nominal (same or not), ordinal (by rank) or interval (by size). */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval';

/** One row per unit (a case), one entry per coder (an assessor); null where a coder gave no value. */
export type ReliabilityData = readonly (readonly (number | null)[])[];

export interface Coincidences {
  /** The distinct pairable values, ascending. */
  values: number[];
  /** o[c][k]: how often value c was paired with value k within a unit, indexed like `values`. */
  matrix: number[][];
  /** n_c: the row sums of the matrix, how often each value occurs among pairable values. */
  marginals: number[];
  /** n: the number of pairable values. */
  total: number;
}

/**
 * The coincidence matrix: each unit with m ≥ 2 values adds, for every ordered pair of values from
 * different coders, 1/(m − 1) to o[c][k]. Units with fewer than two values cannot be paired and
 * are left out.
 */
export function buildCoincidences(data: ReliabilityData): Coincidences {
  const units: Map<number, number>[] = [];
  const seen = new Set<number>();
  for (const row of data) {
    const counts = new Map<number, number>();
    let m = 0;
    for (const value of row) {
      if (value === null) continue;
      if (!Number.isFinite(value)) throw new RangeError(`not a finite value: ${String(value)}`);
      counts.set(value, (counts.get(value) ?? 0) + 1);
      m += 1;
    }
    if (m < 2) continue;
    units.push(counts);
    for (const value of counts.keys()) seen.add(value);
  }

  const values = [...seen].sort((a, b) => a - b);
  const index = new Map(values.map((value, i) => [value, i]));
  const matrix = values.map(() => values.map(() => 0));
  for (const counts of units) {
    const cells = [...counts].map(([value, count]) => ({ at: index.get(value) ?? 0, count }));
    const m = cells.reduce((sum, cell) => sum + cell.count, 0);
    for (const c of cells) {
      const row = matrix[c.at] ?? [];
      for (const k of cells) {
        // A value is never paired with itself: m_c·(m_c − 1) ordered pairs on the diagonal.
        const pairs = c === k ? c.count * (c.count - 1) : c.count * k.count;
        row[k.at] = (row[k.at] ?? 0) + pairs / (m - 1);
      }
    }
  }
  const marginals = matrix.map((row) => row.reduce((sum, o) => sum + o, 0));
  const total = marginals.reduce((sum, n) => sum + n, 0);
  return { values, matrix, marginals, total };
}

/**
 * δ²(c, k) for the values of a coincidence matrix. Ordinal distances depend on the marginals:
 * δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², so two values are far apart when many values lie
 * between them, not when their numbers differ much.
 */
function distances(metric: AlphaMetric, values: number[], marginals: number[]): number[][] {
  return values.map((c, i) =>
    values.map((k, j) => {
      if (metric === 'nominal') return c === k ? 0 : 1;
      if (metric === 'interval') return (c - k) ** 2;
      const [low, high] = i <= j ? [i, j] : [j, i];
      let between = 0;
      for (let g = low; g <= high; g++) between += marginals[g] ?? 0;
      return (between - ((marginals[i] ?? 0) + (marginals[j] ?? 0)) / 2) ** 2;
    }),
  );
}

/**
 * Krippendorff's alpha over the reliability data: 1 is perfect agreement, 0 agreement no better
 * than chance, below 0 systematic disagreement. Null when alpha is undefined: no unit has two
 * values, or every pairable value is the same (no expected disagreement to measure against).
 */
export function computeKrippendorffAlpha(
  data: ReliabilityData,
  metric: AlphaMetric = 'ordinal',
): number | null {
  const { values, matrix, marginals, total } = buildCoincidences(data);
  if (total < 2) return null;
  const delta = distances(metric, values, marginals);
  let observed = 0;
  let expected = 0;
  values.forEach((_, c) => {
    values.forEach((__, k) => {
      const d = delta[c]?.[k] ?? 0;
      observed += (matrix[c]?.[k] ?? 0) * d;
      expected += (marginals[c] ?? 0) * (marginals[k] ?? 0) * d;
    });
  });
  if (expected === 0) return null;
  // Do/De = (Σ o·δ² / n) / (Σ n_c·n_k·δ² / (n(n − 1))).
  return 1 - ((total - 1) * observed) / expected;
}

export type AgreementLevel = 'unknown' | 'high' | 'tentative' | 'low';

// Float noise must not move an alpha of exactly .800 below the line.
const EPSILON = 1e-9;

/**
 * Krippendorff's guidance: rely on data with α ≥ .800; use .667 ≤ α < .800 only for tentative
 * conclusions; below that the agreement is too low to rely on.
 */
export function describeAgreement(alpha: number | null): AgreementLevel {
  if (alpha === null || Number.isNaN(alpha)) return 'unknown';
  if (alpha >= 0.8 - EPSILON) return 'high';
  if (alpha >= 0.667 - EPSILON) return 'tentative';
  return 'low';
}
