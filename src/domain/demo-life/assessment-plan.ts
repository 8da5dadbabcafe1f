/**
 * How the synthetic panel judges one case: a quality per case, scores per assessor and criterion
 * on the call's scale around it, now and then a disagreement at or over the call's threshold,
 * and the consensus the officer would record. Pure: the same seed gives the same panel.
 */
import type { CallDefinition } from '../call/call-schema.js';
import type { Recommendation } from '../cases/assessment-content.js';
import type { Prng } from './prng.js';

export interface PlannedAssessment {
  scores: Record<string, { score: number; justification: string }>;
  holistic: { recommendation: Recommendation; reasons: string };
}

export interface PlannedConsensus {
  scores: Record<string, { score: number; text: string }>;
  conclusion: { recommendation: Recommendation; text: string };
  dissent: string | null;
}

export interface AssessmentPlan {
  /** 0 (weak) to 1 (excellent). */
  quality: number;
  /** One per assessor slot (`assessorsPerCase`). */
  assessments: PlannedAssessment[];
  /** Some criterion's scores differ by the call's disagreement threshold or more. */
  disagreement: boolean;
  consensus: PlannedConsensus;
}

type PanelCall = Pick<
  CallDefinition,
  'criteria' | 'scale' | 'assessorsPerCase' | 'disagreementThreshold'
>;

const JUSTIFY: readonly [number, string][] = [
  [0.75, 'Søknaden svarer svært godt på kriteriet, med konkrete og godt underbygde opplysninger'],
  [0.5, 'Søknaden svarer godt på kriteriet, men enkelte forhold kunne vært bedre underbygd'],
  [0.25, 'Søknaden svarer delvis på kriteriet; beskrivelsen er generell'],
  [-1, 'Søknaden svarer svakt på kriteriet og mangler konkrete opplysninger'],
];

function band(call: PanelCall, score: number): string {
  const share = (score - call.scale.min) / Math.max(1, call.scale.max - call.scale.min);
  return JUSTIFY.find(([from]) => share >= from)?.[1] ?? '';
}

function recommendationOf(call: PanelCall, mean: number): Recommendation {
  const share = (mean - call.scale.min) / Math.max(1, call.scale.max - call.scale.min);
  if (share >= 0.62) return 'fund';
  if (share >= 0.42) return 'fund_partly';
  return 'do_not_fund';
}

const REASONS: Record<Recommendation, string> = {
  fund: 'Helhetlig vurdert er prosjektet godt forankret, svarer på et tydelig behov i klyngen og bør få tilskudd.',
  fund_partly:
    'Helhetlig vurdert har prosjektet klare styrker, men omfanget eller budsjettet bør reduseres.',
  do_not_fund:
    'Helhetlig vurdert er behovet og gjennomføringen for svakt beskrevet til at prosjektet bør prioriteres.',
};

function clampScore(call: PanelCall, value: number): number {
  return Math.min(call.scale.max, Math.max(call.scale.min, Math.round(value)));
}

export function planAssessment(rng: Prng, call: PanelCall, disagree: boolean): AssessmentPlan {
  const { min, max } = call.scale;
  // Most applications are middling to good; a few are weak, a few excellent.
  const quality = Math.min(
    1,
    Math.max(0, 0.55 + (rng.next() + rng.next() + rng.next() - 1.5) * 0.32),
  );
  const base = min + quality * (max - min);
  const split = disagree && call.assessorsPerCase >= 2 ? rng.pick(call.criteria).id : null;
  const assessments: PlannedAssessment[] = [];
  for (let a = 0; a < call.assessorsPerCase; a += 1) {
    const leaning = (rng.next() - 0.5) * 1.2;
    const scores: PlannedAssessment['scores'] = {};
    for (const criterion of call.criteria) {
      let score = clampScore(call, base + leaning + (rng.next() - 0.5) * 1.6);
      if (criterion.id === split && a < 2) {
        // Two assessors read this criterion far apart: at or over the call's threshold.
        const gap = Math.min(max - min, call.disagreementThreshold + rng.int(0, 1));
        const low = clampScore(call, Math.min(base - gap / 2, max - gap));
        score = a === 0 ? Math.max(min, low) : Math.min(max, Math.max(min, low) + gap);
      }
      scores[criterion.id] = {
        score,
        justification: `${band(call, score)} (${criterion.title.nb.toLowerCase()}).`,
      };
    }
    const mean =
      Object.values(scores).reduce((s, e) => s + e.score, 0) / Math.max(1, call.criteria.length);
    const recommendation = recommendationOf(call, mean);
    assessments.push({ scores, holistic: { recommendation, reasons: REASONS[recommendation] } });
  }
  const consensusScores: PlannedConsensus['scores'] = {};
  for (const criterion of call.criteria) {
    const given = assessments.map((x) => x.scores[criterion.id]?.score ?? min);
    const score = clampScore(call, given.reduce((s, v) => s + v, 0) / given.length);
    consensusScores[criterion.id] = {
      score,
      text: `Panelet er enig om at ${band(call, score).charAt(0).toLowerCase()}${band(call, score).slice(1)}.`,
    };
  }
  const mean =
    Object.values(consensusScores).reduce((s, e) => s + e.score, 0) /
    Math.max(1, call.criteria.length);
  const recommendation = recommendationOf(call, mean);
  const disagreement = call.criteria.some((criterion) => {
    const given = assessments.map((x) => x.scores[criterion.id]?.score ?? min);
    return Math.max(...given) - Math.min(...given) >= call.disagreementThreshold;
  });
  return {
    quality,
    assessments,
    disagreement,
    consensus: {
      scores: consensusScores,
      conclusion: { recommendation, text: REASONS[recommendation] },
      dissent: disagreement
        ? 'Fageksperten som ga lavest poengsum på ett kriterium, mener fortsatt at dokumentasjonen er for svak der.'
        : null,
    },
  };
}
