/**
 * A decision letter (R28, R29) as a document model: the header, the outcome, the reasons as
 * stored, the grant's terms when money is granted, the party's rights by legal track, and whom
 * to contact. Made from data only, so the same decision always gives the same letter.
 */
import { assertReasons, type ReasonLine } from '../../domain/decisions/reasons.js';
import type { LegalTrack } from '../../domain/decisions/legal-track.js';
import type { Outcome } from '../../domain/decisions/outcome.js';
import { formatOsloDate } from '../../domain/time/oslo.js';
import type { PdfBlock, PdfDocumentModel } from '../pdf/pdf-model.js';
import { grantSection } from './grant-section.js';
import {
  capitalise,
  letterContextOf,
  type DecisionLetterInput,
  type LetterContext,
} from './letter-context.js';
import type { LetterTextKey } from './letter-text-keys.js';
import { rightsSection } from './rights-section.js';

const TITLE: Record<Outcome['kind'], Record<LegalTrack, LetterTextKey>> = {
  innvilget: {
    enkeltvedtak: 'title-innvilget-enkeltvedtak',
    tilskuddsbrev: 'title-innvilget-tilskuddsbrev',
  },
  delvis_innvilget: {
    enkeltvedtak: 'title-delvis-innvilget-enkeltvedtak',
    tilskuddsbrev: 'title-delvis-innvilget-tilskuddsbrev',
  },
  avslatt: {
    enkeltvedtak: 'title-avslatt-enkeltvedtak',
    tilskuddsbrev: 'title-avslatt-tilskuddsbrev',
  },
  avvist: {
    enkeltvedtak: 'title-avvist-enkeltvedtak',
    tilskuddsbrev: 'title-avvist-tilskuddsbrev',
  },
  reserve: {
    enkeltvedtak: 'title-reserve-enkeltvedtak',
    tilskuddsbrev: 'title-reserve-tilskuddsbrev',
  },
};

const BCP47 = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

export function buildDecisionLetterModel(input: DecisionLetterInput): PdfDocumentModel {
  if (input.reasons.locale !== input.language) {
    throw new Error(
      `${input.caseNumber}: the reasons are in ${input.reasons.locale}, the letter in ${input.language}`,
    );
  }
  assertReasons(input.reasons);
  const c = letterContextOf(input);
  const title = c.t(TITLE[input.outcome.kind][input.track]);
  const blocks: PdfBlock[] = [
    // Standing alone, not in a sentence: "the Norwegian Directorate …" starts with a capital.
    { type: 'paragraph', text: capitalise(c.decidingBody), tone: 'muted' },
    {
      type: 'key-values',
      rows: [
        { label: c.t('label-to'), value: `${input.institution.name} (${input.institution.orgnr})` },
        { label: c.t('label-reference'), value: input.caseNumber },
        { label: c.t('label-date'), value: formatOsloDate(input.issuedAt, c.lang) },
        { label: c.t('label-call'), value: input.call.title[c.lang] },
      ],
    },
    { type: 'heading', level: 1, text: title },
  ];
  if (c.lang === 'en') blocks.push({ type: 'paragraph', text: c.t('courtesy'), tone: 'muted' });
  blocks.push(...outcomeBlocks(c), ...reasonsBlocks(c));
  const outcome = input.outcome;
  if (outcome.kind === 'innvilget' || outcome.kind === 'delvis_innvilget') {
    blocks.push(...grantSection(c, outcome.grantNok));
  }
  blocks.push(...rightsSection(c), ...contactBlocks(c));

  return {
    language: BCP47[c.lang],
    title: `${title} – ${input.caseNumber}`,
    author: capitalise(c.decidingBody),
    subject: input.call.title[c.lang],
    keywords: `${input.caseNumber} ${input.outcome.kind} ${input.track}`,
    createdAt: input.issuedAt,
    footer: c.t('footer', {
      title,
      caseNumber: input.caseNumber,
      institution: input.institution.name,
    }),
    pageLabel: (page, pages) => c.t('page-label', { page: String(page), pages: String(pages) }),
    blocks,
  };
}

