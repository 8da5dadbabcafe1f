/**
 * The PostgreSQL pool as Kysely sees it, with the statements `compiledOnce` made sent as named
 * prepared statements: node-postgres prepares such a statement once per connection and then only
 * binds and runs it, so PostgreSQL parses and plans it once instead of at every autosave. Every
 * other statement goes through unchanged.
 */
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';
import { preparedStatementName } from './compiled-query.js';

export function withPreparedStatements(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => new PreparingClient(await pool.connect()),
    end: () => pool.end(),
  };
}

class PreparingClient implements PostgresPoolClient {
  readonly #client: pg.PoolClient;

  constructor(client: pg.PoolClient) {
    this.#client = client;
  }

  query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>>;
  query(cursor: unknown): never;
  query<R>(sql: unknown, parameters?: readonly unknown[]): Promise<PostgresQueryResult<R>> {
    // Kysely passes a cursor only for streaming, which needs a cursor class this store never sets.
    if (typeof sql !== 'string') throw new Error('streaming queries are not configured');
    const values = [...(parameters ?? [])];
    const name = preparedStatementName(sql);
    const result = name
      ? this.#client.query({ name, text: sql, values })
      : this.#client.query(sql, values);
    return result as Promise<PostgresQueryResult<R>>;
  }

  release(destroy?: boolean): void {
    this.#client.release(destroy);
  }
}
