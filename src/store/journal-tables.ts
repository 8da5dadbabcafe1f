/** Row types of the journal (migration 0020, docs/adr/0023). */
import type { Selectable } from 'kysely';

export interface JournalCounterTable {
  /** `entry` (journal entries) or `case` (the journal's cases). */
  series: string;
  year: number;
  last_seq: number;
}

export interface JournalCaseTable {
  application_id: string;
  id: string;
  call_id: string;
  year: number;
  seq: number;
  title: string;
  public_title: string;
  /** The number of the case's last entry (journalpostnummer). */
  last_entry_no: number;
  /** JSON array of the words screened in the case (every entry's title hides them), or null. */
  screened_words: string | null;
  screening_basis: string | null;
  created_at: string;
}

export interface JournalEntryTable {
  id: string;
  year: number;
  seq: number;
  /** Noark journalposttype: I incoming, U outgoing, X internal note, N internal memo. */
  type: string;
  call_id: string;
  application_id: string;
  /** The journal case (saksmappe) the entry belongs to, and its number in it (journalpostnummer). */
  case_year: number;
  case_seq: number;
  case_entry_no: number;
  /** application, decision-letter, grant-letter, reserve-notice, appeal, preliminary-reply … */
  document_kind: string;
  /** The id of what the entry journals: a submission, a decision or an appeal. */
  document_ref: string;
  /** Oslo calendar days, YYYY-MM-DD. */
  document_date: string;
  journal_date: string;
  party_name: string;
  party_organisation: string | null;
  party_orgnr: string | null;
  title: string;
  public_title: string;
  /** JSON array of the title's screened words, null when none. */
  screened_words: string | null;
  document_screened: 0 | 1;
  /** The screening's legal basis id (a sentence id of legal/offentleglova.json), null when open. */
  screening_basis: string | null;
  screened_by: string | null;
  screened_at: string | null;
  /** What the applicant asked to have screened at submission (free text), null when nothing. */
  screening_request: string | null;
  version: number;
}

export interface JournalTables {
  journal_counter: JournalCounterTable;
  journal_case: JournalCaseTable;
  journal_entry: JournalEntryTable;
}

export type JournalCaseRow = Selectable<JournalCaseTable>;
export type JournalEntryRow = Selectable<JournalEntryTable>;
