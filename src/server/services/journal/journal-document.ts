/**
 * Journals a document (R32, offentleglova): called by the use case that receives or sends it,
 * inside that use case's transaction, so the entry exists exactly when the document does. The
 * application's journal case (saksmappe) is made with its first entry. Numbers are taken last,
 * after every other lock of the caller, from counters whose rows stay locked until the commit:
 * unique under concurrency on both databases, and a rolled-back transaction leaves no gap.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import type { JournalDocumentKind, JournalType } from '../../../domain/journal/journal-number.js';
import { journalEntryTitle } from '../../../domain/journal/journal-titles.js';
import { publicTitleOf } from '../../../domain/journal/screening.js';
import { osloDateOf } from '../../../domain/time/oslo.js';
import type { Tx } from '../../../store/create-store.js';
import type { JournalEntryRow } from '../../../store/journal-tables.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  findJournalCase,
  insertJournalCase,
  insertJournalEntry,
  takeCaseEntryNo,
  takeJournalSeq,
} from '../../../store/repositories/journal.repository.js';

export interface JournalParty {
  name: string;
  organisation?: string | null;
  orgnr?: string | null;
}

export interface JournalDocumentInput {
  type: JournalType;
  call: CallDefinition;
  applicationId: string;
  kind: JournalDocumentKind;
  /** The id of what is journaled: a submission, a decision or an appeal. */
  documentRef: string;
  documentDate: Date;
  /** When it is journaled: the transaction's own time. */
  at: Date;
  party: JournalParty;
  /** The case's title if the application has no journal case yet (its first entry). */
  caseTitle: string;
  /** What the applicant asked to have screened, at submission. */
  screeningRequest?: string | null;
}

export function parseWords(json: string | null): string[] {
  return json === null ? [] : (JSON.parse(json) as string[]);
}

function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

export async function journalDocument(
  tx: Tx,
  actor: Principal | null,
  input: JournalDocumentInput,
): Promise<JournalEntryRow> {
  const journalDate = osloDateOf(input.at);
  let journalCase = await findJournalCase(tx, input.applicationId);
  if (!journalCase) {
    const year = yearOf(journalDate);
    journalCase = {
      application_id: input.applicationId,
      id: randomUUID(),
      call_id: input.call.id,
      year,
      seq: await takeJournalSeq(tx, 'case', year),
      title: input.caseTitle,
      public_title: input.caseTitle,
      last_entry_no: 0,
      screened_words: null,
      screening_basis: null,
      created_at: input.at.toISOString(),
    };
    await insertJournalCase(tx, journalCase);
  }
  const caseEntryNo = await takeCaseEntryNo(tx, input.applicationId);
  const title = journalEntryTitle(input.kind, journalCase.title);
  // A case whose words are screened hides them in every later entry too, under the same basis.
  const screenedWords = parseWords(journalCase.screened_words);
  const year = yearOf(journalDate);
  const seq = await takeJournalSeq(tx, 'entry', year);
  const row: JournalEntryRow = {
    id: randomUUID(),
    year,
    seq,
    type: input.type,
    call_id: input.call.id,
    application_id: input.applicationId,
    case_year: journalCase.year,
    case_seq: journalCase.seq,
    case_entry_no: caseEntryNo,
    document_kind: input.kind,
    document_ref: input.documentRef,
    document_date: osloDateOf(input.documentDate),
    journal_date: journalDate,
    party_name: input.party.name,
    party_organisation: input.party.organisation ?? null,
    party_orgnr: input.party.orgnr ?? null,
    title,
    public_title: publicTitleOf(title, screenedWords),
    screened_words: journalCase.screened_words,
    document_screened: 0,
    screening_basis: journalCase.screening_basis,
    screened_by: null,
    screened_at: null,
    screening_request: input.screeningRequest?.trim() || null,
    version: 1,
  };
  await insertJournalEntry(tx, row);
  await appendAuditEvent(tx, {
    actor,
    actorLabel: actor ? undefined : 'system',
    action: 'journal.recorded',
    entityType: 'journal_entry',
    entityId: row.id,
    detail: { year, seq, type: row.type, kind: row.document_kind, documentRef: row.document_ref },
    at: input.at,
  });
  return row;
}
