/** The journal's API contract (R32, offentleglova): officer view and the public journal. */

export type JournalType = 'I' | 'U' | 'X' | 'N';

/** An entry as the public sees it: public titles only, never the full title. */
export interface PublicJournalEntry {
  id: string;
  journalNumber: string;
  year: number;
  seq: number;
  type: JournalType;
  journalDate: string;
  documentDate: string;
  caseNumber: string;
  caseEntryNo: number;
  caseTitle: string;
  title: string;
  party: string;
  /** True when words or the document are screened; `screeningBasis` then names the basis. */
  screened: boolean;
  documentScreened: boolean;
  screeningBasis: string | null;
}

export interface PublicJournal {
  from: string;
  to: string;
  entries: PublicJournalEntry[];
}

export interface ScreeningBasisOption {
  id: string;
  label: string;
  basis: string;
}

/** An entry as officers see it: both titles, the screening and what the applicant asked. */
export interface OfficerJournalEntry extends PublicJournalEntry {
  callId: string;
  applicationId: string;
  documentKind: string;
  documentRef: string;
  fullTitle: string;
  titleWords: string[];
  screenedWords: string[];
  screeningBasisId: string | null;
  screenedBy: string | null;
  screenedAt: string | null;
  screeningRequest: string | null;
  partyOrgnr: string | null;
  version: number;
}

export interface OfficerJournal {
  callId: string;
  entries: OfficerJournalEntry[];
  bases: ScreeningBasisOption[];
}

export interface ScreeningBody {
  words: string[];
  documentScreened: boolean;
  /** A basis id from `bases`; required when anything is screened. */
  basis: string | null;
  version: number;
}
