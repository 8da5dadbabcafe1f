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
  }
});
