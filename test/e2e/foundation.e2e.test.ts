/**
 * The foundation in a real browser: the public call page in three languages, sign-in through the
 * real OIDC flow for every persona, and axe on every page reached.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPersonas } from '../../src/platform/seed-demo-data.js';
import { collectConsoleErrors, expectNoAxeViolations, launchChromium } from './support/browser.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';

const CALL_ID = 'kompetanseloft-industriklynger-2021';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, persona: string, returnTo: string): Promise<void> {
  await page.goto(`${server.baseUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL(`${server.baseUrl}${returnTo}`);
}

describe('public call page', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    errors = collectConsoleErrors(page);
  });
  afterAll(async () => {
    await context.close();
  });

  it('R2: the home page lists the call and links to its page', async () => {
    await page.goto(server.baseUrl);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await expectNoAxeViolations(page, 'home (nb)');
    await page.locator(`a[href="/calls/${CALL_ID}"]`).first().click();
    await page.waitForURL(`**/calls/${CALL_ID}`);
    await expect
      .poll(() => page.locator('h1').textContent())
      .toContain('Tilskudd til kompetanseløft for utsatte industriklynger');
  });

  it('R2/R3: shows the announcement, the deadline in Oslo time, the pot and the contact', async () => {
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('15. september 2021');
    expect(text).toContain('17:00');
    expect(text).toMatch(/20\s000\s000\skr/);
    expect(text).toContain('Jon Albert Risahagen');
    expect(text).toContain('Hvem kan søke?');
    await expectNoAxeViolations(page, 'call page (nb)');
  });

  it('R33: switches language nb → nn → en, and axe finds nothing in each', async () => {
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nn');
    await expect
      .poll(() => page.locator('h1').textContent())
      .toContain('Tilskot til kompetanseløft');
    await expectNoAxeViolations(page, 'call page (nn)');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Grants for upskilling');
    await expectNoAxeViolations(page, 'call page (en)');
  });

  it('R33: the accessibility statement and a missing page pass axe too', async () => {
    await page.goto(`${server.baseUrl}/accessibility`);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await expectNoAxeViolations(page, 'accessibility statement (en)');
    await page.goto(`${server.baseUrl}/no-such-page`);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await expectNoAxeViolations(page, 'not found (en)');
  });

  it('breaks no Content-Security-Policy rule and logs no errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('sign-in through the real OIDC flow', () => {
  it('two personas sign in, each sees their own name and roles; axe passes on the persona picker and "my page"', async () => {
    for (const [persona, name, role] of [
      ['applicant-ntnu', 'Kari Nordmann', 'NTNU'],
      ['officer', 'Siri Dahl', 'Saksbehandler'],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = collectConsoleErrors(page);
      await page.goto(`${server.baseUrl}/calls/${CALL_ID}`);
      await page.getByRole('link', { name: 'Logg inn' }).click();
      await page.waitForURL('**/idp/**');
      await expectNoAxeViolations(page, 'persona picker');
      await page.locator(`button[name="persona"][value="${persona}"]`).click();
      await page.waitForURL(`**/calls/${CALL_ID}`);
      await expect.poll(() => page.locator('header').textContent()).toContain(name);
      await page.goto(`${server.baseUrl}/me`);
      await expect.poll(() => page.locator('main').textContent()).toContain(role);
      await expectNoAxeViolations(page, `my page (${persona})`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('every persona can sign in', async () => {
    for (const persona of readPersonas()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, persona.id, '/me');
      await expect.poll(() => page.locator('main').textContent()).toContain(persona.name);
      await context.close();
    }
  });

  it('signs out: the session ends and the header offers sign-in again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'admin', '/me');
    await page.getByRole('button', { name: /Tor Lund/ }).click();
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    await expect.poll(() => page.getByRole('link', { name: 'Logg inn' }).count()).toBe(1);
    const session = await page.evaluate(async () => (await fetch('/api/session')).json());
    expect(session).toEqual({ authenticated: false });
    await context.close();
  });
});

describe('R1: a second, different call', () => {
  let other: RunningServer;
  beforeAll(async () => {
    other = await startServer({
      TILSKUDD_CALLS_DIR: 'test/fixtures/calls',
      TILSKUDD_DEMO_CLOCK: 'open',
    });
  });
  afterAll(async () => {
    await other?.stop();
  });

  it('loads and renders without code changes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${other.baseUrl}/calls/etterutdanning-havbruk-2023`);
    await expect.poll(() => page.locator('h1').textContent()).not.toBe('');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toMatch(/5\s000\s000\skr/);
    expect(text).toContain('2023');
    await expectNoAxeViolations(page, 'second call page');
    await context.close();
  });
});
