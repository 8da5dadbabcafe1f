/**
 * The panel's view of a call's assessments: per criterion the spread of scores and how far the
 * assessors agree (Krippendorff's alpha, ordinal), and which cases show a disagreement. Scores
 * support the holistic judgement, they do not replace it (R25); these figures say how far the
 * scores themselves can be trusted.
 */
import { computeKrippendorffAlpha } from './agreement.js';

/** The scores of one submitted assessment, keyed by criterion id; null where none was given. */
export type CriterionScores = Readonly<Record<string, number | null>>;

export interface SubmittedScores {
  caseId: string;
  assessorUserId: string;
  scores: CriterionScores;
}

/** The parts of a call definition the panel needs. */
export interface PanelCall {
  id: string;
  criteria: readonly { id: string }[];
  scale: { min: number; max: number };
  disagreementThreshold: number;
}

export interface PanelCriterionSummary {
  criterionId: string;
  /** Scores per value of the scale, from min to max, over submitted assessments. */
  distribution: { score: number; count: number }[];
  mean: number | null;
  /** Sample standard deviation (n − 1); null below two scores. */
  standardDeviation: number | null;
  /** Krippendorff's alpha (ordinal) over cases with at least two scores. */
  alpha: number | null;
  /** Cases that contributed to alpha (two or more scores). */
  cases: number;
}

export interface PanelSummary {
  callId: string;
  criteria: PanelCriterionSummary[];
  /** Alpha over all criteria pooled: one unit per case and criterion. */
  overallAlpha: number | null;
  /** Cases where two assessors' scores on some criterion differ by at least the threshold. */
  disagreementCases: number;
}

/**
 * True when, on any criterion, two assessors' scores differ by at least `threshold`. Criteria
 * missing from an assessment, or scored null, take no part.
 */
export function disagreementOf(
  scoresPerAssessor: readonly CriterionScores[],
  threshold: number,
): boolean {
  const criterionIds = new Set(scoresPerAssessor.flatMap((scores) => Object.keys(scores)));
  for (const criterionId of criterionIds) {
    const given = scoresOn(scoresPerAssessor, criterionId);
    if (given.length >= 2 && Math.max(...given) - Math.min(...given) >= threshold) return true;
  }
  return false;
}

/** The panel over all submitted assessments of a call. */
export function summarizePanel(
  call: PanelCall,
  assessments: readonly SubmittedScores[],
): PanelSummary {
  const byCase = groupByCase(assessments);
  checkScores(call, assessments);

  const criteria = call.criteria.map(({ id }) => {
    const units = [...byCase.values()].map((perAssessor) => scoresOn(perAssessor, id));
    return summarizeCriterion(call.scale, id, units);
  });

  const pooledUnits = call.criteria.flatMap(({ id }) =>
    [...byCase.values()].map((perAssessor) => scoresOn(perAssessor, id)),
  );
  const criterionIds = call.criteria.map(({ id }) => id);
  const disagreementCases = [...byCase.values()].filter((perAssessor) =>
    disagreementOf(
      perAssessor.map((scores) => pick(scores, criterionIds)),
      call.disagreementThreshold,
    ),
  ).length;

  return {
    callId: call.id,
    criteria,
    overallAlpha: computeKrippendorffAlpha(pooledUnits, 'ordinal'),
    disagreementCases,
  };
}

function summarizeCriterion(
  scale: PanelCall['scale'],
  criterionId: string,
  units: number[][],
): PanelCriterionSummary {
  const all = units.flat();
  const distribution: { score: number; count: number }[] = [];
  for (let score = scale.min; score <= scale.max; score++) {
    distribution.push({ score, count: all.filter((s) => s === score).length });
  }
  const mean = all.length === 0 ? null : all.reduce((sum, s) => sum + s, 0) / all.length;
  const standardDeviation =
    mean === null || all.length < 2
      ? null
      : Math.sqrt(all.reduce((sum, s) => sum + (s - mean) ** 2, 0) / (all.length - 1));
  return {
    criterionId,
    distribution,
    mean,
    standardDeviation,
    alpha: computeKrippendorffAlpha(units, 'ordinal'),
    cases: units.filter((unit) => unit.length >= 2).length,
  };
}

/** The score records of each case's assessors; one submitted assessment per assessor and case. */
function groupByCase(assessments: readonly SubmittedScores[]): Map<string, CriterionScores[]> {
  const byCase = new Map<string, CriterionScores[]>();
  const seen = new Set<string>();
  for (const { caseId, assessorUserId, scores } of assessments) {
    const key = JSON.stringify([caseId, assessorUserId]);
    if (seen.has(key)) {
      throw new Error(`two submitted assessments by ${assessorUserId} on case ${caseId}`);
    }
    seen.add(key);
    const list = byCase.get(caseId) ?? [];
    list.push(scores);
    byCase.set(caseId, list);
  }
  return byCase;
}

// A score off the scale would skew every figure here without a trace; it is a bug upstream.
function checkScores(call: PanelCall, assessments: readonly SubmittedScores[]): void {
  for (const { caseId, assessorUserId, scores } of assessments) {
    for (const { id } of call.criteria) {
      const score = scores[id];
      if (score === null || score === undefined) continue;
      if (!Number.isInteger(score) || score < call.scale.min || score > call.scale.max) {
        throw new RangeError(
          `score ${String(score)} on ${id} by ${assessorUserId} on case ${caseId} is off the scale ` +
            `${String(call.scale.min)}–${String(call.scale.max)}`,
        );
      }
    }
  }
}

function scoresOn(scoresPerAssessor: readonly CriterionScores[], criterionId: string): number[] {
  return scoresPerAssessor
    .map((scores) => (Object.hasOwn(scores, criterionId) ? scores[criterionId] : null))
    .filter((score): score is number => typeof score === 'number');
}

function pick(scores: CriterionScores, criterionIds: readonly string[]): CriterionScores {
  return Object.fromEntries(
    criterionIds.filter((id) => Object.hasOwn(scores, id)).map((id) => [id, scores[id] ?? null]),
  );
}
