/** The officer's journal of a call (R32): full and public titles, filtered by period and type. */
import type { Principal } from '../../../domain/access/roles.js';
import type { Locale } from '../../../domain/time/oslo.js';
import {
  listJournalCases,
  listJournalEntries,
} from '../../../store/repositories/journal.repository.js';
import type { OfficerJournal } from '../../../web/api/journal-types.js';
import type { AppContext } from '../../context.js';
import { callOf } from '../applications/access.js';
import { journalPeriod } from './journal-period.js';
import { basisOptions, officerEntryOf, screeningAct } from './journal-view.js';

/** The most entries one answer holds; a narrower period shows the rest. */
export const JOURNAL_PAGE_LIMIT = 2000;

export async function readJournal(
  ctx: AppContext,
  _principal: Principal,
  callId: string,
  query: { from?: string; to?: string; type?: 'I' | 'U' | 'X' | 'N' },
  locale: Locale,
): Promise<OfficerJournal> {
  const call = callOf(ctx, callId);
  const period = query.from || query.to ? journalPeriod(ctx, query, locale) : {};
  const rows = await listJournalEntries(ctx.store.db, {
    callId: call.id,
    ...period,
    ...(query.type ? { type: query.type } : {}),
    limit: JOURNAL_PAGE_LIMIT,
  });
  const cases = new Map(
    (await listJournalCases(ctx.store.db, [...new Set(rows.map((r) => r.application_id))])).map(
      (c) => [c.application_id, c],
    ),
  );
  const act = screeningAct(ctx);
  return {
    callId: call.id,
    entries: rows.map((r) => officerEntryOf(r, cases.get(r.application_id), act, locale)),
    bases: basisOptions(act, locale),
  };
}
