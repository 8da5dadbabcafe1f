/**
 * An officer screens a journal entry (offentleglova, provision `duty-of-confidentiality` in
 * legal/): words of its title, the document, or both, under one recorded legal basis. Words
 * screened hide in every entry of the case and in the case's title, so the full title never
 * shows in the public journal. Nothing screened opens the entry again (basis cleared). One
 * transaction with its audit event; a stale version answers 409.
 */
import type { Principal } from '../../../domain/access/roles.js';
import { isScreeningBasis, publicTitleOf, titleWords } from '../../../domain/journal/screening.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  findJournalCase,
  findJournalEntry,
  listCaseEntries,
  lockJournalEntry,
  updateJournalCaseScreening,
  updateJournalScreening,
} from '../../../store/repositories/journal.repository.js';
import type { OfficerJournalEntry, ScreeningBody } from '../../../web/api/journal-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { refuseProblems } from '../cases/problems.js';
import { parseWords } from './journal-document.js';
import { officerEntryOf, screeningAct } from './journal-view.js';

const messages = {
  basis: {
    nb: 'velg hjemmelen for skjermingen',
    nn: 'vel heimelen for skjerminga',
    en: 'choose the legal basis for the screening',
  },
  word: {
    nb: 'kan bare skjerme ord som står i tittelen',
    nn: 'kan berre skjerme ord som står i tittelen',
    en: 'can only screen words that are in the title',
  },
};

export async function screenJournalEntry(
  ctx: AppContext,
  principal: Principal,
  entryId: string,
  body: ScreeningBody,
  locale: Locale,
  at: Date,
): Promise<OfficerJournalEntry> {
  const words = [...new Set(body.words.map((w) => w.trim()).filter((w) => w !== ''))];
  const screensAnything = words.length > 0 || body.documentScreened;
  if (screensAnything && (body.basis === null || !isScreeningBasis(body.basis))) {
    refuseProblems([{ path: 'basis', message: messages.basis }], locale);
  }
  const basis = screensAnything ? body.basis : null;
  const iso = at.toISOString();
  await inTransaction(ctx.store, async (tx) => {
    const entry = await lockJournalEntry(tx, entryId);
    if (!entry) throw new AppError('journal_entry_not_found');
    if (entry.version !== body.version) throw new AppError('journal_entry_changed');
    const inTitle = new Set(titleWords(entry.title).map((w) => w.toLocaleLowerCase('nb')));
    const foreign = words.findIndex((w) => !inTitle.has(w.toLocaleLowerCase('nb')));
    if (foreign >= 0)
      refuseProblems([{ path: `words.${foreign}`, message: messages.word }], locale);
    const journalCase = await findJournalCase(tx, entry.application_id);
    if (!journalCase) throw new AppError('journal_entry_not_found');
    const otherWords = parseWords(journalCase.screened_words).filter(
      (w) => !parseWords(entry.screened_words).includes(w),
    );
    // The case keeps the words screened in its other entries, and this entry's words now.
    const caseWords = [...new Set([...otherWords, ...words])];
    const caseBasis = caseWords.length > 0 ? (basis ?? journalCase.screening_basis) : null;
    await updateJournalCaseScreening(tx, entry.application_id, {
      public_title: publicTitleOf(journalCase.title, caseWords),
      screened_words: caseWords.length > 0 ? JSON.stringify(caseWords) : null,
      screening_basis: caseBasis,
    });
    for (const other of await listCaseEntries(tx, entry.application_id)) {
      const own = other.id === entry.id;
      const screened =
        caseWords.length > 0 || (own ? body.documentScreened : other.document_screened === 1);
      await updateJournalScreening(tx, other.id, {
        public_title: publicTitleOf(other.title, caseWords),
        screened_words: caseWords.length > 0 ? JSON.stringify(caseWords) : null,
        document_screened: own ? (body.documentScreened ? 1 : 0) : other.document_screened,
        screening_basis: screened ? (own ? basis : (other.screening_basis ?? caseBasis)) : null,
        screened_by: own ? principal.userId : other.screened_by,
        screened_at: own ? iso : other.screened_at,
        version: other.version + 1,
      });
    }
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'journal.screened',
      entityType: 'journal_entry',
      entityId: entry.id,
      detail: {
        basis,
        words,
        documentScreened: body.documentScreened,
        journalNumber: `${entry.year}/${entry.seq}`,
      },
      at,
    });
  });
  const after = await findJournalEntry(ctx.store.db, entryId);
  if (!after) throw new AppError('journal_entry_not_found');
  const journalCase = await findJournalCase(ctx.store.db, after.application_id);
  return officerEntryOf(after, journalCase, screeningAct(ctx), locale);
}
