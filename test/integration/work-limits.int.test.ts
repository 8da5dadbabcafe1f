/**
 * Limits on expensive work per caller: PDF/A documents rendered per user, and failed bearer
 * tokens per client address. The refusal is a 429 naming the limit, with Retry-After.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FAILED_TOKENS_PER_CLIENT, PDF_PER_USER } from '../../src/server/plugins/work-limits.js';
import { authHeaders, createCompleteApplication, submit } from '../helpers/applications.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describeEachDialect('limits on expensive work per caller', (dialect) => {
  let t: TestApp;
  let receiptUrl: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const id = await createCompleteApplication(t);
    const res = await submit(t, id, 'work-limits-0001');
    expect(res.statusCode, res.body).toBe(201);
    const { submissionId } = res.json<{ submissionId: string }>();
    receiptUrl = `/api/applications/${id}/submissions/${submissionId}/receipt.pdf`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses the PDF past the per-user limit, naming it; another user is not affected', async () => {
    const headers = { ...(await authHeaders(t, 'applicant-ntnu')), 'accept-language': 'nb' };
    for (let i = 0; i < PDF_PER_USER.max; i += 1) {
      const ok = await t.app.inject({ url: receiptUrl, headers });
      expect(ok.statusCode, ok.body.slice(0, 200)).toBe(200);
    }
    const refused = await t.app.inject({ url: receiptUrl, headers });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({
      code: 'rate_limited',
      limit: 'pdfPerUser',
      detail: expect.stringContaining(`høyst ${PDF_PER_USER.max} i minuttet`),
    });
    const colleague = await t.app.inject({
      url: receiptUrl,
      headers: await authHeaders(t, 'applicant-ntnu-2'),
    });
    expect(colleague.statusCode).toBe(200);
  });

  it('refuses a client past the failed-token limit before looking the token up', async () => {
    const bad = { authorization: 'Bearer not-a-real-token-000000', 'accept-language': 'en' };
    for (let i = 0; i < FAILED_TOKENS_PER_CLIENT.max; i += 1) {
      const res = await t.app.inject({ url: '/api/me', headers: bad, remoteAddress: '10.0.0.7' });
      expect(res.statusCode).toBe(401);
    }
    const refused = await t.app.inject({ url: '/api/me', headers: bad, remoteAddress: '10.0.0.7' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({
      limit: 'failedTokensPerClient',
      detail: expect.stringContaining('Too many invalid bearer tokens'),
    });
    const elsewhere = await t.app.inject({
      url: '/api/me',
      headers: await authHeaders(t, 'officer'),
      remoteAddress: '10.0.0.8',
    });
    expect(elsewhere.statusCode).toBe(200);
  });
});
