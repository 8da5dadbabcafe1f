import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { migrationProvider } from './migrations/index.js';
import { GroupCommitSqliteDialect } from './sqlite-driver.js';
import { withPreparedStatements } from './pg-prepared-pool.js';
import {
  sealAfterCommit,
  sealAuditEvents,
  wroteUnsealedAuditEvent,
} from './repositories/audit.repository.js';

export type DialectName = 'sqlite' | 'postgres';

/** Handles that code outside the store passes through to repositories without importing Kysely. */
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type DbOrTx = Db | Tx;

/**
 * Runs `fn` in one transaction: all of it is stored, or none of it. Audit events it wrote are
 * chained before this returns (docs/adr/0008).
 */
export async function inTransaction<T>(store: Store, fn: (tx: Tx) => Promise<T>): Promise<T> {
  let used: Tx | undefined;
  const result = await store.db.transaction().execute((tx) => {
    used = tx;
    sealAfterCommit(tx);
    return fn(tx);
  });
  if (used && wroteUnsealedAuditEvent(used)) await sealAuditEvents(store.db);
  return result;
}

export interface StoreOptions {
  /** PostgreSQL connection string; when absent the store is SQLite at `sqlitePath`. */
  databaseUrl?: string | undefined;
  sqlitePath?: string;
  /** PostgreSQL schema to work in (tests use one schema per suite so runs never collide). */
  pgSchema?: string;
  pgPoolSize?: number;
}

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** PostgreSQL schema the store works in; the migration tables live there too. */
  pgSchema: string | undefined;
  /** Throws when the database does not answer: the readiness probe. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// PostgreSQL bigint (int8) fits in a JS number for every count and amount this system holds.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

export function createStore(options: StoreOptions): Store {
  if (options.databaseUrl) return createPostgresStore(options.databaseUrl, options);
  if (!options.sqlitePath) throw new Error('createStore needs databaseUrl or sqlitePath');
  return createSqliteStore(options.sqlitePath);
}

function createSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  // WAL lets readers run beside the writer; synchronous=FULL makes a commit survive power loss,
  // which a receipt promises (docs/adr/0002).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new GroupCommitSqliteDialect(sqlite) });
  return {
    db,
    dialect: 'sqlite',
    pgSchema: undefined,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

const SEAL_INTERVAL_MS = 1_000;

function createPostgresStore(url: string, options: StoreOptions): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.pgPoolSize ?? 10,
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }),
  });
  // Chains audit events left pending by a process that stopped between a commit and its seal.
  const sealer = setInterval(() => void sealAuditEvents(db), SEAL_INTERVAL_MS);
  sealer.unref();
  return {
    db,
    dialect: 'postgres',
    pgSchema: options.pgSchema ?? 'public',
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: async () => {
      clearInterval(sealer);
      await sealAuditEvents(db);
      await db.destroy();
    },
  };
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  // Kysely looks for its migration tables in every schema it can see; pin them to ours, so other
  // schemas in the same database (parallel test runs, other apps) never confuse it.
  const migrator = new Migrator({
    db: store.db,
    provider: migrationProvider,
    ...(store.pgSchema ? { migrationTableSchema: store.pgSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`migration failed${name}: ${String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
