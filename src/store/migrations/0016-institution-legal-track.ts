// Frozen in time: never edit after it lands; add a new numbered migration instead.
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  // Which legal track a decision follows (docs/adr/0019): a state administrative body is not a
  // private party, so it gets a grant letter without appeal rights; anyone else an enkeltvedtak.
  // Null means not known: no letter can be drafted until the register says.
  await db.schema.alterTable('institution').addColumn('administrative_body', 'integer').execute();
  // Every state-owned institution in the register is a state university or college, i.e. part of
  // the state as a legal person; the seed and the register's upkeep set the column from now on.
  await sql`update institution set administrative_body = case when ownership = 'statlig' then 1 else 0 end`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('institution').dropColumn('administrative_body').execute();
}
