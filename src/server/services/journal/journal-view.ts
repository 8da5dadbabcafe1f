/** Journal rows as the public and as officers see them; the full title only in the latter. */
import {
  isScreeningBasis,
  SCREENING_ACT,
  SCREENING_BASES,
  screeningBasisLabel,
  screeningBasisText,
  titleWords,
} from '../../../domain/journal/screening.js';
import { journalNumber, type JournalType } from '../../../domain/journal/journal-number.js';
import { actOf, versionInForce } from '../../../domain/legal/legal-texts.js';
import type { ActVersion } from '../../../domain/legal/legal-schema.js';
import { osloDateOf, type Locale } from '../../../domain/time/oslo.js';
import type { JournalCaseRow, JournalEntryRow } from '../../../store/journal-tables.js';
import type {
  OfficerJournalEntry,
  PublicJournalEntry,
  ScreeningBasisOption,
} from '../../../web/api/journal-types.js';
import type { AppContext } from '../../context.js';
import { parseWords } from './journal-document.js';

export function screeningAct(ctx: AppContext): ActVersion {
  return versionInForce(actOf(ctx.legal, SCREENING_ACT), osloDateOf(ctx.clock.now()));
}

export function basisOptions(act: ActVersion, locale: Locale): ScreeningBasisOption[] {
  return SCREENING_BASES.map((id) => ({
    id,
    label: screeningBasisLabel(act, id, locale),
    basis: screeningBasisText(act, id, locale),
  }));
}

export function publicEntryOf(
  row: JournalEntryRow,
  journalCase: JournalCaseRow | undefined,
  act: ActVersion,
  locale: Locale,
): PublicJournalEntry {
  const basis =
    row.screening_basis !== null && isScreeningBasis(row.screening_basis)
      ? screeningBasisText(act, row.screening_basis, locale)
      : null;
  return {
    id: row.id,
    journalNumber: journalNumber(row.year, row.seq),
    year: row.year,
    seq: row.seq,
    type: row.type as JournalType,
    journalDate: row.journal_date,
    documentDate: row.document_date,
    caseNumber: journalNumber(row.case_year, row.case_seq),
    caseEntryNo: row.case_entry_no,
    caseTitle: journalCase?.public_title ?? '',
    title: row.public_title,
    party: row.party_name,
    screened: basis !== null,
    documentScreened: row.document_screened === 1,
    screeningBasis: basis,
  };
}

export function officerEntryOf(
  row: JournalEntryRow,
  journalCase: JournalCaseRow | undefined,
  act: ActVersion,
  locale: Locale,
): OfficerJournalEntry {
  return {
    ...publicEntryOf(row, journalCase, act, locale),
    callId: row.call_id,
    applicationId: row.application_id,
    documentKind: row.document_kind,
    documentRef: row.document_ref,
    fullTitle: row.title,
    titleWords: titleWords(row.title),
    screenedWords: parseWords(row.screened_words),
    screeningBasisId: row.screening_basis,
    screenedBy: row.screened_by,
    screenedAt: row.screened_at,
    screeningRequest: row.screening_request,
    partyOrgnr: row.party_orgnr,
    version: row.version,
  };
}
