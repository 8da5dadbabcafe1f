/**
 * The part of a letter about the party's rights, by legal track (R28). An enkeltvedtak names the
 * right to appeal, the appeal body from the call, the time limit and its last day computed from
 * when the letter is taken to arrive, how and where to appeal, and the right to see the case
 * documents. A tilskuddsbrev says why it is not an enkeltvedtak and has no appeal section.
 */
import { computeAppealDeadline } from '../../domain/decisions/appeal-deadline.js';
import type { PdfBlock } from '../pdf/pdf-model.js';
import type { LetterContext } from './letter-context.js';

export function rightsSection(c: LetterContext): PdfBlock[] {
  const { input } = c;
  if (input.outcome.kind === 'reserve') return [];
  if (input.track === 'tilskuddsbrev') return noAppealSection(c);
  return [...appealSection(c), ...accessSection(c)];
}

function paragraph(text: string): PdfBlock {
  return { type: 'paragraph', text };
}

function appealSection(c: LetterContext): PdfBlock[] {
  const weeks = c.fvlParameter('appeal-deadline', 'weeks');
  const deadline = computeAppealDeadline(c.input.assumedReceivedAt, weeks);
  const blocks: PdfBlock[] = [
    { type: 'heading', level: 2, text: c.t('heading-appeal') },
    paragraph(c.fvl('right-to-appeal', 'right', { appealBody: c.appealBody })),
    paragraph(c.fvl('appeal-deadline', 'deadline', { weeks: String(weeks) })),
    paragraph(
      c.fvl('appeal-deadline', 'last-day', {
        receivedAt: c.date(deadline.receivedOn),
        lastDay: c.date(deadline.lastDay),
      }),
    ),
  ];
  if (deadline.movedFrom !== null) {
    blocks.push(paragraph(c.t('deadline-moved', { movedFrom: c.date(deadline.movedFrom) })));
  }
  blocks.push(
    paragraph(c.fvl('deadline-met', 'met')),
    paragraph(c.fvl('where-and-how-to-appeal', 'how', { decidingBody: c.decidingBody })),
    paragraph(c.fvl('preparation-of-appeal', 'handling', { appealBody: c.appealBody })),
    paragraph(c.fvl('late-appeal', 'late')),
    paragraph(c.fvl('preliminary-reply', 'one-month')),
  );
  return blocks;
}

function accessSection(c: LetterContext): PdfBlock[] {
  return [
    { type: 'heading', level: 2, text: c.t('heading-access') },
    paragraph(c.fvl('access-to-documents', 'right')),
  ];
}

function noAppealSection(c: LetterContext): PdfBlock[] {
  return [
    { type: 'heading', level: 2, text: c.t('heading-no-appeal') },
    paragraph(
      c.fvl('definitions', 'not-a-private-party', { institution: c.input.institution.name }),
    ),
    paragraph(c.t('no-appeal-questions')),
  ];
}
