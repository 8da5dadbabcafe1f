// Frozen in time: never edit after it lands; add a new numbered migration instead.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  // Files a party sends with a klage (R28). Uploaded one by one while the klage is written, they
  // belong to the decision appealed; filing the klage links the chosen ones to it (appeal_id), in
  // the filing's transaction. Like application files, rows are never updated but for the link
  // and the virus scan's verdict, and never deleted: the archive keeps what came in.
  await db.schema
    .createTable('appeal_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decision.id'))
    .addColumn('appeal_id', 'text', (c) => c.references('appeal.id'))
    .addColumn('application_id', 'text', (c) => c.notNull().references('application.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('warnings', 'text', (c) => c.notNull())
    .addColumn('content', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('scan_state', 'text', (c) => c.notNull())
    .addColumn('scan_signature', 'text')
    .addColumn('scanned_at', 'text')
    .execute();
  await db.schema
    .createIndex('appeal_attachment_decision')
    .on('appeal_attachment')
    .columns(['decision_id'])
    .execute();
  await db.schema
    .createIndex('appeal_attachment_appeal')
    .on('appeal_attachment')
    .columns(['appeal_id'])
    .execute();
  if (isPostgres(db)) {
    await sql`alter table appeal_attachment alter column content set storage external`.execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('appeal_attachment').execute();
}
