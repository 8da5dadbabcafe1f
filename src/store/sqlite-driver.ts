/**
 * Kysely's driver for the one SQLite connection, rebuilt for the deadline-day load
 * (docs/adr/0010):
 *
 * - **In order.** The connection is lent to one query or transaction at a time, in the order it
 *   was asked for. Kysely's own lock wakes every waiter at once and lets whoever asks at that
 *   moment go first, so under load a request could lose the race for seconds.
 * - **Statements kept prepared** by their SQL text (least recently used out). Kysely prepares every
 *   query afresh, which cost as much as running the small queries of an autosave.
 * - **Group commit.** With synchronous=FULL every commit waits for the disk. Transactions that
 *   follow one another while others wait for the connection share one commit: each runs as a
 *   savepoint inside one open transaction, and returns only after the COMMIT that makes it
 *   durable, so a receipt still means "on disk". better-sqlite3 runs every statement at once, so
 *   a request's queries all run in the turn of the event loop that received it; the group
 *   commits when that turn's input is handled (`setImmediate`), and takes in every transaction
 *   of the requests that arrived together. It commits earlier after
 *   {@link GROUP_MAX_TRANSACTIONS} transactions, and a write outside a transaction commits at
 *   once. If the group fails, every transaction in it fails, and none has answered yet.
 *
 * A query outside a transaction may read what a transaction of the open group wrote before that
 * transaction has returned: in the same process, never across a crash that the writer was told
 * survived.
 */
import type BetterSqlite from 'better-sqlite3';
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';

/** Statements kept prepared; rarer shapes (such as long `in (…)` lists) are prepared anew. */
const STATEMENT_CACHE_SIZE = 500;
/** A group commits after this many transactions even before the turn of the event loop ends. */
export const GROUP_MAX_TRANSACTIONS = 64;

const GROUP_SAVEPOINT = 'tilskudd_tx';

interface Group {
  transactions: number;
  /** The turn that opened it has ended: commit as soon as the connection is free. */
  due: boolean;
  durable: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

function openGroup(): Group {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const durable = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A group nobody committed into has no waiter; its failure is reported by the statement.
  durable.catch(() => undefined);
  return { transactions: 0, due: false, durable, resolve, reject };
}

/** One loan of the connection; used after it is returned, it refuses. */
class SqliteLease implements DatabaseConnection {
  active = true;
  readonly #driver: GroupCommitSqliteDriver;

  constructor(driver: GroupCommitSqliteDriver) {
    this.#driver = driver;
  }

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return Promise.resolve(this.#driver.execute<R>(this, query));
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!this.active) throw new Error('SQLite connection used after it was returned');
    const statement = this.#driver.prepare(query.sql);
    if (!SelectQueryNode.is(query.query) && !statement.reader) {
      throw new Error('SQLite can only stream select queries');
    }
    for (const row of statement.iterate(query.parameters as unknown[])) {
      yield { rows: [row as R] };
    }
  }
}

export class GroupCommitSqliteDriver implements Driver {
  readonly #sqlite: BetterSqlite.Database;
  readonly #statements = new Map<string, BetterSqlite.Statement>();
  readonly #waiting: (() => void)[] = [];
  #held = false;
  #group: Group | undefined;
  #inTransaction = false;
  /** Commits made, for tests and benchmarks: how many transactions shared each. */
  commits = 0;

  constructor(sqlite: BetterSqlite.Database) {
    this.#sqlite = sqlite;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#held) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#held = true;
    return new SqliteLease(this);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const lease = connection as SqliteLease;
    if (!lease.active) return; // given back early by commitTransaction
    lease.active = false;
    this.#handOver();
  }

