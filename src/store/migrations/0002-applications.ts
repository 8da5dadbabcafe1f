// Frozen in time: never edit after it lands; add a new numbered migration instead.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('application')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('institution_orgnr', 'text', (c) => c.notNull().references('institution.orgnr'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .execute();
  await db.schema
    .createIndex('application_institution')
    .on('application')
    .columns(['institution_orgnr', 'call_id'])
    .execute();

  // One row per section: colleagues editing different sections never conflict, and each save is
  // guarded by the version it was based on.
  await db.schema
    .createTable('application_section')
    .addColumn('application_id', 'text', (c) =>
      c.notNull().references('application.id').onDelete('cascade'),
    )
    .addColumn('section_id', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addPrimaryKeyConstraint('application_section_pk', ['application_id', 'section_id'])
    .execute();

  // Immutable snapshots: never updated but for the withdrawal mark.
  await db.schema
    .createTable('submission')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('application.id'))
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('receipt_seq', 'integer', (c) => c.notNull())
    .addColumn('receipt_number', 'text', (c) => c.notNull().unique())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawn_by', 'text', (c) => c.references('app_user.id'))
    .addUniqueConstraint('submission_idempotency', ['application_id', 'idempotency_key'])
    .addUniqueConstraint('submission_version', ['application_id', 'version_no'])
    .addUniqueConstraint('submission_receipt_seq', ['call_id', 'receipt_seq'])
    .execute();

  // Gapless receipt numbers per call: the counter moves inside the submitting transaction, so a
  // rolled-back submission gives its number back.
  await db.schema
    .createTable('receipt_counter')
    .addColumn('call_id', 'text', (c) => c.primaryKey())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['receipt_counter', 'submission', 'application_section', 'application']) {
    await db.schema.dropTable(table).execute();
  }
}
