import { PostgresAdapter, type Kysely } from 'kysely';

/** Migrations and a few queries differ by dialect; they ask which one they run on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works for any schema, frozen migrations included
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
