/** /metrics shows live per-route activity, so only a scraper with the configured token reads it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders } from '../../../test/helpers/applications.js';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.js';

const TOKEN = 'scrape-me-with-this-long-secret';

describe('metrics with TILSKUDD_METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { env: { TILSKUDD_METRICS_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a request without the token (401, WWW-Authenticate), showing no counts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(res.body).not.toContain('tilskudd_http_request_duration_seconds');
  });

  it('refuses a wrong token, and a signed-in user (even an admin) is not a scraper', async () => {
    const wrong = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer scrape-me-with-this-long-secreT' },
    });
    expect(wrong.statusCode).toBe(401);
    const admin = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: await authHeaders(t, 'admin'),
    });
    expect(admin.statusCode).toBe(401);
  });

  it('answers the scraper with the token', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('tilskudd_http_request_duration_seconds');
  });
});

describe('metrics without a token configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('is off: 404 for everyone', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('tilskudd_http_request_duration_seconds');
  });
});