  async beginTransaction(): Promise<void> {
    if (!this.#group) {
      this.#run('begin');
      const group = openGroup();
      this.#group = group;
      setImmediate(() => {
        group.due = true;
        // Held means mid-transaction or mid-query across a wait: the release commits it then.
        if (this.#group === group && !this.#held) this.#commitGroup();
      });
    }
    this.#run(`savepoint ${GROUP_SAVEPOINT}`);
    this.#inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const group = this.#group;
    if (!group) throw new Error('commit without a transaction');
    try {
      this.#run(`release ${GROUP_SAVEPOINT}`);
    } catch (error) {
      this.#failIfAborted(error);
      throw error;
    }
    this.#inTransaction = false;
    group.transactions += 1;
    // The connection goes to the next in line now; this transaction waits for its group's commit.
    const lease = connection as SqliteLease;
    lease.active = false;
    this.#handOver();
    await group.durable;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // Already committed into a group that then failed: nothing of it is left to undo.
    if (!(connection as SqliteLease).active) return;
    this.#inTransaction = false;
    // SQLite ended the whole group itself (disk full, I/O error): failed already, nothing to undo.
    if (!this.#sqlite.inTransaction) return;
    this.#undoTransaction();
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteName(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quoteName(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quoteName(name)}`));
  }

  async destroy(): Promise<void> {
    // A transaction still running has not returned: undo it, and keep those that committed.
    if (this.#inTransaction && this.#sqlite.inTransaction) {
      this.#inTransaction = false;
      this.#undoTransaction();
    }
    if (this.#group) this.#commitGroup();
    this.#sqlite.close();
  }

  prepare(text: string): BetterSqlite.Statement {
    let statement = this.#statements.get(text);
    if (statement) {
      this.#statements.delete(text);
    } else {
      statement = this.#sqlite.prepare(text);
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) {
        const oldest = this.#statements.keys().next().value;
        if (oldest !== undefined) this.#statements.delete(oldest);
      }
    }
    this.#statements.set(text, statement);
    return statement;
  }

  execute<R>(lease: SqliteLease, query: CompiledQuery): QueryResult<R> {
    if (!lease.active) throw new Error('SQLite connection used after it was returned');
    const statement = this.prepare(query.sql);
    const parameters = query.parameters as unknown[];
    let result: QueryResult<R>;
    try {
      if (statement.reader) {
        result = { rows: statement.all(parameters) as R[] };
      } else {
        const { changes, lastInsertRowid } = statement.run(parameters);
        result = {
          numAffectedRows: BigInt(changes),
          insertId: BigInt(lastInsertRowid),
          rows: [],
        };
      }
    } catch (error) {
      this.#failIfAborted(error);
      throw error;
    }
    // A write outside a transaction (`reader` too when it has RETURNING) is durable before it
    // returns, like an autocommit.
    if (!statement.readonly && !this.#inTransaction && this.#group) this.#commitGroup();
    return result;
  }

  /** Undoes the running transaction's savepoint and leaves the group's other transactions. */
  #undoTransaction(): void {
    this.#run(`rollback to ${GROUP_SAVEPOINT}`);
    this.#run(`release ${GROUP_SAVEPOINT}`);
  }

  #run(text: string): void {
    this.prepare(text).run();
  }

  #handOver(): void {
    const next = this.#waiting.shift();
    const group = this.#group;
    if (group && (group.due || group.transactions >= GROUP_MAX_TRANSACTIONS)) this.#commitGroup();
    if (next) next();
    else this.#held = false;
  }

  #commitGroup(): void {
    const group = this.#group;
    if (!group) return;
    this.#group = undefined;
    try {
      this.#run('commit');
      this.commits += 1;
      group.resolve();
    } catch (error) {
      if (this.#sqlite.inTransaction) {
        try {
          this.#run('rollback');
        } catch {
          // The rollback's own failure adds nothing: the group has failed either way.
        }
      }
      group.reject(error);
    }
  }

  /** After an error SQLite may have ended the whole group; then every transaction in it failed. */
  #failIfAborted(error: unknown): void {
    const group = this.#group;
    if (!group || this.#sqlite.inTransaction) return;
    this.#group = undefined;
    this.#inTransaction = false;
    group.reject(error);
  }
}

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** SQLite through {@link GroupCommitSqliteDriver}; `driver` is there once Kysely has made it. */
export class GroupCommitSqliteDialect extends SqliteDialect {
  readonly #sqlite: BetterSqlite.Database;
  driver: GroupCommitSqliteDriver | undefined;

  constructor(sqlite: BetterSqlite.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override createDriver(): Driver {
    this.driver = new GroupCommitSqliteDriver(this.#sqlite);
    return this.driver;
  }
}
