// Frozen in time: never edit after it lands; add a new numbered migration instead.
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const bigint = isPostgres(db) ? 'bigint' : 'integer';
  // The grantee's answer to a grant: accepted, declined (with an optional reason) or lapsed at
  // the deadline. One row per decision, so a grant is answered once; `freed_nok` is what a decline
  // or lapse gave back for the reserve list.
  await db.schema
    .createTable('grant_acceptance')
    .addColumn('decision_id', 'text', (c) => c.primaryKey().references('decision.id'))
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull().references('case_file.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addColumn('freed_nok', bigint, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('grant_acceptance_call')
    .on('grant_acceptance')
    .columns(['call_id', 'state'])
    .execute();

  // Reminders and the warning sent for a grant not yet answered, once each (the key is unique).
  await db.schema
    .createTable('grant_notice')
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decision.id'))
    .addColumn('notice', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('grant_notice_pk', ['decision_id', 'notice'])
    .execute();

  // Payments the officer records: whole kroner, the day paid, the accounting reference.
  await db.schema
    .createTable('grant_payment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decision.id'))
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('amount_nok', bigint, (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('grant_payment_decision')
    .on('grant_payment')
    .columns(['decision_id'])
    .execute();
  await db.schema
    .createIndex('grant_payment_call')
    .on('grant_payment')
    .columns(['call_id', 'paid_on'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('grant_payment').execute();
  await db.schema.dropTable('grant_notice').execute();
  await db.schema.dropTable('grant_acceptance').execute();
}
