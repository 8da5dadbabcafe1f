/**
 * Reasons drafted from the record (R28), in the shape the law asks of them (forvaltningsloven,
 * provisions `duty-to-give-reasons` and `content-of-reasons` in legal/): the rules applied in the
 * call's own sentences, the facts (the consensus per criterion under the call's criterion titles,
 * the holistic conclusion, a reduction's cut lines and reason, a confirmed formal finding), and
 * the main considerations (rank, the pot, the cut line). The officer edits the draft; what is
 * stored is what the letter prints, and it is never empty.
 */
import type { CallDefinition, Localized } from '../call/call-schema.js';
import type { AllocationBudgetLine } from '../allocation/model.js';
import type { ConsensusContent, Recommendation } from '../cases/assessment-content.js';
import { letterText, type LetterTextSet } from '../legal/letter-texts.js';
import { formatNok, formatNumber } from '../rules/format.js';
import type { Locale } from '../time/oslo.js';
import type { Outcome } from './outcome.js';
import type { ReasonTextKey } from './reason-texts.js';

/** One sentence of the reasons and where in the record it comes from (`criterion:<id>`, …). */
export interface ReasonLine {
  source: string;
  text: string;
}

export interface DecisionReasons {
  locale: Locale;
  rules: ReasonLine[];
  facts: ReasonLine[];
  considerations: ReasonLine[];
}

/** Where the case stood in the call's rank order; null for a case that was never ranked. */
export interface RankingFacts {
  rank: number;
  count: number;
  /** The last rank the pot reached in rank order; null when it reached none. */
  cutRank: number | null;
  recommended: boolean;
}

export interface ReasonsInput {
  call: Pick<
    CallDefinition,
    'criteria' | 'scale' | 'holisticJudgement' | 'allocation' | 'costCategories'
  >;
  outcome: Outcome;
  /** The recorded consensus; null for a case rejected before assessment. */
  consensus: ConsensusContent | null;
  ranking: RankingFacts | null;
  pot: { potNok: number; grantedNok: number };
  budgetLines: readonly AllocationBudgetLine[];
  departureReason: string | null;
  texts: LetterTextSet<ReasonTextKey>;
}

export function draftReasons(input: ReasonsInput, locale: Locale): DecisionReasons {
  const t = (key: ReasonTextKey, values?: Record<string, string>) =>
    letterText(input.texts, key, locale, values);
  const nok = (n: number) => formatNok(n, locale);
  const { call, outcome } = input;

  if (outcome.kind === 'avvist') {
    return {
      locale,
      rules: outcome.findings.map(({ finding }) => ({
        source: `rule:${finding.ruleId}`,
        text: finding.citation[locale],
      })),
      facts: outcome.findings.map(({ finding, reason }) => ({
        source: `formal:${finding.ruleId}`,
        text:
          reason && reason.trim() !== ''
            ? t('fact-formal-reason', { message: sentence(finding.message[locale]), reason })
            : t('fact-formal', { message: sentence(finding.message[locale]) }),
      })),
      considerations: [{ source: 'formal-check', text: t('consideration-avvist') }],
    };
  }

  const rules: ReasonLine[] = [
    ...call.criteria.map((c) => ({ source: `criterion:${c.id}`, text: c.description[locale] })),
    { source: 'holisticJudgement', text: call.holisticJudgement.citation[locale] },
    { source: 'allocation', text: call.allocation.citation[locale] },
  ];

  const facts: ReasonLine[] = [];
  if (input.consensus) {
    const consensus = input.consensus;
    for (const criterion of call.criteria) {
      const score = consensus.scores[criterion.id];
      if (!score) continue;
      facts.push({
        source: `consensus:${criterion.id}`,
        text: t('fact-criterion', {
          criterion: criterion.title[locale],
          score: formatNumber(score.score, locale),
          max: formatNumber(call.scale.max, locale),
          text: score.text.trim(),
        }),
      });
    }
    facts.push({
      source: 'consensus:conclusion',
      text: t('fact-holistic', {
        recommendation: t(RECOMMENDATION_KEY[consensus.conclusion.recommendation]),
        text: consensus.conclusion.text.trim(),
      }),
    });
  }
  if (outcome.kind === 'delvis_innvilget') {
    const { reduction } = outcome;
    facts.push({
      source: 'reduction',
      text: t('fact-reduction', {
        applied: nok(outcome.appliedNok),
        grant: nok(outcome.grantNok),
        reason: reduction.reason.trim(),
      }),
    });
    for (const cut of reduction.cuts) {
      const line = input.budgetLines.find((l) => l.id === cut.lineId);
      if (!line) throw new Error(`The reduction cuts budget line ${cut.lineId}, not in the case`);
      facts.push({
        source: `cut:${cut.lineId}`,
        text: t('fact-cut-line', {
          line: line.description,
          category: categoryLabel(call, line.category, locale),
          cut: nok(cut.cutNok),
          amount: nok(line.amountNok),
        }),
      });
    }
  }

  return { locale, rules, facts, considerations: considerationsOf(input, t, nok) };
}

