/**
 * The real app listening on a free loopback port over a fresh database of one dialect, for tests
 * that need real HTTP (sign-in redirects, cookies, a CLI beside the server). Seeded with the demo
 * data and the calls of `calls/`, with a simulated clock opened at a fixed instant. Also a small
 * cookie jar and `signIn`, which walks the whole code flow through the built-in identity provider.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { SimulatedClock } from '../../src/platform/clock.js';
import { readConfig } from '../../src/platform/config.js';
import { loadCallDefinitions } from '../../src/platform/load-calls.js';
import { loadLegalLibrary } from '../../src/platform/load-legal-texts.js';
import { loadLetterTexts } from '../../src/platform/load-letter-texts.js';
import { seedDemoData } from '../../src/platform/seed-demo-data.js';
import { buildApp } from '../../src/server/app.js';
import type { AppContext } from '../../src/server/context.js';
import type { DialectName } from '../../src/store/create-store.js';
import { createTestDatabase, type TestDatabase } from './dialects.js';

const ROOT = join(import.meta.dirname, '../..');
/** During the first test call's application period; only the simulated clock sees it. */
export const TEST_CLOCK_START = new Date('2021-09-13T07:00:00Z');

export interface TestServer {
  baseUrl: string;
  ctx: AppContext;
  app: FastifyInstance;
  db: TestDatabase;
  close(): Promise<void>;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startTestServer(
  dialect: DialectName,
  envOverrides: Record<string, string> = {},
): Promise<TestServer> {
  const db = await createTestDatabase(dialect);
  // The public URL names the port, and the built-in issuer derives from it: pick the port first.
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = readConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    TILSKUDD_CALLS_DIR: join(ROOT, 'calls'),
    ...db.env,
    ...envOverrides,
  });
  const calls = loadCallDefinitions(config.callsDir);
  const clock = await SimulatedClock.open(db.store, TEST_CLOCK_START);
  await seedDemoData(db.store, new Date());
  const ctx: AppContext = {
    config,
    store: db.store,
    clock,
    calls,
    legal: loadLegalLibrary(),
    letterTexts: loadLetterTexts(),
  };
  const { app } = await buildApp(ctx, {
    logger: false,
    webDir: join(ROOT, 'test/fixtures/no-web'),
  });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    baseUrl,
    ctx,
    app,
    db,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

interface StoredCookie {
  value: string;
  path: string;
}

/** Just enough of a browser's cookie store: name, path and deletion; one origin only. */
export class CookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  /** Takes the Set-Cookie lines of a response (fetch's `headers.getSetCookie()`). */
  store(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const attr = (key: string) =>
        attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const path = attr('path') ?? '/';
      const expires = attr('expires');
      const maxAge = attr('max-age');
      const key = `${name};${path}`;
      const gone =
        value === '' ||
        maxAge === '0' ||
        (expires !== undefined && Date.parse(expires) <= Date.now());
      if (gone) this.cookies.delete(key);
      else this.cookies.set(key, { value, path });
    }
  }

  get(name: string): string | undefined {
    for (const [key, cookie] of this.cookies) if (key.startsWith(`${name};`)) return cookie.value;
    return undefined;
  }

  header(url: string): string {
    const path = new URL(url).pathname;
    return [...this.cookies]
      .filter(
        ([, c]) => path === c.path || path.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`),
      )
      .map(([key, c]) => `${key.slice(0, key.indexOf(';'))}=${c.value}`)
      .join('; ');
  }
}

/** One request as a browser would make it: cookies sent and stored, no redirect followed. */
export async function browserFetch(
  jar: CookieJar,
  url: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'text/html', ...init.headers };
  const cookie = jar.header(url);
  if (cookie) headers.cookie = cookie;
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    redirect: 'manual',
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  jar.store(response.headers.getSetCookie());
  return response;
}

/** Follows redirects from `url` until one leaves for `stopAt` or a page answers. */
export async function followRedirects(
  jar: CookieJar,
  url: string,
  stopAt?: (location: string) => boolean,
): Promise<{ response: Response; url: string }> {
  let current = url;
  for (let hop = 0; hop < 10; hop++) {
    const response = await browserFetch(jar, current);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location)
      return { response, url: current };
    const next = new URL(location, current).href;
    if (stopAt?.(next)) return { response, url: next };
    current = next;
  }
  throw new Error(`too many redirects from ${url}`);
}

/**
 * Walks the built-in identity provider as a browser would: /auth/login → persona picker → choice
 * → redirects, stopping just before the app's callback. Returns the callback URL, not yet called.
 */
export async function authorize(
  baseUrl: string,
  persona: string,
  options: { returnTo?: string; jar?: CookieJar } = {},
): Promise<{ jar: CookieJar; callbackUrl: string }> {
  const jar = options.jar ?? new CookieJar();
  const query = options.returnTo ? `?returnTo=${encodeURIComponent(options.returnTo)}` : '';
  const picker = await followRedirects(jar, `${baseUrl}/auth/login${query}`);
  if (picker.response.status !== 200)
    throw new Error(`no persona picker: ${picker.response.status}`);
  const action = /<form method="post" action="([^"]+)"/.exec(await picker.response.text())?.[1];
  if (!action) throw new Error('the persona picker has no form');
  const chosen = await browserFetch(jar, new URL(action, picker.url).href, {
    method: 'POST',
    body: new URLSearchParams({ persona }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
  });
  const next = chosen.headers.get('location');
  if (chosen.status !== 303 || !next) throw new Error(`persona choice answered ${chosen.status}`);
  const isCallback = (url: string) => url.startsWith(`${baseUrl}/auth/callback`);
  const reached = await followRedirects(jar, new URL(next, baseUrl).href, isCallback);
  if (!isCallback(reached.url)) {
    throw new Error(`did not reach the callback: ${reached.response.status} ${reached.url}`);
  }
  return { jar, callbackUrl: reached.url };
}

/** Signs a persona in through the built-in identity provider; the jar then holds the session. */
export async function signIn(
  baseUrl: string,
  persona: string,
  options: { returnTo?: string; jar?: CookieJar } = {},
): Promise<{ jar: CookieJar; callback: Response }> {
  const { jar, callbackUrl } = await authorize(baseUrl, persona, options);
  const callback = await browserFetch(jar, callbackUrl);
  return { jar, callback };
}
