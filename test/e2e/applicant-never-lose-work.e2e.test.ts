/**
 * "Never lose work" in a real browser: an edit made while the network is down is kept in the
 * browser, the page says so, and it is saved when the network is back; an edit made after the
 * session has ended is kept across signing in again and then saved.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { launchChromium } from './support/browser.js';
import { callApi, createApplication, fill, signIn, waitForSaved } from './support/applicant.js';

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

async function storedTitle(page: Page, applicationId: string): Promise<unknown> {
  const view = await callApi(page, 'GET', `/api/applications/${applicationId}`);
  const sections = (view.body as { sections: { id: string; content: { title?: unknown } }[] })
    .sections;
  return sections.find((s) => s.id === 'project')?.content.title;
}

describe('never lose work', () => {
  let context: BrowserContext;
  let page: Page;
  let applicationId = '';

  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await signIn(page, server.baseUrl, 'applicant-ntnu', '/applications');
    applicationId = await createApplication(page);
  });
  afterAll(async () => {
    await context.close();
  });

  it('saves a first edit while online', async () => {
    await page.goto(`${server.baseUrl}/applications/${applicationId}/sections/project`);
    await fill(page, 'f-project-title', 'Første tittel');
    await page.locator('#f-project-title').blur();
    await waitForSaved(page);
    expect(await storedTitle(page, applicationId)).toBe('Første tittel');
  });

  it('keeps an edit made offline, says so, and saves it when the network is back', async () => {
    await context.setOffline(true);
    await fill(page, 'f-project-title', 'Skrevet uten nett');
    await page.locator('#f-project-title').blur();
    await expect
      .poll(() => page.locator('.save-status').textContent(), { timeout: 15_000 })
      .toContain('vi får ikke kontakt med tjenesten');
    const kept = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
    expect(kept).toContain('Skrevet uten nett');

    await context.setOffline(false);
    await waitForSaved(page);
    expect(await storedTitle(page, applicationId)).toBe('Skrevet uten nett');
  });

  it('keeps an edit made after the session ended, and saves it after signing in again', async () => {
    // The session ends (expired, or signed out in another tab): the cookie no longer works.
    await context.clearCookies();
    await fill(page, 'f-project-title', 'Skrevet etter utlogging');
    await page.locator('#f-project-title').blur();
    await expect
      .poll(() => page.locator('.save-status').textContent(), { timeout: 15_000 })
      .toContain('du er logget ut');

    await signIn(
      page,
      server.baseUrl,
      'applicant-ntnu',
      `/applications/${applicationId}/sections/project`,
    );
    await expect
      .poll(() => page.locator('#f-project-title').inputValue())
      .toBe('Skrevet etter utlogging');
    await waitForSaved(page);
    await expect.poll(() => storedTitle(page, applicationId)).toBe('Skrevet etter utlogging');
  });
});
