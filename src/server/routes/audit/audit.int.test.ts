/**
 * R32: the admin runs the audit trail's verification from the web and sees the last result:
 * when, the result, the first broken event. Only the admin.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { authHeaders } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

interface Status {
  last: null | {
    finishedAt: string;
    runBy: string;
    report: { ok: boolean; events: number; firstBroken: null | { kind: string; seq: number } };
  };
  key: { id: string };
}

describeEachDialect('audit verification for the admin', (dialect) => {
  let t: TestApp;
  const as = async (persona: string, method: 'GET' | 'POST') =>
    t.app.inject({
      method,
      url: '/api/admin/audit/verification',
      headers: await authHeaders(t, persona),
    });

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('R32: the admin sees no verification yet, runs one, and sees when, the result and who ran it', async () => {
    const before = await as('admin', 'GET');
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json<Status>()).toMatchObject({
      last: null,
      key: { id: expect.stringMatching(/^demo-/) },
    });
    const run = await as('admin', 'POST');
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json<Status>().last).toMatchObject({
      runBy: 'Tor Lund',
      report: { ok: true, firstBroken: null },
    });
    const after = (await as('admin', 'GET')).json<Status>();
    expect(after.last?.finishedAt).toBe(run.json<Status>().last?.finishedAt);
  });

  it('R32: after an event is edited in the database, the run names it as the first broken event', async () => {
    const row = await t.db.store.db
      .selectFrom('audit_event')
      .select('seq')
      .orderBy('seq')
      .limit(1)
      .executeTakeFirstOrThrow();
    await t.db.store.db
      .updateTable('audit_event')
      .set({ action: 'changed' })
      .where('seq', '=', row.seq)
      .execute();
    const run = (await as('admin', 'POST')).json<Status>();
    expect(run.last?.report).toMatchObject({
      ok: false,
      firstBroken: { kind: 'edited', seq: row.seq },
    });
  });

  it('R34: nobody but the admin reaches it', async () => {
    for (const persona of ['officer', 'leader', 'applicant-ntnu', 'assessor-1']) {
      expect((await as(persona, 'GET')).statusCode).toBe(403);
      expect((await as(persona, 'POST')).statusCode).toBe(403);
    }
  });
});
