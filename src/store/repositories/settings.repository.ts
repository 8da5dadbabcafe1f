import type { Kysely } from 'kysely';
import { compiledOnce } from '../compiled-query.js';
import type { Database } from '../database.js';

/** Read on every request in demo mode (the simulated clock). */
const settingValue = compiledOnce(['key'], (db, v: { key: string }) =>
  db.selectFrom('setting').select('value').where('key', '=', v.key),
);

export async function readSetting(db: Kysely<Database>, key: string): Promise<string | undefined> {
  const { rows } = await settingValue(db, { key });
  return rows[0]?.value;
}

export async function writeSetting(
  db: Kysely<Database>,
  key: string,
  value: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('setting')
    .values({ key, value, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now.toISOString() }))
    .execute();
}
