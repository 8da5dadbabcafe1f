/**
 * Generated documents are written in the application's language (R10: nb or nn), not the
 * reader's, so the applicant and the case officer download the very same file.
 */
import type { ApplicationContent } from '../domain/application/application.js';
import type { CallDefinition } from '../domain/call/call-schema.js';

export type DocLanguage = 'nb' | 'nn';
export type DocText = Record<DocLanguage, string>;

export const BCP47: Record<DocLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO' };

/** The language the project section names, bokmål when it names none. */
export function languageOfApplication(
  call: Pick<CallDefinition, 'sections'>,
  content: ApplicationContent,
): DocLanguage {
  for (const section of call.sections.filter((s) => s.kind === 'project')) {
    const language = (content[section.id] as { language?: unknown } | undefined)?.language;
    if (language === 'nn' || language === 'nb') return language;
  }
  return 'nb';
}

export function parseDocLanguage(value: unknown): DocLanguage {
  return value === 'nn' ? 'nn' : 'nb';
}
