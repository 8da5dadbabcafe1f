// Frozen in time: never edit after it lands; add a new numbered migration instead.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  // Uploaded files live in the database beside the application, so one backup holds everything
  // and a submission can check its files in the same transaction. Rows are never updated or
  // deleted: a replaced file stays as an earlier version of its item.
  await db.schema
    .createTable('attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('application.id'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('warnings', 'text', (c) => c.notNull())
    .addColumn('content', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('attachment_item_version', ['application_id', 'item_id', 'version_no'])
    .execute();
  if (isPostgres(db)) {
    // PDFs and .docx files are compressed already: trying again on every insert costs a quarter
    // of the insert time and saves nothing.
    await sql`alter table attachment alter column content set storage external`.execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('attachment').execute();
}
