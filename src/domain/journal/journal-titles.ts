/**
 * The titles the journal gives what comes in and goes out, in bokmål (the journal's language).
 * The full title names the project; the institution is a public body and its name stays open.
 */
import type { ApplicationContent } from '../application/application.js';
import type { CallDefinition } from '../call/call-schema.js';
import type { JournalDocumentKind } from './journal-number.js';

const KIND_TITLE: Record<JournalDocumentKind, string> = {
  application: 'Søknad om tilskudd',
  'decision-letter': 'Vedtak om tilskudd',
  'grant-letter': 'Tilskuddsbrev',
  'reserve-notice': 'Melding om reserveplass',
  appeal: 'Klage på vedtak om tilskudd',
  'preliminary-reply': 'Foreløpig svar på klage',
  'appeal-forwarded': 'Oversendelse av klage til klageinstansen',
  'appeal-result': 'Klageinstansens avgjørelse i klagesak',
};

/** The project's title as the applicant wrote it, when the call's form has one. */
export function projectTitleOf(call: CallDefinition, content: ApplicationContent): string | null {
  for (const section of call.sections.filter((s) => s.kind === 'project')) {
    const title = (content[section.id] as { title?: unknown } | undefined)?.title;
    if (typeof title === 'string' && title.trim() !== '') return title.trim();
  }
  return null;
}

/** The journal case's title: the call, the institution and the project. */
export function journalCaseTitle(
  call: CallDefinition,
  institution: string,
  projectTitle: string | null,
): string {
  const parts = [call.title.nb, institution, projectTitle].filter((p): p is string => !!p);
  return parts.join(' – ');
}

/** An entry's title: what the document is, then the case it belongs to. */
export function journalEntryTitle(kind: JournalDocumentKind, caseTitle: string): string {
  return `${KIND_TITLE[kind]} – ${caseTitle}`;
}
