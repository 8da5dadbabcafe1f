/**
 * A browser navigation that fails shows a page in the user's language with a way on, never
 * problem+json (issue 13, part 2): an unknown address, a receipt PDF of someone else's
 * application, the same link after the session ended, a failed sign-in callback. API clients,
 * which ask for JSON, keep getting problem+json for the very same requests.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createCompleteApplication,
  KRISTIANIA,
  submit,
} from '../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.js';

/** What Chromium sends for a navigation. */
const NAVIGATION =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const API = 'application/json, application/problem+json';

const h1 = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];
const links = (html: string) =>
  [...html.matchAll(/<a class="action[^"]*" href="([^"]*)">([^<]*)<\/a>/g)].map((m) => ({
    href: (m[1] ?? '').replaceAll('&amp;', '&'),
    label: m[2],
  }));

describeEachDialect('pages for failed navigations', (dialect) => {
  let t: TestApp;
  let receiptUrl: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const id = await createCompleteApplication(t);
    const submitted = await submit(t, id, 'error-pages-1');
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { submissionId } = submitted.json<{ submissionId: string }>();
    receiptUrl = `/api/applications/${id}/submissions/${submissionId}/receipt.pdf`;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('an unknown address: a page with a heading, the status and a way home, in bokmål', async () => {
    const res = await t.app.inject({ url: '/api/nothing-here', headers: { accept: NAVIGATION } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<html lang="nb">');
    expect(h1(res.body)).toBe('Fant ikke siden');
    expect(res.body).toContain('Feilkode 404');
    expect(links(res.body)).toEqual([{ href: '/', label: 'Gå til forsiden' }]);
    expect(res.body).toMatch(/Feilreferanse: [0-9a-f-]{36}</);
    expect(res.body).not.toMatch(/<script|<style|\sstyle=/i);
  });

  it('API clients still get problem+json for the same request', async () => {
    const res = await t.app.inject({ url: '/api/nothing-here', headers: { accept: API } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.json()).toMatchObject({ code: 'not_found', status: 404 });
    // No Accept at all (curl, scripts): JSON too.
    const bare = await t.app.inject({ url: '/api/nothing-here' });
    expect(bare.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });

  it('a receipt PDF of another institution: a forbidden page that offers another sign-in', async () => {
    const res = await t.app.inject({
      url: receiptUrl,
      headers: {
        accept: NAVIGATION,
        'accept-language': 'en-GB,en;q=0.9',
        authorization: `Bearer ${await t.tokenFor('applicant-kristiania')}`,
      },
    });
    expect([403, 404]).toContain(res.statusCode);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).not.toContain(KRISTIANIA);
    const home = links(res.body).find((l) => l.href === '/');
    expect(home?.label).toBe('Go to the front page');
    const api = await t.app.inject({
      url: receiptUrl,
      headers: { accept: API, authorization: `Bearer ${await t.tokenFor('applicant-kristiania')}` },
    });
    expect(api.statusCode).toBe(res.statusCode);
    expect(api.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });

  it('the receipt link after the session ended: sign in, and come back to the receipt', async () => {
    const res = await t.app.inject({
      url: receiptUrl,
      headers: { accept: NAVIGATION, cookie: 'tilskudd_language=nn' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('<html lang="nn">');
    expect(h1(res.body)).toBe('Du må logge inn');
    expect(links(res.body)[0]).toEqual({
      href: `/auth/login?returnTo=${encodeURIComponent(receiptUrl)}`,
      label: 'Logg inn',
    });
    expect(links(res.body)[1]?.label).toBe('Gå til framsida');
  });

  it('a failed sign-in callback: a page that starts sign-in again', async () => {
    const res = await t.app.inject({
      url: '/auth/callback?code=stolen&state=applicant.forged',
      headers: { accept: NAVIGATION, 'accept-language': 'nb' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(h1(res.body)).toBe('Innloggingen ble ikke fullført');
    expect(links(res.body)[0]).toEqual({
      href: '/auth/login?returnTo=%2F',
      label: 'Logg inn på nytt',
    });
    expect(res.body).not.toContain('stolen');
  });

  it('a bad address: names the field and the reason, and changes nothing', async () => {
    const res = await t.app.inject({
      url: '/auth/login?returnTo=%2F%2Fevil.example',
      headers: { accept: NAVIGATION, cookie: 'tilskudd_language=en' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain(
      '<code>querystring.returnTo</code>: must be a path on this site starting with /',
    );
    expect(res.body).not.toContain('on our side');
    expect(links(res.body)).toEqual([{ href: '/', label: 'Go to the front page' }]);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('serves the page’s style sheet, which the CSP allows', async () => {
    const res = await t.app.inject({ url: '/static/error-page.css' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
  });
});
