/**
 * Sign-in over real HTTP: the app listens on a loopback port, the built-in identity provider runs
 * in it, and these tests act as a browser (cookies by hand, redirects one by one).
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import {
  authorize,
  browserFetch,
  CookieJar,
  followRedirects,
  signIn,
  startTestServer,
  type TestServer,
} from '../../../../test/helpers/test-server.js';
import { ConfigError, readConfig } from '../../../platform/config.js';
import { buildApp } from '../../app.js';
import { readPersonas } from '../../../platform/seed-demo-data.js';
import { hashSecret } from '../../../store/repositories/sessions.repository.js';
import { registerDevIdentityProvider } from '../../auth/dev-idp/register.js';

const json = { accept: 'application/json' };

describeEachDialect('sign-in with the built-in identity provider', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(dialect);
  });
  afterAll(async () => {
    await s?.close();
  });

  async function sessionOf(jar: CookieJar) {
    const res = await browserFetch(jar, `${s.baseUrl}/api/session`, { headers: json });
    expect(res.status).toBe(200);
    return (await res.json()) as {
      authenticated: boolean;
      user?: { id: string; name: string; email: string | null };
      roles?: { role: string; institution: { orgnr: string; name: string } | null }[];
      csrfToken?: string;
      expiresAt?: string;
    };
  }

  async function auditActions(userId: string): Promise<string[]> {
    const rows = await s.ctx.store.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_id', '=', userId)
      .orderBy('seq')
      .execute();
    return rows.map((r) => r.action);
  }

  it('starts the code flow with PKCE S256, state, nonce and a fresh persona choice', async () => {
    const res = await browserFetch(new CookieJar(), `${s.baseUrl}/auth/login?returnTo=/minside`);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${s.baseUrl}/idp/auth`);
    const q = location.searchParams;
    expect(q.get('client_id')).toBe('tilskudd-web');
    expect(q.get('redirect_uri')).toBe(`${s.baseUrl}/auth/callback`);
    expect(q.get('response_type')).toBe('code');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('state')).toMatch(/^applicant\./);
    expect(q.get('nonce')).toBeTruthy();
    expect(q.get('prompt')).toBe('login');
  });

  it('shows a CSP-safe persona picker with one labelled button per persona', async () => {
    const picker = await followRedirects(new CookieJar(), `${s.baseUrl}/auth/login`);
    expect(picker.url).toMatch(new RegExp(`^${s.baseUrl}/idp/interaction/[\\w-]+$`));
    expect(picker.response.status).toBe(200);
    expect(picker.response.headers.get('content-security-policy')).toContain("script-src 'self'");
    // The form posts back to the identity provider: no-referrer would make that "Origin: null".
    expect(picker.response.headers.get('referrer-policy')).toBe('same-origin');
    const html = await picker.response.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)|<style|\sstyle=|\son\w+=/i);
    for (const persona of readPersonas()) {
      expect(html).toContain(`name="persona" value="${persona.id}"`);
      expect(html).toContain(persona.name);
      expect(html).toContain(persona.description.nb);
    }
    const css = await fetch(`${s.baseUrl}/idp/static/idp.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('signs a persona in: session cookie, name, roles with institution, audit event', async () => {
    const { jar, callback } = await signIn(s.baseUrl, 'applicant-ntnu', {
      returnTo: '/minside?fane=1',
    });
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/minside?fane=1');
    const cookie = callback.headers.getSetCookie().find((c) => c.startsWith('tilskudd_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);

    const session = await sessionOf(jar);
    expect(session.authenticated).toBe(true);
    expect(session.user?.name).toBe('Kari Nordmann');
    expect(session.user?.email).toBe('kari.nordmann@ntnu.example');
    expect(session.roles).toEqual([
      {
        role: 'applicant',
        institution: { orgnr: '974767880', name: expect.stringMatching(/NTNU|Norges/) },
      },
    ]);
    expect(session.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(await auditActions(session.user?.id ?? '')).toContain('auth.sign-in');
  });

  it('refuses a callback whose state is unknown', async () => {
    const { jar, callbackUrl } = await authorize(s.baseUrl, 'officer');
    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', 'applicant.forged-state');
    const res = await browserFetch(jar, forged.href, { headers: json });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('sign_in_failed');
    expect(jar.get('tilskudd_session')).toBeUndefined();
  });

  it('refuses a callback in a browser that did not start the sign-in (login CSRF)', async () => {
    const { jar, callbackUrl } = await authorize(s.baseUrl, 'admin');
    const victim = new CookieJar();
    const res = await browserFetch(victim, callbackUrl, { headers: json });
    expect(res.status).toBe(400);
    expect(victim.get('tilskudd_session')).toBeUndefined();
    // The attempt is untouched: the browser that started it still completes it.
    expect((await browserFetch(jar, callbackUrl)).status).toBe(303);
  });

  it("refuses a code redeemed with another attempt's PKCE verifier", async () => {
    const jar = new CookieJar();
    const first = await authorize(s.baseUrl, 'officer', { jar });
    const second = await authorize(s.baseUrl, 'officer', { jar });
    // The first attempt's code with the second attempt's state: the verifier cannot match.
    const mixed = new URL(first.callbackUrl);
    mixed.searchParams.set('state', new URL(second.callbackUrl).searchParams.get('state') ?? '');
    const res = await browserFetch(jar, mixed.href, { headers: json });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { code: string; detail?: string };
    expect(problem.code).toBe('sign_in_failed');
    expect(JSON.stringify(problem)).not.toMatch(/pkce|verifier|invalid_grant/i);
  });

  it('stores nothing for an anonymous /auth/login: the attempt travels in the cookie (14.14)', async () => {
    const tables = ['login_attempt', 'oidc_payload', 'session', 'setting', 'audit_event'] as const;
    const counts = () =>
      Promise.all(
        tables.map(async (table) => {
          const row = await s.ctx.store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow();
          return `${table}: ${Number(row.n)}`;
        }),
      );
    await browserFetch(new CookieJar(), `${s.baseUrl}/auth/login`); // discovery and keys warmed up
    const before = await counts();
    for (let i = 0; i < 5; i += 1) {
      const res = await browserFetch(new CookieJar(), `${s.baseUrl}/auth/login?returnTo=/minside`);
      expect(res.status).toBe(302);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tilskudd_login='));
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/Path=\/auth\/callback/);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a login cookie altered by the browser', async () => {
    const { jar, callbackUrl } = await authorize(s.baseUrl, 'officer');
    const sealed = jar.get('tilskudd_login') ?? '';
    const flipped = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'AB' : 'AA'}`;
    const res = await fetch(callbackUrl, {
      redirect: 'manual',
      headers: { ...json, cookie: `tilskudd_login=${flipped}` },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('sign_in_failed');
  });

  it('pins the built-in issuer’s discovery to the public URL, whatever Host says (14.14)', async () => {
    const res = await s.app.inject({
      url: '/idp/.well-known/openid-configuration',
      headers: {
        host: 'evil.example',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
      },
    });
    expect(res.statusCode).toBe(200);
    const urls = Object.values(res.json<Record<string, unknown>>()).filter(
      (v): v is string => typeof v === 'string' && /^\w+:\/\//.test(v),
    );
    expect(urls.length).toBeGreaterThan(4);
    for (const url of urls) expect(url.startsWith(`${s.baseUrl}/idp`), url).toBe(true);
  });

  it('refuses a replayed callback', async () => {
    const { jar, callbackUrl } = await authorize(s.baseUrl, 'leader');
    const binding = jar.get('tilskudd_login') ?? '';
    expect((await browserFetch(jar, callbackUrl)).status).toBe(303);
    // Even with the login cookie put back, the attempt was used up by the first call.
    const replay = await fetch(callbackUrl, {
      redirect: 'manual',
      headers: { ...json, cookie: `tilskudd_login=${binding}` },
    });
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as { code: string }).code).toBe('sign_in_failed');
  });

  it('finishes in one process an interaction started in another (shared storage and keys)', async () => {
    const jar = new CookieJar();
    const picker = await followRedirects(jar, `${s.baseUrl}/auth/login`);
    const action = new URL(
      /action="([^"]+)"/.exec(await picker.response.text())?.[1] ?? '',
      s.baseUrl,
    );
    const other = await buildApp(s.ctx, { logger: false, webDir: '/nonexistent' });
    try {
      const chosen = await other.app.inject({
        method: 'POST',
        url: action.pathname,
        headers: {
          cookie: jar.header(action.href),
          'content-type': 'application/x-www-form-urlencoded',
          origin: s.baseUrl,
        },
        payload: 'persona=officer',
      });
      expect(chosen.statusCode).toBe(303);
      const isCallback = (url: string) => url.startsWith(`${s.baseUrl}/auth/callback`);
      const reached = await followRedirects(jar, String(chosen.headers.location), isCallback);
      expect((await browserFetch(jar, reached.url)).status).toBe(303);
      expect((await sessionOf(jar)).user?.name).toBe('Siri Dahl');
    } finally {
      await other.app.close();
    }
  });

  it('refuses an identity-provider error in the callback', async () => {
    const res = await browserFetch(
      new CookieJar(),
      `${s.baseUrl}/auth/callback?error=access_denied&state=x`,
      {
        headers: json,
      },
    );
    expect(res.status).toBe(400);
  });

  it.each(['//evil.example', 'https://evil.example/', '/\\evil.example', 'minside'])(
    'refuses returnTo %s',
    async (returnTo) => {
      const res = await fetch(`${s.baseUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, {
        redirect: 'manual',
        headers: json,
      });
      expect(res.status).toBe(422);
      const problem = (await res.json()) as { code: string; errors: { path: string }[] };
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors[0]?.path).toBe('querystring.returnTo');
    },
  );

  it('keepalive needs the CSRF token and then slides the idle timeout', async () => {
    const { jar } = await signIn(s.baseUrl, 'assessor-1');
    const before = await sessionOf(jar);
    const url = `${s.baseUrl}/api/session/keepalive`;
    const without = await browserFetch(jar, url, { method: 'POST', headers: json });
    expect(without.status).toBe(403);
    expect(((await without.json()) as { code: string }).code).toBe('csrf_failed');
    const wrong = await browserFetch(jar, url, {
      method: 'POST',
      headers: { ...json, 'x-csrf-token': 'nope' },
    });
    expect(wrong.status).toBe(403);
    await new Promise((r) => setTimeout(r, 20));
    const ok = await browserFetch(jar, url, {
      method: 'POST',
      headers: { ...json, 'x-csrf-token': before.csrfToken ?? '' },
    });
    expect(ok.status).toBe(200);
    const after = (await ok.json()) as { authenticated: boolean; expiresAt: string };
    expect(after.authenticated).toBe(true);
    expect(Date.parse(after.expiresAt)).toBeGreaterThan(Date.parse(before.expiresAt ?? ''));
  });

  it('logs out: the session is deleted and the identity provider ends its own', async () => {
    const { jar } = await signIn(s.baseUrl, 'admin');
    const session = await sessionOf(jar);
    const oldCookie = jar.get('tilskudd_session') ?? '';
    const res = await browserFetch(jar, `${s.baseUrl}/auth/logout`, {
      method: 'POST',
      headers: { ...json, 'x-csrf-token': session.csrfToken ?? '' },
    });
    expect(res.status).toBe(200);
    const { redirectTo } = (await res.json()) as { redirectTo: string };
    const end = new URL(redirectTo);
    expect(`${end.origin}${end.pathname}`).toBe(`${s.baseUrl}/idp/session/end`);
    expect(end.searchParams.get('id_token_hint')).toBeTruthy();
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${s.baseUrl}/`);
    expect(jar.get('tilskudd_session')).toBeUndefined();

    const stale = new CookieJar();
    const withOld = await fetch(`${s.baseUrl}/api/session`, {
      headers: { ...json, cookie: `tilskudd_session=${oldCookie}` },
    });
    expect(await withOld.json()).toEqual({ authenticated: false });
    expect(await sessionOf(stale)).toEqual({ authenticated: false });
    expect(await auditActions(session.user?.id ?? '')).toContain('auth.sign-out');

    // The provider's confirmation page: CSP-safe, and its form lands back on the front page.
    const page = await browserFetch(jar, redirectTo);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)|<style|\sstyle=/i);
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(html)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const confirmed = await browserFetch(jar, action, {
      method: 'POST',
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(`${s.baseUrl}/`);
  });

  it('refuses logout when not signed in', async () => {
    const res = await fetch(`${s.baseUrl}/auth/logout`, { method: 'POST', headers: json });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: string }).code).toBe('unauthenticated');
  });

  it('the built-in identity provider refuses to start with a production configuration', async () => {
    const app = Fastify();
    const production = { ...s.ctx, config: { ...s.ctx.config, production: true } };
    await expect(registerDevIdentityProvider(app, production)).rejects.toThrow(/production/);
    await app.close();
  });

  it('treats a session past its idle timeout as signed out', async () => {
    const { jar } = await signIn(s.baseUrl, 'applicant-kristiania');
    expect((await sessionOf(jar)).authenticated).toBe(true);
    // As if the last request were longer ago than the idle timeout.
    const idleAgo = new Date(Date.now() - (s.ctx.config.sessionIdleMinutes * 60 + 1) * 1000);
    await s.ctx.store.db
      .updateTable('session')
      .set({
        last_seen_at: idleAgo.toISOString(),
        expires_at: new Date(Date.now() - 1000).toISOString(),
      })
      .where('id_hash', '=', hashSecret(jar.get('tilskudd_session') ?? ''))
      .execute();
    expect(await sessionOf(jar)).toEqual({ authenticated: false });
    expect(jar.get('tilskudd_session')).toBeUndefined();
  });
});

describe('the built-in identity provider in production', () => {
  it('cannot be configured: demo mode is refused with NODE_ENV=production', () => {
    expect(() => readConfig({ NODE_ENV: 'production', TILSKUDD_DEMO: '1' })).toThrow(ConfigError);
  });
});
