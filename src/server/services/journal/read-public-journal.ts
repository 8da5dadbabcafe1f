/**
 * The public journal (offentlig journal, offentleglova): every call's entries of a period with
 * public titles only; a screened entry shows its legal basis. Anyone may read it, signed in or
 * not. Also as Noark 5 `offentligJournal.xml` for eInnsyn.
 */
import {
  offentligJournalXml,
  type ArchiveCreator,
} from '../../../archive/noark5/offentlig-journal-xml.js';
import type { Locale } from '../../../domain/time/oslo.js';
import {
  listJournalCases,
  listJournalEntries,
} from '../../../store/repositories/journal.repository.js';
import type { PublicJournal } from '../../../web/api/journal-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { journalPeriod } from './journal-period.js';
import { publicEntryOf, screeningAct } from './journal-view.js';
import { JOURNAL_PAGE_LIMIT } from './read-journal.js';

export async function readPublicJournal(
  ctx: AppContext,
  query: { from?: string; to?: string },
  locale: Locale,
): Promise<PublicJournal> {
  return (await loadPublicJournal(ctx, query, locale)).journal;
}

/** The public journal of a period, with the calls its entries belong to (read once). */
async function loadPublicJournal(
  ctx: AppContext,
  query: { from?: string; to?: string },
  locale: Locale,
): Promise<{ journal: PublicJournal; callIds: Set<string> }> {
  const period = journalPeriod(ctx, query, locale);
  const rows = await listJournalEntries(ctx.store.db, { ...period, limit: JOURNAL_PAGE_LIMIT });
  const cases = new Map(
    (await listJournalCases(ctx.store.db, [...new Set(rows.map((r) => r.application_id))])).map(
      (c) => [c.application_id, c],
    ),
  );
  const act = screeningAct(ctx);
  const journal = {
    ...period,
    entries: rows.map((r) => publicEntryOf(r, cases.get(r.application_id), act, locale)),
  };
  return { journal, callIds: new Set(rows.map((r) => r.call_id)) };
}

/** The archive creators: the deciding bodies of the calls whose entries the journal holds. */
function creatorsOf(ctx: AppContext, callIds: ReadonlySet<string>): ArchiveCreator[] {
  const names = new Set(
    ctx.calls.filter((c) => callIds.has(c.id)).map((c) => c.decision.decidingBody.nb),
  );
  return [...names].map((name) => ({ id: name, name }));
}

export async function readOffentligJournalXml(
  ctx: AppContext,
  query: { from?: string; to?: string },
): Promise<string> {
  const { journal, callIds } = await loadPublicJournal(ctx, query, 'nb');
  if (journal.entries.length === 0) throw new AppError('journal_period_empty');
  return offentligJournalXml(journal, creatorsOf(ctx, callIds));
}
