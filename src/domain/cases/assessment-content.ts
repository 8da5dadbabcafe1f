/**
 * An assessment (R24–R25): for each criterion of the call a score on the call's scale and a
 * justification, then a holistic judgement with reasons. A draft may be partial; a submitted
 * assessment must be whole. The same checks apply to the officer's consensus.
 */
import type { CallDefinition, Localized } from '../call/call-schema.js';

export const recommendations = ['fund', 'fund_partly', 'do_not_fund'] as const;
export type Recommendation = (typeof recommendations)[number];

export interface AssessmentContent {
  scores: Record<string, { score: number | null; justification: string }>;
  holistic: { recommendation: Recommendation | null; reasons: string };
}

export interface ConsensusContent {
  scores: Record<string, { score: number; text: string }>;
  conclusion: { recommendation: Recommendation; text: string };
  dissent: string | null;
}

export interface ContentProblem {
  path: string;
  message: Localized;
}

type AssessmentCall = Pick<CallDefinition, 'criteria' | 'scale'>;

const unknownCriterion: Localized = {
  nb: 'er ikke et kriterium i utlysningen',
  nn: 'er ikkje eit kriterium i utlysinga',
  en: 'is not a criterion of the call',
};

function offScale(call: AssessmentCall): Localized {
  const { min, max } = call.scale;
  return {
    nb: `må være et helt tall fra ${min} til ${max}`,
    nn: `må vere eit heilt tal frå ${min} til ${max}`,
    en: `must be a whole number from ${min} to ${max}`,
  };
}

const required: Localized = { nb: 'må fylles ut', nn: 'må fyllast ut', en: 'is required' };
const chooseScore: Localized = {
  nb: 'velg en poengsum',
  nn: 'vel ein poengsum',
  en: 'choose a score',
};
const chooseRecommendation: Localized = {
  nb: 'velg en innstilling',
  nn: 'vel ei innstilling',
  en: 'choose a recommendation',
};

function onScale(call: AssessmentCall, score: number): boolean {
  return Number.isInteger(score) && score >= call.scale.min && score <= call.scale.max;
}

/** Problems that make even a draft unstorable: unknown criteria and scores off the scale. */
export function draftProblems(
  call: AssessmentCall,
  scores: Record<string, { score: number | null }>,
): ContentProblem[] {
  const known = new Set(call.criteria.map((c) => c.id));
  const problems: ContentProblem[] = [];
  for (const [criterionId, entry] of Object.entries(scores)) {
    if (!known.has(criterionId)) {
      problems.push({ path: `scores.${criterionId}`, message: unknownCriterion });
    } else if (entry.score !== null && !onScale(call, entry.score)) {
      problems.push({ path: `scores.${criterionId}.score`, message: offScale(call) });
    }
  }
  return problems;
}

/** Everything a submitted assessment lacks: a score and a justification per criterion, and more. */
export function submissionProblems(
  call: AssessmentCall,
  content: AssessmentContent,
): ContentProblem[] {
  const problems = draftProblems(call, content.scores);
  for (const criterion of call.criteria) {
    const entry = content.scores[criterion.id];
    if (entry?.score === null || entry?.score === undefined) {
      problems.push({ path: `scores.${criterion.id}.score`, message: chooseScore });
    }
    if (!entry || entry.justification.trim() === '') {
      problems.push({ path: `scores.${criterion.id}.justification`, message: required });
    }
  }
  if (content.holistic.recommendation === null) {
    problems.push({ path: 'holistic.recommendation', message: chooseRecommendation });
  }
  if (content.holistic.reasons.trim() === '') {
    problems.push({ path: 'holistic.reasons', message: required });
  }
  return problems;
}

export function consensusProblems(
  call: AssessmentCall,
  content: ConsensusContent,
): ContentProblem[] {
  const problems = draftProblems(call, content.scores);
  for (const criterion of call.criteria) {
    const entry = content.scores[criterion.id];
    if (!entry) problems.push({ path: `scores.${criterion.id}.score`, message: chooseScore });
    else if (entry.text.trim() === '') {
      problems.push({ path: `scores.${criterion.id}.text`, message: required });
    }
  }
  if (content.conclusion.text.trim() === '') {
    problems.push({ path: 'conclusion.text', message: required });
  }
  return problems;
}

/** Mean of the given scores over every criterion, or null when none is given. */
export function meanOf(scores: readonly (number | null)[]): number | null {
  const given = scores.filter((s): s is number => s !== null);
  if (given.length === 0) return null;
  return given.reduce((a, b) => a + b, 0) / given.length;
}
