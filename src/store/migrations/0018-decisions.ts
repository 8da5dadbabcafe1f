// Frozen in time: never edit after it lands; add a new numbered migration instead.
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const bigint = isPostgres(db) ? 'bigint' : 'integer';
  const bytes = isPostgres(db) ? 'bytea' : 'blob';
  // One decision (R28) per case in force: `active_case_id` is the case id while the decision is the
  // case's current one and null once a reconsidered decision replaces it, so the unique index makes
  // "prepare all" idempotent under two processes. The letter is stored as the bytes sent.
  await db.schema
    .createTable('decision')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull().references('case_file.id'))
    .addColumn('active_case_id', 'text', (c) => c.unique())
    .addColumn('scenario_id', 'text', (c) => c.references('allocation_scenario.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    /** JSON of the outcome the letter states (reduction, confirmed findings, reserve place). */
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('track', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('applied_nok', bigint, (c) => c.notNull())
    .addColumn('grant_nok', bigint)
    .addColumn('reserve_position', 'integer')
    /** JSON of the reasons as stored: the text the letter prints. */
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('drafted_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('drafted_at', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('approved_at', 'text')
    .addColumn('issued_at', 'text')
    .addColumn('assumed_received_at', 'text')
    .addColumn('appeal_deadline', 'text')
    .addColumn('letter_pdf', bytes)
    .addColumn('letter_sha256', 'text')
    .addColumn('replaces', 'text', (c) => c.references('decision.id'))
    .addColumn('superseded_by', 'text', (c) => c.references('decision.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decision_call')
    .on('decision')
    .columns(['call_id', 'state'])
    .execute();
  await db.schema.createIndex('decision_case').on('decision').columns(['case_id']).execute();

  // A decision's history as its readers see it; the same moves are in the audit trail.
  await db.schema
    .createTable('decision_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decision.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('actor_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('decision_event_seq', ['decision_id', 'seq'])
    .execute();

  // A klage (R28): one per decision, taken in even when late (flagged with its date, never refused).
  await db.schema
    .createTable('appeal')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'text', (c) => c.notNull().unique().references('decision.id'))
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('preliminary_text', 'text')
    .addColumn('preliminary_expected_by', 'text')
    .addColumn('preliminary_sent_at', 'text')
    .addColumn('forward_summary', 'text')
    .addColumn('forwarded_at', 'text')
    .addColumn('new_decision_id', 'text', (c) => c.references('decision.id'))
    .addColumn('result', 'text')
    .addColumn('result_text', 'text')
    .addColumn('result_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('appeal_call').on('appeal').columns(['call_id']).execute();

  // Progress of "prepare all" and "issue all": the durable job (table `job`) does the work, this
  // row says how far it got, so any process can answer GET /api/decision-jobs/:jobId.
  await db.schema
    .createTable('decision_job')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('decision_job_call')
    .on('decision_job')
    .columns(['call_id', 'created_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('decision_job').execute();
  await db.schema.dropTable('appeal').execute();
  await db.schema.dropTable('decision_event').execute();
  await db.schema.dropTable('decision').execute();
}
