import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../../test/helpers/dialects.js';
import { recordAuditEvent, verifyAuditChain } from './audit.repository.js';

describeEachDialect('audit log', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.drop();
  });

  it('R32: events chain by SHA-256, and a silent edit anywhere breaks the chain', async () => {
    for (let i = 0; i < 5; i += 1) {
      await recordAuditEvent(t.store.db, {
        actor: null,
        actorLabel: 'test',
        action: 'test.event',
        entityType: 'thing',
        entityId: String(i),
        detail: { i },
        at: new Date(Date.UTC(2021, 8, 15, 12, 0, i)),
      });
    }
    expect(await verifyAuditChain(t.store.db)).toEqual({ ok: true, events: 5 });
    const third = await t.store.db
      .selectFrom('audit_event')
      .select('seq')
      .orderBy('seq')
      .offset(2)
      .limit(1)
      .executeTakeFirstOrThrow();
    await t.store.db
      .updateTable('audit_event')
      .set({ detail: '{"i":99}' })
      .where('seq', '=', third.seq)
      .execute();
    expect(await verifyAuditChain(t.store.db)).toEqual({ ok: false, brokenAtSeq: third.seq });
  });

  it('R32: concurrent writers still form one unbroken chain', async () => {
    await t.store.db.deleteFrom('audit_event').execute();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recordAuditEvent(t.store.db, {
          actor: null,
          action: 'test.concurrent',
          entityType: 'thing',
          entityId: String(i),
          detail: {},
          at: new Date(),
        }),
      ),
    );
    expect(await verifyAuditChain(t.store.db)).toEqual({ ok: true, events: 20 });
  });
});
