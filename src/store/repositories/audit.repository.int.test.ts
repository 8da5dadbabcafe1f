import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../../test/helpers/dialects.js';
import { inTransaction } from '../create-store.js';
import {
  appendAuditEvent,
  recordAuditEvent,
  sealAuditEvents,
  verifyAuditChain,
  type AuditInput,
} from './audit.repository.js';

const event = (i: number): AuditInput => ({
  actor: null,
  actorLabel: 'test',
  action: 'test.business',
  entityType: 'thing',
  entityId: String(i),
  detail: { i },
  at: new Date(Date.UTC(2021, 8, 15, 12, 0, i % 60)),
});

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

  it('R32: events of concurrent business transactions are all chained when inTransaction returns', async () => {
    await t.store.db.deleteFrom('audit_event').execute();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        inTransaction(t.store, async (tx) => {
          await appendAuditEvent(tx, event(i));
        }),
      ),
    );
    const pending = await t.store.db.selectFrom('audit_event_pending').select('id').execute();
    expect(pending).toEqual([]);
    const rows = await t.store.db.selectFrom('audit_event').select('entity_id').execute();
    expect(rows.map((r) => Number(r.entity_id)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i),
    );
    expect(await verifyAuditChain(t.store.db)).toEqual({ ok: true, events: 40 });
  });

  it('R32: an event rolled back with its change is never chained', async () => {
    await t.store.db.deleteFrom('audit_event').execute();
    await expect(
      inTransaction(t.store, async (tx) => {
        await appendAuditEvent(tx, event(1));
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await verifyAuditChain(t.store.db)).toEqual({ ok: true, events: 0 });
  });

  it('R32: an event committed but not yet sealed (a process stopped in between) is chained by the next seal', async () => {
    await t.store.db.deleteFrom('audit_event').execute();
    // A transaction opened outside inTransaction: nobody seals right after its commit.
    await t.store.db.transaction().execute((trx) => appendAuditEvent(trx, event(7)));
    await recordAuditEvent(t.store.db, event(8));
    await sealAuditEvents(t.store.db);
    const rows = await t.store.db
      .selectFrom('audit_event')
      .select('entity_id')
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.entity_id)).toEqual(['7', '8']);
    expect(await verifyAuditChain(t.store.db)).toEqual({ ok: true, events: 2 });
  });
});
