/**
 * The rough edges of issue 13 on the applicant's pages, each checked where a person meets it:
 * the budget tables at 1024, 1280 and 320 px (no two boxes overlap, no number spills out of its
 * cell), a studiepoeng field checked as the user types, check answers in the form's order with a
 * file in words, file sizes, the receipt to the second, and a page left open past the deadline.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseApplication } from '../cases/formal-rule-cases.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { expectNoAxeViolations, launchChromium } from './support/browser.js';
import { callApi, createApplication, putSections, signIn, CALL_ID } from './support/applicant.js';
import { overlapsAndSpills, PDF_OF_599_BYTES } from './support/layout.js';

// As in applicant-pages: the committed images change only with TILSKUDD_SCREENSHOTS=1.
const SCREENSHOTS =
  process.env.TILSKUDD_SCREENSHOTS === '1'
    ? resolve(import.meta.dirname, '../../docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'tilskudd-screenshots-'));

let browser: Browser;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let id = '';

const content = Object.fromEntries(
  Object.entries(baseApplication.content).filter(([section]) => section !== 'attachments'),
);

async function open(path: string, locale = 'nb'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('tilskudd.language', l), locale);
  await page.goto(`${server.baseUrl}${path}`);
  await expect.poll(() => page.locator('h1').count(), { timeout: 15_000 }).toBe(1);
  await page.waitForLoadState('networkidle');
}

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ TILSKUDD_DEMO_CLOCK: 'open' }),
  ]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  await signIn(page, server.baseUrl, 'applicant-ntnu', `/calls/${CALL_ID}`);
  id = await createApplication(page);
  const statuses = await putSections(page, id, content);
  expect(Object.values(statuses).every((s) => s === 200)).toBe(true);
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('applicant pages, polished', () => {
  it(
    'the budget totals never overlap or run together at 1024, 1280 and 320 px (nb and en)',
    { timeout: 120_000 },
    async () => {
      for (const locale of ['nb', 'en']) {
        for (const [width, suffix] of [
          [1024, '1024'],
          [1280, '1280'],
          [320, '320'],
        ] as const) {
          await page.setViewportSize({ width, height: 800 });
          await open(`/applications/${id}/sections/budget`, locale);
          expect(await page.locator('.totals-grid table').count()).toBe(3);
          const problems = await page.evaluate(overlapsAndSpills, '.totals-grid');
          expect(problems, `budget tables at ${width} px (${locale})`).toEqual([]);
          if (locale === 'nb') {
            // The totals, where the tables stood on top of each other, and the financing below.
            await page.locator('.totals-grid').evaluate((el) => {
              el.scrollIntoView();
              window.scrollBy(0, -120);
            });
            await page.screenshot({
              path: `${SCREENSHOTS}/applicant-section-budget-totals-${suffix}.png`,
            });
          }
        }
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  );

  it('English amounts are written one way, in inputs as in text: NOK 1,850,000', async () => {
    await open(`/applications/${id}/sections/budget`, 'en');
    const grant = page.locator('#f-budget-financing-grant');
    await expect.poll(() => grant.inputValue()).toBe('1,850,000');
    const field = page.locator('.ds-field', { has: grant });
    expect(await field.textContent()).toContain('NOK');
    expect(await field.textContent()).not.toMatch(/\bkr\b/);
    expect(await page.locator('.totals-grid').textContent()).toContain('NOK\u00a0');
    await open(`/applications/${id}/sections/budget`, 'nb');
    await expect.poll(() => grant.inputValue()).toBe('1\u00a0850\u00a0000');
  });

  it('R14: studiepoeng are checked as typed, kept as typed, and the message names the field', async () => {
    await open(`/applications/${id}/sections/offerings`);
    const field = page.locator('#f-offerings-offerings-0-studiepoeng');
    const message = page.locator('.ds-field', { has: field }).locator('.ds-validation-message');
    const saves: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().includes('/sections/offerings')) saves.push(r.url());
    });

    await field.fill('7,25');
    await expect
      .poll(() => message.textContent())
      .toBe('Studiepoeng: kan ha høyst én desimal (for eksempel 7,5)');
    await field.blur();
    expect(await field.inputValue()).toBe('7,25');
    expect(await page.locator('.error-summary').textContent()).toContain('Studiepoeng:');

    await field.fill('sju');
    await expect.poll(() => message.textContent()).toContain('Studiepoeng: må være et tall');
    // Nothing refused was sent, so the server still has the last good value.
    await page.waitForTimeout(3_000);
    expect(saves).toEqual([]);
    const stored = await callApi(page, 'GET', `/api/applications/${id}`);
    const offerings = (
      stored.body as { sections: { id: string; content: unknown }[] }
    ).sections.find((s) => s.id === 'offerings')?.content as {
      offerings: { studiepoeng: number }[];
    };
    expect(offerings.offerings[0]?.studiepoeng).toBe(7.5);

    await field.fill('7,5');
    await expect.poll(() => message.count()).toBe(0);
    await field.blur();
    await expect.poll(() => field.inputValue()).toBe('7,5');
  });

  it('a participants cell that is no whole number says so, naming the cell, and is not sent', async () => {
    await open(`/applications/${id}/sections/participants`);
    const cell = page.locator('.grid-table input').first();
    const before = await cell.inputValue();
    const label = (await cell.getAttribute('aria-label')) ?? '';
    await cell.fill('2,5');
    const problem = page.locator('.grid-problems li');
    await expect
      .poll(() => problem.textContent())
      .toBe(`${label}: må være et helt tall, for eksempel 1 234 567`);
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Lagre og gå til oppgavelisten' }).click();
    expect(page.url()).toContain('/sections/participants');
    await cell.fill(before);
    await expect.poll(() => problem.count()).toBe(0);
  });

  it(
    'a 599-byte file is "599 byte", and check answers follow the form with the file in words',
    { timeout: 60_000 },
    async () => {
      await open(`/applications/${id}/sections/attachments`);
      await page.locator('#f-attachments-items-signed-agreement').setInputFiles({
        name: 'samarbeidsavtale.pdf',
        mimeType: 'application/pdf',
        buffer: PDF_OF_599_BYTES,
      });
      await page.getByRole('button', { name: 'Last opp' }).first().click();
      await expect
        .poll(() => page.locator('main').textContent(), { timeout: 15_000 })
        .toContain('samarbeidsavtale.pdf (599\u00a0byte, PDF-dokument)');
      expect(await page.locator('main').textContent()).not.toContain('0 MB');

      await open(`/applications/${id}/check`);
      const project = page.locator('section.answers', { has: page.locator('#answers-project') });
      const labels = await project.locator('dt').allTextContents();
      expect(labels.slice(0, 4)).toEqual([
        'Prosjekttittel',
        'Oppsummering',
        'Startdato',
        'Sluttdato',
      ]);
      const files = await page
        .locator('section.answers', { has: page.locator('#answers-attachments') })
        .textContent();
      expect(files).toContain('samarbeidsavtale.pdf (599\u00a0byte, PDF-dokument)');
      expect(files).not.toMatch(/application\/pdf|SHA|sha256|[0-9a-f]{64}/);
      await expectNoAxeViolations(page, 'check answers (nb)');
      await page.locator('#answers-attachments').evaluate((el) => el.scrollIntoView());
      await page.screenshot({ path: `${SCREENSHOTS}/applicant-check-answers-files-1280.png` });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SCREENSHOTS}/applicant-check-answers-1280.png` });
      await page.setViewportSize({ width: 320, height: 640 });
      await page.screenshot({ path: `${SCREENSHOTS}/applicant-check-answers-320.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  );

  it(
    'the receipt page gives the time received to the second, as the PDF does',
    { timeout: 60_000 },
    async () => {
      await open(`/applications/${id}/check`);
      await page.getByRole('button', { name: 'Send inn søknaden' }).click();
      await page.waitForURL('**/receipt');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Søknaden er mottatt');
      const facts = (await page.locator('main').textContent()) ?? '';
      expect(facts).toMatch(/kl\. \d{2}:\d{2}:\d{2} \(/);
      await page.screenshot({ path: `${SCREENSHOTS}/applicant-confirmation-1280.png` });
      await page.setViewportSize({ width: 320, height: 640 });
      await page.screenshot({ path: `${SCREENSHOTS}/applicant-confirmation-320.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  );

  it(
    'a check page left open notices the deadline pass: no Endre, no submit, says so (nb)',
    { timeout: 120_000 },
    async () => {
      const view = await callApi(page, 'GET', `/api/applications/${id}`);
      const deadline = Date.parse((view.body as { deadline: string }).deadline);
      const admin = await browser.newContext();
      const adminPage = await admin.newPage();
      await signIn(adminPage, server.baseUrl, 'admin', '/');
      const set = await callApi(adminPage, 'POST', '/api/admin/clock', {
        at: new Date(deadline - 8_000).toISOString(),
      });
      expect(set.status).toBe(200);
      await admin.close();

      await open(`/applications/${id}/check`);
      const submit = page.getByRole('button', { name: 'Send inn ny versjon' });
      expect(await submit.count()).toBe(1);
      expect(await page.getByRole('link', { name: /^Endre/ }).count()).toBeGreaterThan(0);

      // The simulated clock runs on; the page, untouched, must turn at the deadline.
      await expect.poll(() => submit.count(), { timeout: 30_000, interval: 500 }).toBe(0);
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain('Søknadsfristen er ute');
      expect(main).not.toContain('Du kan sende inn på nytt');
      expect(main).not.toContain('Ingenting hindrer innsending');
      expect(await page.getByRole('link', { name: /^Endre/ }).count()).toBe(0);
      await expectNoAxeViolations(page, 'check page after the deadline');
      expect(main).not.toContain('Bruk «Endre»');
      // The heading no longer invites a submission that can no longer be made.
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Svarene i søknaden');
      expect(main).not.toContain('før du sender den inn');
      await page.screenshot({ path: `${SCREENSHOTS}/applicant-check-answers-closed-1280.png` });

      await open(`/applications/${id}`);
      const taskList = (await page.locator('main').textContent()) ?? '';
      expect(taskList).toContain('Søknadsfristen er ute');
      expect(taskList).not.toContain('Ingenting hindrer innsending');
      await page.screenshot({ path: `${SCREENSHOTS}/applicant-task-list-closed-1280.png` });
    },
  );
});
