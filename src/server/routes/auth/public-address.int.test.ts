/**
 * Sign-in started on another address of the same server (issue 13, part 2): the app answers on
 * both localhost and 127.0.0.1, but the issuer returns to the public URL, and cookies belong to
 * one host. /auth/login therefore moves the browser to the public URL first, so the login cookie
 * is where the callback arrives. These tests keep one cookie jar per host, as a browser does.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import {
  browserFetch,
  CookieJar,
  startTestServer,
  type TestServer,
} from '../../../../test/helpers/test-server.js';

/** A browser's cookie store: one jar per host. */
class Browser {
  private readonly jars = new Map<string, CookieJar>();

  jar(url: string): CookieJar {
    const host = new URL(url).host;
    let jar = this.jars.get(host);
    if (!jar) {
      jar = new CookieJar();
      this.jars.set(host, jar);
    }
    return jar;
  }

  fetch(url: string, init: Parameters<typeof browserFetch>[2] = {}): Promise<Response> {
    return browserFetch(this.jar(url), url, init);
  }

  /** Follows redirects until a page answers; returns it and where it was. */
  async follow(url: string): Promise<{ response: Response; url: string }> {
    let current = url;
    for (let hop = 0; hop < 10; hop += 1) {
      const response = await this.fetch(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        return { response, url: current };
      }
      current = new URL(location, current).href;
    }
    throw new Error(`too many redirects from ${url}`);
  }
}

describeEachDialect('sign-in started on another address of the server', (dialect) => {
  let s: TestServer;
  let otherAddress: string;
  beforeAll(async () => {
    s = await startTestServer(dialect);
    // The public URL is http://127.0.0.1:<port>; the same server also answers as localhost.
    otherAddress = s.baseUrl.replace('127.0.0.1', 'localhost');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('moves to the public URL before sign-in, and signs in (13: sign-in from 127.0.0.1)', async () => {
    const browser = new Browser();
    const start = await browser.fetch(`${otherAddress}/auth/login?returnTo=%2Fminside`);
    expect(start.status).toBe(302);
    const moved = new URL(start.headers.get('location') ?? '');
    expect(moved.origin).toBe(s.baseUrl);
    expect(moved.pathname).toBe('/auth/login');
    expect(moved.searchParams.get('returnTo')).toBe('/minside');

    const picker = await browser.follow(moved.href);
    expect(picker.response.status).toBe(200);
    const action = /<form method="post" action="([^"]+)"/.exec(await picker.response.text())?.[1];
    const chosen = await browser.fetch(new URL(action ?? '', picker.url).href, {
      method: 'POST',
      body: new URLSearchParams({ persona: 'applicant-ntnu' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: s.baseUrl },
    });
    expect(chosen.status).toBe(303);
    const landed = await browser.follow(
      new URL(chosen.headers.get('location') ?? '', s.baseUrl).href,
    );
    expect(landed.url).toBe(`${s.baseUrl}/minside`);

    const session = await browser.fetch(`${s.baseUrl}/api/session`, {
      headers: { accept: 'application/json' },
    });
    expect(await session.json()).toMatchObject({
      authenticated: true,
      user: { name: 'Kari Nordmann' },
    });
  });

  /** fetch() cannot send a Host of its choosing; node:http can, as a proxy does. */
  function getWithHost(path: string, host: string): Promise<string | undefined> {
    const target = new URL(s.baseUrl);
    return new Promise((resolve, reject) => {
      const req = request(
        { host: target.hostname, port: target.port, path, headers: { host } },
        (res) => {
          res.resume();
          resolve(res.headers.location);
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  it('moves only once: behind a proxy that rewrites Host, sign-in goes on (no loop)', async () => {
    const first = await getWithHost('/auth/login?returnTo=%2F', 'internal-name:8080');
    expect(first).toBe(`${s.baseUrl}/auth/login?returnTo=%2F&moved=1`);
    const second = await getWithHost('/auth/login?returnTo=%2F&moved=1', 'internal-name:8080');
    expect(second).toMatch(new RegExp(`^${s.baseUrl}/idp/auth\\?`));
  });
});