function considerationsOf(
  input: ReasonsInput,
  t: (key: ReasonTextKey, values?: Record<string, string>) => string,
  nok: (n: number) => string,
): ReasonLine[] {
  const { outcome, ranking } = input;
  const lines: ReasonLine[] = [];
  if (ranking) {
    lines.push({
      source: 'rank',
      text: t('consideration-rank', { rank: String(ranking.rank), count: String(ranking.count) }),
    });
  }
  if (ranking && !ranking.recommended) {
    lines.push({ source: 'recommendation', text: t('consideration-not-recommended') });
  }
  lines.push({
    source: 'pot',
    text: t('consideration-pot', {
      pot: nok(input.pot.potNok),
      granted: nok(input.pot.grantedNok),
    }),
  });
  if (ranking && ranking.cutRank !== null && ranking.recommended) {
    const inside = ranking.rank <= ranking.cutRank;
    const cutRank = String(ranking.cutRank);
    lines.push({
      source: 'cut-line',
      text: t(inside ? 'consideration-cut-inside' : 'consideration-cut-outside', { cutRank }),
    });
    if (outcome.kind === 'delvis_innvilget' && ranking.rank === ranking.cutRank) {
      lines.push({ source: 'cut-line', text: t('consideration-cut-reduced') });
    }
  }
  if (outcome.kind === 'reserve') {
    lines.push({
      source: 'reserve',
      text: t('consideration-reserve', { position: String(outcome.position) }),
    });
  }
  if (input.departureReason && input.departureReason.trim() !== '') {
    lines.push({
      source: 'departure',
      text: t('consideration-departure', { reason: input.departureReason.trim() }),
    });
  }
  return lines;
}

function categoryLabel(
  call: Pick<CallDefinition, 'costCategories'>,
  id: string | null,
  locale: Locale,
): string {
  const category = call.costCategories.find((c) => c.id === id);
  return category ? category.label[locale] : (id ?? '–');
}

/** A finding's message ends with a full stop in a letter. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const RECOMMENDATION_KEY: Record<Recommendation, ReasonTextKey> = {
  fund: 'recommendation-fund',
  fund_partly: 'recommendation-fund-partly',
  do_not_fund: 'recommendation-do-not-fund',
};

export interface ReasonsProblem {
  /** The field at fault: `rules`, `facts[2].text`, … */
  path: string;
  message: Localized;
}

const PARTS = ['rules', 'facts', 'considerations'] as const;

/** Reasons are never empty: each part holds a sentence, and no sentence is blank. */
export function reasonsProblems(reasons: DecisionReasons): ReasonsProblem[] {
  const problems: ReasonsProblem[] = [];
  for (const part of PARTS) {
    const lines = reasons[part];
    if (lines.length === 0) {
      problems.push({ path: part, message: EMPTY_PART[part] });
      continue;
    }
    lines.forEach((line, index) => {
      if (!/\S/.test(line.text)) {
        problems.push({ path: `${part}[${index}].text`, message: BLANK_LINE });
      }
    });
  }
  return problems;
}

export class ReasonsError extends Error {
  override readonly name = 'ReasonsError';
  readonly problems: readonly ReasonsProblem[];

  constructor(problems: readonly ReasonsProblem[]) {
    super(
      `Reasons are incomplete: ${problems.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`,
    );
    this.problems = problems;
  }
}

export function assertReasons(reasons: DecisionReasons): DecisionReasons {
  const problems = reasonsProblems(reasons);
  if (problems.length > 0) throw new ReasonsError(problems);
  return reasons;
}

const BLANK_LINE: Localized = {
  nb: 'må inneholde tekst, ikke bare mellomrom',
  nn: 'må innehalde tekst, ikkje berre mellomrom',
  en: 'must hold text, not only spaces',
};

const EMPTY_PART: Record<(typeof PARTS)[number], Localized> = {
  rules: {
    nb: 'må nevne minst én regel vedtaket bygger på',
    nn: 'må nemne minst éin regel vedtaket byggjer på',
    en: 'must name at least one rule the decision rests on',
  },
  facts: {
    nb: 'må nevne minst ett faktisk forhold vedtaket bygger på',
    nn: 'må nemne minst eitt faktisk forhold vedtaket byggjer på',
    en: 'must name at least one fact the decision rests on',
  },
  considerations: {
    nb: 'må nevne minst ett hovedhensyn',
    nn: 'må nemne minst eitt hovudomsyn',
    en: 'must name at least one main consideration',
  },
};
