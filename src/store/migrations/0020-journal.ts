// Frozen in time: never edit after it lands; add a new numbered migration instead.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  // The journal's counters, one row per (series, year): `entry` numbers journal entries, `case`
  // numbers the journal's cases (saksmappe). Taken by an upsert inside the transaction that
  // journals, so a rolled-back transaction gives its number back and the series has no gaps.
  await db.schema
    .createTable('journal_counter')
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('journal_counter_pk', ['series', 'year'])
    .execute();

  // The journal's case (saksmappe) of one application: year and sequence number in the journal,
  // made when the application's first entry is journaled.
  await db.schema
    .createTable('journal_case')
    .addColumn('application_id', 'text', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('public_title', 'text', (c) => c.notNull())
    .addColumn('last_entry_no', 'integer', (c) => c.notNull())
    // Words screened in any of the case's entries hide in all of them and in the case's title.
    .addColumn('screened_words', 'text')
    .addColumn('screening_basis', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('journal_case_number', ['year', 'seq'])
    .execute();

  // A journal entry (journalpost, Noark 5): what came in or went out, written in the transaction
  // of what it records. Two titles from the start; screening (offentleglova) is recorded with its
  // legal basis, who and when; the public title replaces each screened word.
  await db.schema
    .createTable('journal_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull())
    .addColumn('case_year', 'integer', (c) => c.notNull())
    .addColumn('case_seq', 'integer', (c) => c.notNull())
    .addColumn('case_entry_no', 'integer', (c) => c.notNull())
    .addColumn('document_kind', 'text', (c) => c.notNull())
    .addColumn('document_ref', 'text', (c) => c.notNull())
    .addColumn('document_date', 'text', (c) => c.notNull())
    .addColumn('journal_date', 'text', (c) => c.notNull())
    .addColumn('party_name', 'text', (c) => c.notNull())
    .addColumn('party_organisation', 'text')
    .addColumn('party_orgnr', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('public_title', 'text', (c) => c.notNull())
    .addColumn('screened_words', 'text')
    .addColumn('document_screened', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('screening_basis', 'text')
    .addColumn('screened_by', 'text')
    .addColumn('screened_at', 'text')
    .addColumn('screening_request', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addUniqueConstraint('journal_entry_number', ['year', 'seq'])
    .execute();
  await db.schema
    .createIndex('journal_entry_call')
    .on('journal_entry')
    .columns(['call_id', 'journal_date'])
    .execute();
  await db.schema
    .createIndex('journal_entry_date')
    .on('journal_entry')
    .columns(['journal_date'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('journal_entry').execute();
  await db.schema.dropTable('journal_case').execute();
  await db.schema.dropTable('journal_counter').execute();
}
