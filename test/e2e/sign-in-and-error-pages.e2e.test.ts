/**
 * Issue 13, part 2, in Chromium: opening the app at http://127.0.0.1 (not the public
 * http://localhost) and signing in ends signed in, not on a JSON page; and a navigation that
 * fails (a receipt link without a session, a missing address, a failed sign-in) shows a page in
 * the user's language with a way on. Screenshots at 1280 and 320 px; axe on each page.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { collectConsoleErrors, expectNoAxeViolations, launchChromium } from './support/browser.js';

// The committed images change only on request (TILSKUDD_SCREENSHOTS=1), as in the other journeys.
const SCREENSHOTS =
  process.env.TILSKUDD_SCREENSHOTS === '1'
    ? resolve(import.meta.dirname, '../../docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'tilskudd-screenshots-'));

const SOME_ID = '00000000-0000-4000-8000-000000000000';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('sign-in from another address of the server', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it('opened at 127.0.0.1, "Logg inn" ends signed in on the public URL', async () => {
    const loopback = server.baseUrl.replace('localhost', '127.0.0.1');
    await page.goto(`${loopback}/`);
    await page.getByRole('link', { name: 'Logg inn' }).first().click();
    await page.locator('button[name="persona"][value="applicant-ntnu"]').click();
    await page.waitForURL(`${server.baseUrl}/**`);
    const session = await page.evaluate(async () => {
      const res = await fetch('/api/session', { headers: { accept: 'application/json' } });
      return (await res.json()) as { authenticated: boolean; user?: { name: string } };
    });
    expect(session).toMatchObject({ authenticated: true, user: { name: 'Kari Nordmann' } });
    expect(await page.locator('body').textContent()).not.toContain('sign-in-failed');
  });
});

describe('pages for failed navigations', () => {
  const shots: [name: string, path: string, language: string, heading: string][] = [
    [
      'unauthenticated',
      `/api/applications/${SOME_ID}/submissions/${SOME_ID}/receipt.pdf`,
      'nb',
      'Du må logge inn',
    ],
    [
      'sign-in-failed',
      '/auth/callback?code=x&state=applicant.x',
      'nb',
      'Innloggingen ble ikke fullført',
    ],
    ['not-found', '/api/nothing-here', 'en', 'Not found'],
  ];

  for (const [name, path, language, heading] of shots) {
    it(`${name} (${language}): heading, a way on, axe, at 1280 and 320 px`, async () => {
      for (const [width, suffix] of [
        [1280, 'desktop'],
        [320, '320'],
      ] as const) {
        const context = await browser.newContext({
          viewport: { width, height: 720 },
          locale: language === 'en' ? 'en-GB' : 'nb-NO',
        });
        try {
          const page = await context.newPage();
          const errors = collectConsoleErrors(page);
          const answer = await page.goto(`${server.baseUrl}${path}`);
          expect(answer?.headers()['content-type']).toBe('text/html; charset=utf-8');
          await expect.poll(() => page.locator('h1').textContent()).toContain(heading);
          expect(await page.locator('html').getAttribute('lang')).toBe(language);
          const actions = page.locator('.actions a');
          expect(await actions.count()).toBeGreaterThan(0);
          // Nothing wider than the window at 320 px.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          await expectNoAxeViolations(page, `${name} error page at ${width}`);
          // The style sheet applied (Chromium reports the page's own error status as a failed load).
          const primary = await page
            .locator('.action.primary, .action')
            .first()
            .evaluate((a) => getComputedStyle(a).borderTopColor);
          expect(primary).toBe('rgb(0, 98, 186)');
          expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
          await page.screenshot({ path: `${SCREENSHOTS}/error-page-${name}-${suffix}.png` });
        } finally {
          await context.close();
        }
      }
    });
  }

  it('the way on works: "Logg inn" from the receipt link signs in and comes back', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'nb-NO',
    });
    try {
      const page = await context.newPage();
      const path = `/api/applications/${SOME_ID}/submissions/${SOME_ID}/receipt.pdf`;
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByRole('link', { name: 'Logg inn' }).click();
      await page.locator('button[name="persona"][value="applicant-ntnu"]').click();
      await page.waitForURL(`${server.baseUrl}${path}`);
      // Signed in now, the same address answers for what it is: no such submission.
      await expect.poll(() => page.locator('h1').textContent()).toMatch(/Fant ikke/);
    } finally {
      await context.close();
    }
  });
});
