// Frozen in time: never edit after it lands; add a new numbered migration instead.
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const bigint = isPostgres(db) ? 'bigint' : 'integer';
  // A named allocation scenario of a call (R27). `granted_total` is the sum of its entries' grants,
  // kept in the transaction that changes an entry, which locks this row first: two officers saving
  // at once are serialised here, so the pot is checked against what is really stored.
  await db.schema
    .createTable('allocation_scenario')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('granted_total', bigint, (c) => c.notNull())
    .addColumn('copied_from', 'text', (c) => c.references('allocation_scenario.id'))
    /** JSON of the solver's record (optimiser scenarios), kept so the proposal can be reproduced. */
    .addColumn('solver', 'text')
    /** JSON array of the optimiser's explanations, one per case. */
    .addColumn('explanations', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('allocation_scenario_call')
    .on('allocation_scenario')
    .columns(['call_id', 'state'])
    .execute();

  // Where one scenario places one case. A case without a row is refused, at version 0.
  await db.schema
    .createTable('allocation_entry')
    .addColumn('scenario_id', 'text', (c) =>
      c.notNull().references('allocation_scenario.id').onDelete('cascade'),
    )
    .addColumn('case_id', 'text', (c) => c.notNull().references('case_file.id'))
    .addColumn('placement', 'text', (c) => c.notNull())
    .addColumn('grant_nok', bigint)
    /** JSON: { reason, cuts: [{ lineId, cutNok }] } for a grant below the amount applied for. */
    .addColumn('reduction', 'text')
    .addColumn('reserve_position', 'integer')
    .addColumn('departure_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('allocation_entry_pk', ['scenario_id', 'case_id'])
    .execute();

  // The scenario's history as its readers see it: created, copied, changed, proposed, returned,
  // approved, superseded; the same moves are in the audit trail.
  await db.schema
    .createTable('allocation_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scenario_id', 'text', (c) =>
      c.notNull().references('allocation_scenario.id').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text')
    .addColumn('comment', 'text')
    .addColumn('actor_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('allocation_event_seq', ['scenario_id', 'seq'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('allocation_event').execute();
  await db.schema.dropTable('allocation_entry').execute();
  await db.schema.dropTable('allocation_scenario').execute();
}
