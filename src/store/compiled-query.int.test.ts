/** compiledOnce: one SQL text per dialect, run with each call's values, inside transactions too. */
import { sql, type CompiledQuery } from 'kysely';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../test/helpers/dialects.js';
import { compiledOnce } from './compiled-query.js';

describeEachDialect('compiledOnce', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    const at = '2021-09-01T10:00:00.000Z';
    await t.store.db
      .insertInto('setting')
      .values([
        { key: 'a', value: 'første', updated_at: at },
        { key: 'b', value: 'andre', updated_at: at },
      ])
      .execute();
  });
  afterAll(async () => {
    await t.drop();
  });

  const valueOf = compiledOnce(['key'], (db, v: { key: string }) =>
    db.selectFrom('setting').select('value').where('key', '=', v.key),
  );
  const rename = compiledOnce(['value', 'key'], (db, v: { value: string; key: string }) =>
    db.updateTable('setting').set({ value: v.value }).where('key', '=', v.key),
  );

  it('runs one compiled text with the values of each call', async () => {
    const execute = vi.spyOn(t.store.db, 'executeQuery');
    expect((await valueOf(t.store.db, { key: 'a' })).rows).toEqual([{ value: 'første' }]);
    expect((await valueOf(t.store.db, { key: 'b' })).rows).toEqual([{ value: 'andre' }]);
    expect((await valueOf(t.store.db, { key: 'none' })).rows).toEqual([]);
    // Called with the compiled query (executeQuery also takes a builder, which compiledOnce never passes).
    const [first, second] = execute.mock.calls.map(([query]) => query as CompiledQuery);
    expect(second?.sql).toBe(first?.sql);
    expect(second?.parameters).toEqual(['b']);
    execute.mockRestore();
  });

  it('puts each value in its place, and counts the rows a write changed, in a transaction too', async () => {
    await t.store.db.transaction().execute(async (trx) => {
      const changed = await rename(trx, { value: 'endret', key: 'b' });
      expect(Number(changed.numAffectedRows)).toBe(1);
      expect(Number((await rename(trx, { value: 'x', key: 'none' })).numAffectedRows)).toBe(0);
    });
    expect((await valueOf(t.store.db, { key: 'b' })).rows).toEqual([{ value: 'endret' }]);
    expect((await valueOf(t.store.db, { key: 'a' })).rows).toEqual([{ value: 'første' }]);
  });

  if (dialect === 'postgres') {
    it('is kept prepared by name on a PostgreSQL connection, and refuses `*` there', async () => {
      await t.store.db.transaction().execute(async (trx) => {
        expect((await valueOf(trx, { key: 'a' })).rows).toEqual([{ value: 'første' }]);
        const prepared = await sql<{ statement: string }>`
          select statement from pg_prepared_statements where name like 'tilskudd_%'`.execute(trx);
        expect(prepared.rows.map((r) => r.statement)).toContain(
          'select "value" from "setting" where "key" = $1',
        );
      });
      const everything = compiledOnce(['key'], (db, v: { key: string }) =>
        db.selectFrom('setting').selectAll().where('key', '=', v.key),
      );
      await expect(everything(t.store.db, { key: 'a' })).rejects.toThrow(/names its columns/);
    });
  }

  it('refuses a query that does not send every value as a parameter', async () => {
    const unused = compiledOnce(['key', 'value'], (db, v: { key: string; value: string }) =>
      db.selectFrom('setting').select('value').where('key', '=', v.key),
    );
    await expect(unused(t.store.db, { key: 'a', value: 'x' })).rejects.toThrow(/every value/);
  });
});
