/** Journals a submitted application (incoming, I) in the submitting transaction. */
import type { Principal } from '../../../domain/access/roles.js';
import type { ApplicationContent } from '../../../domain/application/application.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { journalCaseTitle, projectTitleOf } from '../../../domain/journal/journal-titles.js';
import type { Tx } from '../../../store/create-store.js';
import type { JournalEntryRow } from '../../../store/journal-tables.js';
import { journalDocument } from './journal-document.js';

export function journalSubmission(
  tx: Tx,
  principal: Principal,
  input: {
    call: CallDefinition;
    applicationId: string;
    submissionId: string;
    receivedAt: Date;
    institution: { name: string; orgnr: string };
    content: ApplicationContent;
    screeningRequest?: string | null;
  },
): Promise<JournalEntryRow> {
  const { call, institution } = input;
  return journalDocument(tx, principal, {
    type: 'I',
    call,
    applicationId: input.applicationId,
    kind: 'application',
    documentRef: input.submissionId,
    documentDate: input.receivedAt,
    at: input.receivedAt,
    party: { name: institution.name, organisation: institution.name, orgnr: institution.orgnr },
    caseTitle: journalCaseTitle(call, institution.name, projectTitleOf(call, input.content)),
    screeningRequest: input.screeningRequest ?? null,
  });
}
