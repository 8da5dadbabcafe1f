/**
 * Every applicant page in bokmål, nynorsk and English through axe, with a screenshot of each at
 * desktop width and at 320 px. (Two people in one section: applicant-merge.e2e.test.ts. The task
 * list's time to interactive is measured by `npm run bench:web`, never asserted in a test.)
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseApplication } from '../cases/formal-rule-cases.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { expectNoAxeViolations, launchChromium } from './support/browser.js';
import { CALL_ID, createApplication, putSections, signIn } from './support/applicant.js';

// The committed images change only on request (TILSKUDD_SCREENSHOTS=1); a plain test run
// writes them to a temporary folder, so running the tests never dirties the checkout.
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
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const content = Object.fromEntries(
  Object.entries(baseApplication.content).filter(([id]) => id !== 'attachments'),
);

describe('every applicant page, three languages, two widths', () => {
  let context: BrowserContext;
  let page: Page;
  let draftId = '';
  let submittedId = '';

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await signIn(page, server.baseUrl, 'applicant-ntnu', `/calls/${CALL_ID}`);
    draftId = await createApplication(page);
    const partial = { ...content, budget: undefined, participants: undefined };
    await putSections(
      page,
      draftId,
      JSON.parse(JSON.stringify(partial)) as Record<string, unknown>,
    );
    submittedId = await createApplication(page);
    await putSections(page, submittedId, content);
  });
  afterAll(async () => {
    await context.close();
  });

  const pages = () => [
    ['call-page', `/calls/${CALL_ID}`],
    ['start-page', `/calls/${CALL_ID}/start`],
    ['task-list', `/applications/${draftId}`],
    ['section-project', `/applications/${draftId}/sections/project`],
    ['section-cluster', `/applications/${draftId}/sections/cluster`],
    ['section-anchoring', `/applications/${draftId}/sections/anchoring`],
    ['section-case', `/applications/${draftId}/sections/case`],
    ['section-offerings', `/applications/${draftId}/sections/offerings`],
    ['section-participants', `/applications/${submittedId}/sections/participants`],
    ['section-progress-plan', `/applications/${draftId}/sections/progress-plan`],
    ['section-budget', `/applications/${submittedId}/sections/budget`],
    ['section-attachments', `/applications/${draftId}/sections/attachments`],
    ['check-answers', `/applications/${draftId}/check`],
    ['my-applications', '/applications'],
    ['people', '/institutions/974767880/people'],
  ];

  for (const locale of ['nb', 'nn', 'en']) {
    it(`axe finds nothing on any page in ${locale}`, { timeout: 300_000 }, async () => {
      await page.evaluate((l) => localStorage.setItem('tilskudd.language', l), locale);
      for (const [name, path] of pages()) {
        await page.goto(`${server.baseUrl}${path}`);
        await expect
          .poll(() => page.locator('h1').count(), { timeout: 10_000, message: `${name} ${locale}` })
          .toBe(1);
        await page.waitForLoadState('networkidle');
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        await expectNoAxeViolations(page, `${name} (${locale})`);
      }
      await page.evaluate(() => localStorage.setItem('tilskudd.language', 'nb'));
    });
  }

  it(
    'takes a screenshot of every page at desktop width and at 320 px',
    { timeout: 300_000 },
    async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const [width, height, suffix] of [
        [1024, 640, 'desktop'],
        [320, 640, '320'],
      ] as const) {
        await page.setViewportSize({ width, height });
        for (const [name, path] of pages()) {
          await page.goto(`${server.baseUrl}${path}`);
          await expect
            .poll(() => page.locator('h1').count(), {
              timeout: 10_000,
              message: `${name} ${suffix}`,
            })
            .toBe(1);
          await page.waitForLoadState('networkidle');
          // Nothing may stick out sideways at 320 px (WCAG 1.4.10 reflow).
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(1);
          await page.screenshot({ path: `${SCREENSHOTS}/applicant-${name}-${suffix}.png` });
        }
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  );

  it(
    'submits, and the receipt page passes axe and is photographed',
    { timeout: 180_000 },
    async () => {
      await page.goto(`${server.baseUrl}/applications/${submittedId}/sections/attachments`);
      await page.locator('#f-attachments-items-signed-agreement').setInputFiles({
        name: 'samarbeidsavtale.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(
          '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
        ),
      });
      await page.getByRole('button', { name: 'Last opp' }).first().click();
      await expect.poll(() => page.locator('main').textContent()).toContain('samarbeidsavtale.pdf');
      await page.goto(`${server.baseUrl}/applications/${submittedId}/check`);
      await page.getByRole('button', { name: 'Send inn søknaden' }).click();
      await page.waitForURL('**/receipt');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Søknaden er mottatt');
      for (const locale of ['nb', 'nn', 'en']) {
        await page.evaluate((l) => localStorage.setItem('tilskudd.language', l), locale);
        await page.reload();
        await expect.poll(() => page.locator('h1').count(), { timeout: 10_000 }).toBe(1);
        await expectNoAxeViolations(page, `receipt (${locale})`);
      }
      await page.evaluate(() => localStorage.setItem('tilskudd.language', 'nb'));
      await page.reload();
      await expect.poll(() => page.locator('h1').count(), { timeout: 10_000 }).toBe(1);
      await page.screenshot({ path: `${SCREENSHOTS}/applicant-confirmation-desktop.png` });
      await page.setViewportSize({ width: 320, height: 640 });
      await page.screenshot({ path: `${SCREENSHOTS}/applicant-confirmation-320.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  );
});
