import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUP_MAX_TRANSACTIONS, GroupCommitSqliteDialect } from './sqlite-driver.js';

interface ProbeDb {
  parent: { id: number };
  item: { id: string; parent_id: number | null };
}

describe('SQLite driver: group commit (docs/adr/0010)', () => {
  let dir: string;
  let path: string;
  let dialect: GroupCommitSqliteDialect;
  let db: Kysely<ProbeDb>;
  /** A second connection, as another process would have: it sees only what is committed. */
  let other: BetterSqlite.Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tilskudd-driver-'));
    path = join(dir, 'probe.sqlite');
    const sqlite = new BetterSqlite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    dialect = new GroupCommitSqliteDialect(sqlite);
    db = new Kysely<ProbeDb>({ dialect });
    await sql`create table parent (id integer primary key)`.execute(db);
    await sql`create table item (id text primary key, parent_id integer references parent (id) deferrable initially deferred)`.execute(
      db,
    );
    other = new BetterSqlite(path, { readonly: true });
  });

  afterEach(async () => {
    other.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const committedIds = () =>
    (other.prepare('select id from item order by id').all() as { id: string }[]).map((r) => r.id);
  const commits = () => dialect.driver?.commits ?? 0;

  const insertIn = (id: string, parentId: number | null = null) =>
    db.transaction().execute(async (tx) => {
      await tx.insertInto('item').values({ id, parent_id: parentId }).execute();
      return id;
    });

  it('transactions of requests that arrive together share one commit, and each returns only once it is on disk', async () => {
    const before = commits();
    const seenOnReturn: string[][] = [];
    const ids = Array.from({ length: 20 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    await Promise.all(
      ids.map((id) =>
        insertIn(id).then(() => {
          // What another connection sees the moment this transaction returns.
          seenOnReturn.push(committedIds());
        }),
      ),
    );
    expect(commits() - before).toBe(1);
    for (const seen of seenOnReturn) expect(seen).toEqual(ids);
  });

  it(`commits after ${GROUP_MAX_TRANSACTIONS} transactions even within one turn`, async () => {
    const before = commits();
    const count = GROUP_MAX_TRANSACTIONS * 2 + 1;
    await Promise.all(Array.from({ length: count }, (_, i) => insertIn(`m${i}`)));
    expect(commits() - before).toBe(3);
    expect(committedIds()).toHaveLength(count);
  });

  it('a transaction that fails undoes only itself; the others in its group are stored', async () => {
    const results = await Promise.allSettled([
      insertIn('a'),
      db.transaction().execute(async (tx) => {
        await tx.insertInto('item').values({ id: 'b', parent_id: null }).execute();
        throw new Error('the service refused');
      }),
      insertIn('c'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committedIds()).toEqual(['a', 'c']);
  });

  it('a write outside a transaction is on disk when it returns, with the group it joined', async () => {
    const inGroup = insertIn('g');
    const outside = db
      .insertInto('item')
      .values({ id: 'o', parent_id: null })
      .execute()
      .then(() => committedIds());
    expect(await outside).toEqual(['g', 'o']);
    await inGroup;
  });

  it('a write with RETURNING outside a transaction is on disk when it returns, too', async () => {
    const inGroup = insertIn('g');
    const outside = db
      .insertInto('item')
      .values({ id: 'r', parent_id: null })
      .returning('id')
      .execute()
      .then((rows) => ({ rows, committed: committedIds() }));
    expect(await outside).toEqual({ rows: [{ id: 'r' }], committed: ['g', 'r'] });
    await inGroup;
  });

  it('when the group cannot commit, every transaction in it fails and nothing of it is stored', async () => {
    await db.insertInto('parent').values({ id: 1 }).execute();
    // The foreign key is checked at COMMIT: the second transaction breaks the whole group's commit.
    const results = await Promise.allSettled([insertIn('ok', 1), insertIn('orphan', 99)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(committedIds()).toEqual([]);
    // The connection is usable afterwards.
    await insertIn('after', 1);
    expect(committedIds()).toEqual(['after']);
  });

  it('closing keeps the transactions that committed and undoes one still running', async () => {
    let reached!: () => void;
    const midway = new Promise<void>((resolve) => (reached = resolve));
    const committed = insertIn('done');
    const running = db.transaction().execute(async (tx) => {
      await tx.insertInto('item').values({ id: 'half', parent_id: null }).execute();
      reached();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await tx.insertInto('item').values({ id: 'rest', parent_id: null }).execute();
    });
    await midway;
    await db.destroy();
    await expect(committed).resolves.toBe('done');
    await expect(running).rejects.toThrow();
    expect(committedIds()).toEqual(['done']);
  });

  it('lends the connection in the order it was asked for', async () => {
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        db.transaction().execute(async (tx) => {
          // Each transaction yields to the event loop while it holds the connection.
          await new Promise((resolve) => setTimeout(resolve, 1));
          await tx
            .insertInto('item')
            .values({ id: `f${i}`, parent_id: null })
            .execute();
          order.push(i);
        }),
      ),
    );
    expect(order).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });
});
