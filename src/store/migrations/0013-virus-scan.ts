// Frozen in time: never edit after it lands; add a new numbered migration instead.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  // Each stored file carries what the virus scanner said about it. Files stored before scanning
  // existed were never scanned, and say so.
  await db.schema
    .alterTable('attachment')
    .addColumn('scan_state', 'text', (c) => c.notNull().defaultTo('not_scanned'))
    .execute();
  await db.schema.alterTable('attachment').addColumn('scan_signature', 'text').execute();
  await db.schema.alterTable('attachment').addColumn('scanned_at', 'text').execute();

  // Background work that must survive a restart: a row per job, claimed with a lease, so that
  // a job whose process died is taken up again by another once the lease runs out.
  await db.schema
    .createTable('job')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('run_after', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('job_due').on('job').columns(['state', 'run_after']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('job').execute();
  await db.schema.alterTable('attachment').dropColumn('scanned_at').execute();
  await db.schema.alterTable('attachment').dropColumn('scan_signature').execute();
  await db.schema.alterTable('attachment').dropColumn('scan_state').execute();
}
