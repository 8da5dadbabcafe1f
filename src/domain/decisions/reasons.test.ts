import { describe, expect, it } from 'vitest';
import realCallJson from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import reasonsJson from '../../../legal/letters/reasons.json' with { type: 'json' };
import fixtureCallJson from '../../../test/fixtures/calls/etterutdanning-havbruk-2023/call.json' with { type: 'json' };
import type { CallDefinition } from '../call/call-schema.js';
import { parseCallDefinition } from '../call/parse-call-definition.js';
import type { ConsensusContent } from '../cases/assessment-content.js';
import { parseLetterTextSet, type LetterTextSet } from '../legal/letter-texts.js';
import type { Finding } from '../rules/finding.js';
import type { Outcome } from './outcome.js';
import { REASON_TEXT_KEYS, type ReasonTextKey } from './reason-texts.js';
import {
  assertReasons,
  draftReasons,
  reasonsProblems,
  ReasonsError,
  type ReasonsInput,
} from './reasons.js';

/** Amounts are grouped with no-break spaces; the expectations are written with plain ones. */
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

const realCall = parseCallDefinition(realCallJson, 'real');
const fixtureCall = parseCallDefinition(fixtureCallJson, 'fixture');
const texts = parseLetterTextSet(reasonsJson, 'reasons.json', REASON_TEXT_KEYS)
  .versions[0] as LetterTextSet<ReasonTextKey>;

function consensusFor(call: CallDefinition): ConsensusContent {
  return {
    scores: Object.fromEntries(
      call.criteria.map((c, i) => [c.id, { score: 6 - (i % 3), text: `Vurdering av ${c.id}.` }]),
    ),
    conclusion: { recommendation: 'fund_partly', text: 'Et godt prosjekt med et stort budsjett.' },
    dissent: null,
  };
}

const budgetLines = [
  {
    id: 'l1',
    category: 'travel',
    phase: 'delivery',
    description: 'Reiser til samlinger',
    amountNok: 150_000,
  },
  {
    id: 'l2',
    category: 'personnel',
    phase: 'development',
    description: 'Utvikling av emne',
    amountNok: 600_000,
  },
];
const reduced: Outcome = {
  kind: 'delvis_innvilget',
  appliedNok: 1_000_000,
  grantNok: 800_000,
  reduction: {
    reason: 'Det som var igjen av rammen.',
    cuts: [
      { lineId: 'l1', cutNok: 100_000 },
      { lineId: 'l2', cutNok: 100_000 },
    ],
  },
};

function input(
  call: CallDefinition,
  outcome: Outcome,
  over: Partial<ReasonsInput> = {},
): ReasonsInput {
  return {
    call,
    outcome,
    consensus: consensusFor(call),
    ranking: { rank: 7, count: 23, cutRank: 7, recommended: true },
    pot: { potNok: call.potNok, grantedNok: call.potNok },
    budgetLines,
    departureReason: null,
    texts,
    ...over,
  };
}

const finding: Finding = {
  ruleId: 'signedAgreementRequired',
  requirementId: 'R10',
  severity: 'error',
  path: 'attachments',
  message: {
    nb: 'Den signerte samarbeidsavtalen mangler',
    nn: 'Den signerte samarbeidsavtalen manglar',
    en: 'The signed cooperation agreement is missing',
  },
  citation: realCall.rules.signedAgreementRequired?.citation ?? { nb: '', nn: '', en: '' },
};

