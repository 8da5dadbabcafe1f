/**
 * Runs a suite against each database dialect, the way Kysely tests itself: no mocks, the real
 * thing. Each suite gets its own SQLite file or PostgreSQL schema, created and dropped around it,
 * so parallel runs never collide.
 *
 * PostgreSQL is at TILSKUDD_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/test). When it
 * is unreachable its suites are skipped with a line saying so, unless TILSKUDD_REQUIRE_POSTGRES=1
 * (set by .ci/run), which turns the skip into a failure.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import {
  createStore,
  migrateToLatest,
  type DialectName,
  type Store,
} from '../../src/store/create-store.js';

export const testPgUrl =
  process.env.TILSKUDD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgReachable: Promise<boolean> | undefined;

export function isPostgresReachable(): Promise<boolean> {
  pgReachable ??= (async () => {
    const client = new pg.Client({ connectionString: testPgUrl, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return pgReachable;
}

export interface TestDatabase {
  store: Store;
  /** Connection settings for a server process started on the same database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, migrated database of the given dialect. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tilskudd-test-'));
    const store = createStore({ sqlitePath: join(dir, 'tilskudd.sqlite') });
    await migrateToLatest(store);
    return {
      store,
      env: { TILSKUDD_DATA_DIR: dir },
      drop: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const store = createStore({ databaseUrl: testPgUrl, pgSchema: schema, pgPoolSize: 5 });
  await migrateToLatest(store);
  // Files beside the database (the audit key and checkpoint file of the demo) go here, not ./data.
  const dataDir = mkdtempSync(join(tmpdir(), 'tilskudd-test-pg-'));
  return {
    store,
    env: { DATABASE_URL: testPgUrl, TILSKUDD_PG_SCHEMA: schema, TILSKUDD_DATA_DIR: dataDir },
    drop: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
      const cleanup = new pg.Client({ connectionString: testPgUrl });
      await cleanup.connect();
      await cleanup.query(`drop schema if exists ${schema} cascade`);
      await cleanup.end();
    },
  };
}

const pgAvailable = await isPostgresReachable();
if (!pgAvailable) {
  const line = `PostgreSQL is not reachable at ${testPgUrl}: its tests are SKIPPED.`;
  if (process.env.TILSKUDD_REQUIRE_POSTGRES === '1') {
    throw new Error(`${line} TILSKUDD_REQUIRE_POSTGRES=1 forbids that.`);
  }
  console.warn(`\n*** ${line} Start PostgreSQL or set TILSKUDD_TEST_PG_URL. ***\n`);
}

export const dialects: DialectName[] = ['sqlite', 'postgres'];

/** describe() once per dialect; the callback gets the dialect name. */
export function describeEachDialect(name: string, fn: (dialect: DialectName) => void): void {
  for (const dialect of dialects) {
    const run = dialect === 'postgres' && !pgAvailable ? describe.skip : describe;
    run(`${name} [${dialect}]`, () => fn(dialect));
  }
}

/** describe() for what only PostgreSQL can do (several processes on one database). */
export function describePostgres(name: string, fn: () => void): void {
  (pgAvailable ? describe : describe.skip)(`${name} [postgres]`, fn);
}
