/**
 * Issue 13's rough edges on pages around the application: an institution that may not apply
 * (its reason readable, axe clean), the people page of an institution one cannot see (a plain
 * not-found, not an error to retry), and the admin's clock controls naming the call by its title.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { expectNoAxeViolations, launchChromium } from './support/browser.js';
import { CALL_ID, signIn } from './support/applicant.js';
import { textContrastOnWhite } from './support/layout.js';

const SCREENSHOTS =
  process.env.TILSKUDD_SCREENSHOTS === '1'
    ? resolve(import.meta.dirname, '../../docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'tilskudd-screenshots-'));

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ TILSKUDD_DEMO_CLOCK: 'open' }),
  ]);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(persona: string, path: string, locale = 'nb'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, server.baseUrl, persona, '/');
  await page.evaluate((l) => localStorage.setItem('tilskudd.language', l), locale);
  await page.goto(`${server.baseUrl}${path}`);
  await expect.poll(() => page.locator('h1').count(), { timeout: 15_000 }).toBe(1);
  return page;
}

const REASON =
  '«Fagskolen i Trøndelag» er registrert som en fagskole. Ansvarlig søker må være et universitet, en vitenskapelig høyskole eller en akkreditert høyskole.';

describe('pages around the application, polished', () => {
  it('R4, R33: an institution that may not apply is disabled, and its reason reads at AA contrast', async () => {
    const page = await signedIn('applicant-ntnu', '/');
    // The demo's personas all act for eligible institutions: the answer gets one that is not.
    await page.route('**/api/institutions/mine', async (route) => {
      const answer = await route.fetch();
      const mine = (await answer.json()) as unknown[];
      await route.fulfill({
        response: answer,
        json: [
          ...mine,
          {
            orgnr: '974600684',
            name: 'Fagskolen i Trøndelag',
            category: 'fagskole',
            eligibility: [{ callId: CALL_ID, eligible: false, reasons: [REASON] }],
          },
        ],
      });
    });
    await page.goto(`${server.baseUrl}/calls/${CALL_ID}/start`);
    const radio = page.getByRole('radio', { name: 'Fagskolen i Trøndelag' });
    await expect.poll(() => radio.count(), { timeout: 15_000 }).toBe(1);
    expect(await radio.isDisabled()).toBe(true);
    const reason = page.getByText(REASON);
    expect(await reason.evaluate(textContrastOnWhite)).toBeGreaterThanOrEqual(4.5);
    const description = await radio.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain(REASON);
    await expectNoAxeViolations(page, 'start page with an ineligible institution');
    await page.screenshot({ path: `${SCREENSHOTS}/applicant-start-page-ineligible-1280.png` });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.screenshot({ path: `${SCREENSHOTS}/applicant-start-page-ineligible-320.png` });
    await page.context().close();
  });

  it('R34: the people page of an institution one does not act for is a plain not-found', async () => {
    // Universitetet i Oslo: Kari acts for NTNU only.
    const page = await signedIn('applicant-ntnu', '/institutions/971035854/people');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Fant ikke institusjonen');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toContain('Noe gikk galt');
    expect(await page.getByRole('button', { name: 'Prøv igjen' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Til mine søknader' }).count()).toBe(1);
    expect(await page.title()).toContain('Fant ikke institusjonen');
    await expectNoAxeViolations(page, 'people page, not found');
    await page.screenshot({ path: `${SCREENSHOTS}/applicant-people-not-found-1280.png` });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.screenshot({ path: `${SCREENSHOTS}/applicant-people-not-found-320.png` });
    await page.context().close();
  });

  it('the admin clock controls name the call by its title, in the language chosen', async () => {
    for (const [locale, summary, title] of [
      ['nb', 'Endre simulert tid', 'Tilskudd til kompetanseløft for utsatte industriklynger'],
      [
        'en',
        'Change the simulated time',
        'Grants for upskilling in vulnerable industrial clusters',
      ],
    ] as const) {
      const page = await signedIn('admin', '/', locale);
      await page.getByText(summary).click();
      const groups = page.locator('.clock-controls__group-label');
      await expect.poll(() => groups.first().textContent(), { timeout: 10_000 }).toContain(title);
      expect(await page.locator('.clock-controls').textContent()).not.toContain(CALL_ID);
      await page.context().close();
    }
  });
});
