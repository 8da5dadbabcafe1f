/**
 * Keyboard alone: from the task list, through a section (typing, leaving the field saves), to the
 * check-answers page and the receipt, with no mouse click. Focus must always be somewhere visible.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseApplication } from '../cases/formal-rule-cases.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { launchChromium } from './support/browser.js';
import { createApplication, putSections, signIn, waitForSaved } from './support/applicant.js';

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

/** Presses Tab until the focused element's accessible text matches, then returns. */
async function tabTo(page: Page, pattern: RegExp, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // Only controls count: past the last one the body has focus, and its text matches anything.
      if (!el || !['A', 'BUTTON', 'INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''} ${label ?? ''}`.trim();
    });
    if (pattern.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(pattern)}`);
}

describe('a journey by keyboard alone', () => {
  it('edits a section, checks the answers and submits without a mouse', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'applicant-ntnu', '/applications');
    const id = await createApplication(page);
    const content = Object.fromEntries(
      Object.entries(baseApplication.content).filter(([section]) => section !== 'attachments'),
    );
    await putSections(page, id, content);
    await page.evaluate(async (applicationId) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const form = new FormData();
      form.append('kind', 'signed-agreement');
      const pdf =
        '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
      form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'avtale.pdf');
      await fetch(`/api/applications/${applicationId}/attachments`, {
        method: 'POST',
        headers: { 'X-CSRF-Token': session.csrfToken },
        body: form,
      });
    }, id);

    await page.goto(`${server.baseUrl}/applications/${id}`);
    await expect.poll(() => page.locator('.task-list__item').count()).toBe(9);
    await tabTo(page, /^Om prosjektet/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sections/project');
    await tabTo(page, /Prosjekttittel/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Kompetanseløft for maritim industri – skrevet med tastatur');
    await page.keyboard.press('Tab');
    await waitForSaved(page);
    await tabTo(page, /Lagre og gå til oppgavelisten/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/applications/${id}`);
    await tabTo(page, /Se over og send inn/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/check');
    await expect.poll(() => page.locator('main').textContent()).toContain('skrevet med tastatur');
    await tabTo(page, /^Send inn søknaden$/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/receipt');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Søknaden er mottatt');
    await context.close();
  });
});
