/** The journal (journalpost, journal cases, their counters): the only SQL for those tables. */
import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../create-store.js';
import { isPostgres } from '../dialect.js';
import type { JournalCaseRow, JournalEntryRow } from '../journal-tables.js';

/**
 * The next number of a series in a year, taken inside the journaling transaction: the counter
 * row stays locked until the commit (PostgreSQL row lock; SQLite's single writer), so numbers are
 * unique across processes, and a rollback gives the number back (no gaps).
 */
export async function takeJournalSeq(
  tx: Tx,
  series: 'entry' | 'case',
  year: number,
): Promise<number> {
  const row = await tx
    .insertInto('journal_counter')
    .values({ series, year, last_seq: 1 })
    .onConflict((oc) =>
      oc
        .columns(['series', 'year'])
        .doUpdateSet({ last_seq: sql<number>`journal_counter.last_seq + 1` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

function caseNumbers(row: JournalCaseRow): JournalCaseRow {
  return {
    ...row,
    year: Number(row.year),
    seq: Number(row.seq),
    last_entry_no: Number(row.last_entry_no),
  };
}

export async function findJournalCase(
  db: DbOrTx,
  applicationId: string,
): Promise<JournalCaseRow | undefined> {
  const row = await db
    .selectFrom('journal_case')
    .selectAll()
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
  return row ? caseNumbers(row) : undefined;
}

export async function insertJournalCase(tx: Tx, row: JournalCaseRow): Promise<void> {
  await tx.insertInto('journal_case').values(row).execute();
}

/** The case's next entry number (journalpostnummer), the case row locked until the commit. */
export async function takeCaseEntryNo(tx: Tx, applicationId: string): Promise<number> {
  const row = await tx
    .updateTable('journal_case')
    .set({ last_entry_no: sql<number>`last_entry_no + 1` })
    .where('application_id', '=', applicationId)
    .returning('last_entry_no')
    .executeTakeFirstOrThrow();
  return Number(row.last_entry_no);
}

function entryNumbers(row: JournalEntryRow): JournalEntryRow {
  return {
    ...row,
    year: Number(row.year),
    seq: Number(row.seq),
    case_year: Number(row.case_year),
    case_seq: Number(row.case_seq),
    case_entry_no: Number(row.case_entry_no),
    document_screened: Number(row.document_screened) === 1 ? 1 : 0,
    version: Number(row.version),
  };
}

export async function insertJournalEntry(tx: Tx, row: JournalEntryRow): Promise<void> {
  await tx.insertInto('journal_entry').values(row).execute();
}

export async function findJournalEntry(
  db: DbOrTx,
  id: string,
): Promise<JournalEntryRow | undefined> {
  const row = await db
    .selectFrom('journal_entry')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? entryNumbers(row) : undefined;
}

/** Locks the entry until the transaction ends and returns it as it is now. */
export async function lockJournalEntry(tx: Tx, id: string): Promise<JournalEntryRow | undefined> {
  if (isPostgres(tx)) {
    await tx.selectFrom('journal_entry').select('id').where('id', '=', id).forUpdate().execute();
  } else {
    await tx.updateTable('journal_entry').set({ id }).where('id', '=', id).execute();
  }
  return findJournalEntry(tx, id);
}

export async function updateJournalScreening(
  tx: Tx,
  id: string,
  patch: Pick<
    JournalEntryRow,
    | 'public_title'
    | 'screened_words'
    | 'document_screened'
    | 'screening_basis'
    | 'screened_by'
    | 'screened_at'
    | 'version'
  >,
): Promise<void> {
  await tx.updateTable('journal_entry').set(patch).where('id', '=', id).execute();
}

export interface JournalFilter {
  callId?: string;
  /** Oslo days, inclusive. */
  from?: string;
  to?: string;
  type?: string;
  limit: number;
}

/** Entries in journal order (year, then number), filtered by call, journal date and type. */
export async function listJournalEntries(
  db: DbOrTx,
  filter: JournalFilter,
): Promise<JournalEntryRow[]> {
  let query = db.selectFrom('journal_entry').selectAll();
  if (filter.callId !== undefined) query = query.where('call_id', '=', filter.callId);
  if (filter.from !== undefined) query = query.where('journal_date', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('journal_date', '<=', filter.to);
  if (filter.type !== undefined) query = query.where('type', '=', filter.type);
  const rows = await query
    .orderBy('year', 'asc')
    .orderBy('seq', 'asc')
    .limit(filter.limit)
    .execute();
  return rows.map(entryNumbers);
}

export async function listJournalCases(
  db: DbOrTx,
  applicationIds: readonly string[],
): Promise<JournalCaseRow[]> {
  if (applicationIds.length === 0) return [];
  const rows = await db
    .selectFrom('journal_case')
    .selectAll()
    .where('application_id', 'in', [...applicationIds])
    .execute();
  return rows.map(caseNumbers);
}

export async function updateJournalCaseScreening(
  tx: Tx,
  applicationId: string,
  patch: Pick<JournalCaseRow, 'public_title' | 'screened_words' | 'screening_basis'>,
): Promise<void> {
  await tx
    .updateTable('journal_case')
    .set(patch)
    .where('application_id', '=', applicationId)
    .execute();
}

export async function listCaseEntries(
  db: DbOrTx,
  applicationId: string,
): Promise<JournalEntryRow[]> {
  const rows = await db
    .selectFrom('journal_entry')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('case_entry_no', 'asc')
    .execute();
  return rows.map(entryNumbers);
}
