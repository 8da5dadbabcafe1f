/**
 * R32 with GDPR arts. 15 and 17 in a real browser against a real server (docs/adr/0024): an
 * applicant downloads their own personal data from their page; the admin erases a person with a
 * reason, after the form has named what was missing. Axe on every state; photographed at 1280
 * and 320 px (TILSKUDD_SCREENSHOTS=1 writes docs/screenshots/).
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { collectConsoleErrors, expectNoAxeViolations, launchChromium } from './support/browser.js';
import { signIn } from './support/applicant.js';
import { photograph, screenshotDir, settle } from './support/pages.js';

const SCREENSHOTS = screenshotDir('privacy');
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ TILSKUDD_DEMO_CLOCK: 'open' }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('privacy', () => {
  it('R32: an applicant downloads their own personal data from their page', async () => {
    const context = await browser.newContext({ locale: 'nb-NO', acceptDownloads: true });
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await signIn(page, server.baseUrl, 'applicant-ntnu', '/me');
    await settle(page, 'my page');
    const link = page.getByRole('link', { name: 'Last ned personopplysningene mine' });
    expect(await link.count()).toBe(1);
    await expectNoAxeViolations(page, 'my page');
    await photograph(page, SCREENSHOTS, 'privacy-me');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^personopplysninger-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const data = JSON.parse(readFileSync(path, 'utf8')) as {
      profile: { name: string };
      roles: { role: string }[];
    };
    expect(data.profile.name).toBe('Kari Nordmann');
    expect(data.roles.map((r) => r.role)).toContain('applicant');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('R32: the admin erases a person with a reason; the list then shows the tombstone', async () => {
    const context = await browser.newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await signIn(page, server.baseUrl, 'admin', '/admin/people');
    await settle(page, 'people');
    expect(await page.getByRole('heading', { level: 1, name: 'Personer' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'people page');
    await photograph(page, SCREENSHOTS, 'privacy-people');

    await page.getByRole('button', { name: 'Slett personopplysningene' }).click();
    await expect
      .poll(() => page.getByText('Velg personen som skal slettes.').count())
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'people page, errors');
    await photograph(page, SCREENSHOTS, 'privacy-erase-errors');

    const person = page.getByLabel('Person', { exact: true });
    const option = await person.locator('option', { hasText: 'Ola Haugen' }).getAttribute('value');
    await person.selectOption(option ?? '');
    await page.getByLabel('Begrunnelse').fill('Forespørsel 1. desember, sak 21/123');
    await page.getByRole('button', { name: 'Slett personopplysningene' }).click();
    await expect
      .poll(() => page.getByText(/Personopplysningene til Ola Haugen er slettet/).count())
      .toBe(1);
    await expect.poll(() => page.getByRole('cell', { name: 'Slettet person' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'Ola Haugen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'people page, erased');
    await photograph(page, SCREENSHOTS, 'privacy-erased');
    expect(errors).toEqual([]);
    await context.close();
  });
});
