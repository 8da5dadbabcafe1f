// Frozen in time: never edit after it lands; add a new numbered migration instead.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  // A person's personal data erased by an admin (GDPR art. 17, docs/adr/0024): who, when, why.
  // The person's own row stays as a tombstone, so what the archive keeps still names an actor.
  await db.schema
    .createTable('privacy_erasure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().unique().references('app_user.id'))
    .addColumn('erased_at', 'text', (c) => c.notNull())
    .addColumn('erased_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('events_redacted', 'integer', (c) => c.notNull())
    .execute();

  // Audit events whose personal data an erasure replaced. The event keeps its hash; this row
  // holds the hash its redacted body gives, and the erasure's own chained event holds a digest of
  // every row of the erasure, so neither the event nor this row can change unnoticed.
  await db.schema
    .createTable('audit_redaction')
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('erasure_id', 'text', (c) => c.notNull().references('privacy_erasure.id'))
    .addColumn('original_hash', 'text', (c) => c.notNull())
    .addColumn('redacted_hash', 'text', (c) => c.notNull())
    // An event naming two people is redacted once by each one's erasure.
    .addPrimaryKeyConstraint('audit_redaction_pk', ['event_id', 'erasure_id'])
    .execute();
  await db.schema
    .createIndex('audit_redaction_erasure')
    .on('audit_redaction')
    .column('erasure_id')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('audit_redaction').execute();
  await db.schema.dropTable('privacy_erasure').execute();
}
