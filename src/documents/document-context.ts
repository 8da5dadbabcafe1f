/** What a document about a submission is made from: the snapshot, and the call it names. */
import type { CallDefinition } from '../domain/call/call-schema.js';
import { languageOfApplication, type DocLanguage, type DocText } from './document-language.js';
import type { StoredSnapshot } from './submission-snapshot.js';

export interface SubmissionDocumentInput {
  stored: StoredSnapshot;
  call: CallDefinition;
  /** From the register of institutions; the snapshot holds the organisation number. */
  institutionName: string;
}

export interface SubmissionDocumentContext extends SubmissionDocumentInput {
  language: DocLanguage;
  t: (text: DocText) => string;
  projectTitle: string | undefined;
}

export function documentContextOf(input: SubmissionDocumentInput): SubmissionDocumentContext {
  const { call, stored } = input;
  const language = languageOfApplication(call, stored.snapshot.content);
  const project = call.sections.find((s) => s.kind === 'project');
  const title = project
    ? (stored.snapshot.content[project.id] as { title?: unknown } | undefined)?.title
    : undefined;
  return {
    ...input,
    language,
    t: (text) => text[language],
    projectTitle: typeof title === 'string' && title.trim() !== '' ? title : undefined,
  };
}

export const PAGE_LABEL = (page: number, pages: number) => `Side ${page} av ${pages}`;