function outcomeBlocks(c: LetterContext): PdfBlock[] {
  const { input } = c;
  const { outcome } = input;
  const values = {
    decidingBody: c.decidingBody,
    institution: input.institution.name,
    project: input.projectTitle,
    applied: c.nok(outcome.appliedNok),
  };
  const blocks: PdfBlock[] = [];
  const lead = (key: LetterTextKey, more: Record<string, string> = {}) =>
    blocks.push({ type: 'paragraph', text: c.t(key, { ...values, ...more }) });
  switch (outcome.kind) {
    case 'innvilget':
    case 'delvis_innvilget': {
      const key = outcome.kind === 'innvilget' ? 'lead-innvilget' : 'lead-delvis-innvilget';
      lead(key, { grant: c.nok(outcome.grantNok) });
      blocks.push({
        type: 'key-values',
        rows: [
          { label: c.t('label-project'), value: input.projectTitle },
          { label: c.t('label-grant'), value: c.nok(outcome.grantNok) },
          { label: c.t('label-applied'), value: c.nok(outcome.appliedNok) },
          {
            label: c.t('label-period'),
            value: `${c.date(input.projectPeriod.start)} – ${c.date(input.projectPeriod.end)}`,
          },
        ],
      });
      break;
    }
    case 'avslatt':
      lead('lead-avslatt');
      break;
    case 'avvist':
      lead('lead-avvist');
      break;
    case 'reserve':
      lead('lead-reserve', { position: String(outcome.position) });
      lead('reserve-next', { until: c.date(outcome.validUntil) });
      break;
  }
  if (isAppealableDecision(c)) {
    blocks.push({ type: 'paragraph', text: c.fvl('notification', 'written') });
  }
  return blocks;
}

/** An enkeltvedtak, not a reserve notice: the law's duties on reasons and notice apply. */
function isAppealableDecision(c: LetterContext): boolean {
  return c.input.track === 'enkeltvedtak' && c.input.outcome.kind !== 'reserve';
}

function reasonsBlocks(c: LetterContext): PdfBlock[] {
  const { reasons } = c.input;
  const list = (lines: readonly ReasonLine[]): PdfBlock => ({
    type: 'list',
    items: lines.map((l) => l.text.trim()),
  });
  const lawful = isAppealableDecision(c);
  const blocks: PdfBlock[] = [{ type: 'heading', level: 2, text: c.t('heading-reasons') }];
  if (lawful) {
    // The investigation sentence names the expert assessment, which a rejected case never had.
    const assessed = c.input.outcome.kind !== 'avvist';
    const given = c.fvl('duty-to-give-reasons', 'given');
    const text = assessed ? `${given} ${c.fvl('investigation', 'record')}` : given;
    blocks.push({ type: 'paragraph', text });
  }
  blocks.push(
    {
      type: 'paragraph',
      text: lawful ? c.fvl('content-of-reasons', 'rules') : c.t('reasons-rules-plain'),
    },
    list(reasons.rules),
    { type: 'paragraph', text: c.fvl('content-of-reasons', 'facts') },
    list(reasons.facts),
    { type: 'paragraph', text: c.fvl('content-of-reasons', 'considerations') },
    list(reasons.considerations),
  );
  return blocks;
}

function contactBlocks(c: LetterContext): PdfBlock[] {
  const { contact } = c.input.call;
  return [
    { type: 'heading', level: 2, text: c.t('heading-contact') },
    {
      type: 'paragraph',
      text: c.t('contact', {
        name: contact.name,
        email: contact.email,
        phone: contact.phone,
        caseNumber: c.input.caseNumber,
      }),
    },
    { type: 'paragraph', text: c.t('electronic'), tone: 'muted' },
  ];
}