describe('reasons drafted from the record (R28)', () => {
  it('names the rules in the call’s own sentences, the consensus under the call’s criterion titles, the cut and the pot (nb)', () => {
    const r = draftReasons(input(realCall, reduced), 'nb');
    expect(r.rules.map((l) => l.text)).toContain(realCall.criteria[0]?.description.nb);
    expect(r.rules.map((l) => l.text)).toContain(realCall.holisticJudgement.citation.nb);
    const facts = r.facts.map((l) => plain(l.text));
    expect(facts[0]).toBe(
      'Reelt og klart definert kompetansebehov: 6 av 7 poeng. Vurdering av competence-need.',
    );
    expect(facts).toContain(
      'Helhetsvurdering: delvis tilskudd anbefales. Et godt prosjekt med et stort budsjett.',
    );
    expect(facts).toContain(
      'Det er søkt om 1 000 000 kr, og tilskuddet er satt til 800 000 kr. Grunnen til reduksjonen: Det som var igjen av rammen.',
    );
    expect(facts).toContain(
      'Budsjettlinjen «Reiser til samlinger» (Reiser) er redusert med 100 000 kr av 150 000 kr.',
    );
    expect(r.considerations.map((l) => l.source)).toEqual(['rank', 'pot', 'cut-line', 'cut-line']);
    expect(plain(r.considerations[1]?.text ?? '')).toBe(
      'Utlysningen har en ramme på 20 000 000 kr. Tilskuddene som er gitt, er til sammen 20 000 000 kr.',
    );
    expect(assertReasons(r)).toBe(r);
  });

  it('drafts in nynorsk with the call’s nynorsk titles and sentences', () => {
    const r = draftReasons(
      input(
        realCall,
        { kind: 'avslatt', appliedNok: 1_000_000 },
        {
          ranking: { rank: 12, count: 23, cutRank: 9, recommended: true },
        },
      ),
      'nn',
    );
    expect(r.facts[0]?.text).toMatch(/^Reelt og klart definert kompetansebehov: 6 av 7 poeng\./);
    expect(r.facts.at(-1)?.text).toMatch(/^Heilskapsvurdering: delvis tilskot blir tilrådd\./);
    expect(r.rules[1]?.text).toBe(realCall.criteria[1]?.description.nn);
    expect(r.considerations.map((l) => l.text)).toContain(
      'Ramma rakk til søknadene til og med nr. 9 i rangeringa, og denne søknaden er ikkje blant dei.',
    );
  });

  it('gives an avvist case its confirmed finding, the officer’s reason and the rule’s own words (nb, nn, en)', () => {
    const outcome: Outcome = {
      kind: 'avvist',
      appliedNok: 1_000_000,
      findings: [{ finding, reason: 'Avtalen er ikke signert av virksomhetene.' }],
    };
    const nb = draftReasons(input(realCall, outcome, { consensus: null, ranking: null }), 'nb');
    expect(nb.rules).toEqual([
      { source: 'rule:signedAgreementRequired', text: finding.citation.nb },
    ]);
    expect(nb.facts[0]?.text).toBe(
      'Den formelle kontrollen fant: Den signerte samarbeidsavtalen mangler. Saksbehandlerens vurdering: Avtalen er ikke signert av virksomhetene.',
    );
    const nn = draftReasons(input(realCall, outcome, { consensus: null, ranking: null }), 'nn');
    expect(nn.considerations[0]?.text).toMatch(/^Søknaden oppfyller ikkje eit formelt krav/);
    const en = draftReasons(input(realCall, outcome, { consensus: null, ranking: null }), 'en');
    expect(en.rules[0]?.text).toBe(finding.citation.en);
  });

  it('states the reserve place and a departure from the rank order', () => {
    const outcome: Outcome = {
      kind: 'reserve',
      appliedNok: 1,
      position: 2,
      validUntil: '2021-12-31',
    };
    const r = draftReasons(
      input(realCall, outcome, {
        departureReason: 'Fylkesbredde.',
        ranking: { rank: 10, count: 23, cutRank: 9, recommended: true },
      }),
      'nb',
    );
    expect(r.considerations.map((l) => l.text)).toEqual(
      expect.arrayContaining([
        'Søknaden står som nr. 2 på reservelisten.',
        'Plasseringen avviker fra rangeringen. Grunnen: Fylkesbredde.',
      ]),
    );
  });

  it('works for a second call from its data alone: its criteria and pot', () => {
    const r = draftReasons(
      input(fixtureCall, { kind: 'innvilget', appliedNok: 5, grantNok: 5 }),
      'nb',
    );
    expect(r.facts.filter((l) => l.source.startsWith('consensus:'))).toHaveLength(
      fixtureCall.criteria.length + 1,
    );
    expect(r.facts[0]?.text).toContain(fixtureCall.criteria[0]?.title.nb);
    expect(r.facts[0]?.text).toContain(`av ${fixtureCall.scale.max} poeng`);
    expect(r.rules.map((l) => l.text)).toContain(fixtureCall.allocation.citation.nb);
  });
});

describe('reasons are never empty (R28)', () => {
  const good = draftReasons(input(realCall, reduced), 'nb');

  it('refuses an empty part, naming it', () => {
    const problems = reasonsProblems({ ...good, considerations: [] });
    expect(problems).toEqual([
      {
        path: 'considerations',
        message: {
          nb: 'må nevne minst ett hovedhensyn',
          nn: 'må nemne minst eitt hovudomsyn',
          en: 'must name at least one main consideration',
        },
      },
    ]);
  });

  it('refuses a sentence of only whitespace, naming its field', () => {
    const facts = [...good.facts];
    facts[2] = { source: 'consensus:x', text: ' \n\t ' };
    expect(reasonsProblems({ ...good, facts, rules: [] }).map((p) => p.path)).toEqual([
      'rules',
      'facts[2].text',
    ]);
    expect(() => assertReasons({ ...good, facts })).toThrow(ReasonsError);
    expect(() => assertReasons({ ...good, facts })).toThrow(
      'facts[2].text: must hold text, not only spaces',
    );
  });

  it('drafts non-empty reasons for every outcome', () => {
    const outcomes: Outcome[] = [
      { kind: 'innvilget', appliedNok: 1, grantNok: 1 },
      reduced,
      { kind: 'avslatt', appliedNok: 1 },
      { kind: 'reserve', appliedNok: 1, position: 1, validUntil: '2021-12-31' },
      { kind: 'avvist', appliedNok: 1, findings: [{ finding, reason: null }] },
    ];
    for (const outcome of outcomes) {
      for (const locale of ['nb', 'nn', 'en'] as const) {
        expect(reasonsProblems(draftReasons(input(realCall, outcome), locale))).toEqual([]);
      }
    }
  });
});
