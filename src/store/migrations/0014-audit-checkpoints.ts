// Frozen in time: never edit after it lands; add a new numbered migration instead.
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const bigint = isPostgres(db) ? 'bigint' : 'integer';
  // Signed heads of the audit chain (docs/adr/0013): the database's copy. The key that signs them
  // is never stored here, and a second copy goes to a file outside the database.
  await db.schema
    .createTable('audit_checkpoint')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('head_seq', bigint, (c) => c.notNull())
    .addColumn('head_hash', 'text', (c) => c.notNull())
    .addColumn('event_count', bigint, (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_checkpoint_head')
    .on('audit_checkpoint')
    .column('head_seq')
    .execute();
  // What each verification of the chain found, for the admin page and `npm run audit:verify`.
  await db.schema
    .createTable('audit_verification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addColumn('run_by', 'text', (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('events', bigint, (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_verification_finished')
    .on('audit_verification')
    .column('finished_at')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('audit_verification').execute();
  await db.schema.dropTable('audit_checkpoint').execute();
}
