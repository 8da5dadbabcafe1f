import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../test/helpers/dialects.js';
import { migrateToLatest } from './create-store.js';

describeEachDialect('store', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.drop();
  });

  it('migrations are applied once and a second run applies nothing', async () => {
    expect(await migrateToLatest(t.store)).toEqual([]);
    const tables = await t.store.db.introspection.getTables();
    expect(tables.map((x) => x.name)).toEqual(
      expect.arrayContaining(['institution', 'app_user', 'session', 'audit_event', 'setting']),
    );
  });

  it('answers the readiness ping', async () => {
    await expect(t.store.ping()).resolves.toBeUndefined();
  });

  if (dialect === 'sqlite') {
    describe('durability settings', () => {
      it('runs in WAL mode with synchronous=FULL so a receipt survives power loss', async () => {
        const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(t.store.db);
        const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(t.store.db);
        expect(mode.rows[0]?.journal_mode).toBe('wal');
        expect(sync.rows[0]?.synchronous).toBe(2);
      });
    });

    describe('statement cache', () => {
      it('answers right across more statement shapes than it keeps, and after a schema change', async () => {
        const db = t.store.db;
        await sql`create table cache_probe (id integer primary key, label text not null)`.execute(
          db,
        );
        await sql`insert into cache_probe (id, label) values (1, 'one'), (2, 'two')`.execute(db);
        // 600 distinct texts push every earlier statement out of the cache at least once.
        for (let n = 0; n < 600; n += 1) {
          const rows = await sql<{
            n: number;
          }>`select ${sql.lit(n)} as n from cache_probe where id = ${1}`.execute(db);
          expect(rows.rows).toEqual([{ n }]);
        }
        const byId = (id: number) =>
          sql<{ label: string }>`select * from cache_probe where id = ${id}`.execute(db);
        expect((await byId(2)).rows).toEqual([{ id: 2, label: 'two' }]);
        await sql`alter table cache_probe add column extra text default 'x' not null`.execute(db);
        // The same text, now cached, sees the new column.
        expect((await byId(2)).rows).toEqual([{ id: 2, label: 'two', extra: 'x' }]);
        await sql`drop table cache_probe`.execute(db);
      });
    });
  }
});
