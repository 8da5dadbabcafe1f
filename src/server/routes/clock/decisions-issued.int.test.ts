/**
 * The admin's "decisions issued" jump (issue 16): after the assessment-done life, a synthetic
 * officer and leader approve an allocation and its decisions, the letters of both tracks are
 * issued with one e-mail each to the institution's people, and one klage is filed by a private
 * institution's synthetic applicant. A second jump changes nothing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { authHeaders, SEED_CALL_ID } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

describeEachDialect('the decisions-issued jump', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await jump();
  }, 600_000);
  afterAll(async () => {
    await t.close();
  });

  async function jump() {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/clock',
      headers: await authHeaders(t, 'admin'),
      payload: { callId: SEED_CALL_ID, phase: 'decisions-issued' },
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  const counts = async () => {
    const db = t.ctx.store.db;
    const decisions = await db
      .selectFrom('decision')
      .select(['state', 'track', 'letter_sha256'])
      .where('call_id', '=', SEED_CALL_ID)
      .execute();
    const mails = await db
      .selectFrom('outbox_message')
      .select('id')
      .where('topic', '=', 'decision')
      .execute();
    const appeals = await db.selectFrom('appeal').select(['late', 'state']).execute();
    return { decisions, mails: mails.length, appeals };
  };

  it('issues letters of both tracks, e-mails them and leaves one klage in flight', async () => {
    const { decisions, mails, appeals } = await counts();
    expect(decisions.length).toBeGreaterThan(20);
    expect(decisions.every((d) => ['issued', 'appealed'].includes(d.state))).toBe(true);
    expect(decisions.every((d) => d.letter_sha256 !== null)).toBe(true);
    expect(new Set(decisions.map((d) => d.track))).toEqual(
      new Set(['enkeltvedtak', 'tilskuddsbrev']),
    );
    expect(mails).toBeGreaterThanOrEqual(decisions.length);
    expect(appeals).toEqual([{ late: 0, state: 'received' }]);
    expect(decisions.filter((d) => d.state === 'appealed')).toHaveLength(1);
  });

  it('a second jump changes nothing', async () => {
    const before = await counts();
    await jump();
    expect(await counts()).toEqual(before);
  });
});
