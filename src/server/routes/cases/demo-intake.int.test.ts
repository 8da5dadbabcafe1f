/**
 * In demo mode the clock can be moved back before the deadline after intake has closed: intake
 * opens again, and at the next deadline only the new submissions become cases, numbered on.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import {
  authHeaders,
  createCompleteApplication,
  SEED_CALL_ID,
  submit,
} from '../../../../test/helpers/applications.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

describeEachDialect('intake in demo mode', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  const jump = async (phase: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/clock',
      headers: await authHeaders(t, 'admin'),
      payload: { callId: SEED_CALL_ID, phase },
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const cases = async () =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/calls/${SEED_CALL_ID}/cases?sort=caseNumber`,
        headers: await authHeaders(t, 'officer'),
      })
    ).json<{ intake: { closed: boolean }; items: { id: string; caseNumber: string }[] }>();

  it('R3: moving the demo clock back reopens intake; the next deadline takes in only what is new', async () => {
    const first = await createCompleteApplication(t);
    expect((await submit(t, first, 'demo-intake-1')).statusCode).toBe(201);
    await jump('after-deadline');
    const once = await cases();
    expect(once.items.map((c) => c.caseNumber)).toEqual(['SAK-KOMP21-0001']);

    await jump('open');
    expect((await cases()).intake.closed).toBe(false);
    const second = await createCompleteApplication(t, 'applicant-ntnu-2');
    expect((await submit(t, second, 'demo-intake-2', 'applicant-ntnu-2')).statusCode).toBe(201);
    await jump('after-deadline');
    const twice = await cases();
    expect(twice.items.map((c) => c.caseNumber)).toEqual(['SAK-KOMP21-0001', 'SAK-KOMP21-0002']);
    expect(twice.items[0]?.id).toBe(once.items[0]?.id);
  });
});
