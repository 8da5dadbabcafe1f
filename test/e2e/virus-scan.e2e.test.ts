/**
 * Virus scanning as people see it, with a real clamd beside a real server: the applicant's
 * attachments show a file scanned clean and one waiting in quarantine (clamd stopped); the
 * officer's case documents show the waiting file without a link; when clamd is back the server's
 * durable job scans it and both pages say so. Screenshots at 1280 and 320 px, axe on each.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseApplication } from '../cases/formal-rule-cases.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { startTestClamd, type TestClamd } from '../helpers/clamd.js';
import { signedAgreementPdf } from '../fixtures/files/build-files.js';
import { expectNoAxeViolations, launchChromium } from './support/browser.js';
import { CALL_ID, callApi, createApplication, putSections, signIn } from './support/applicant.js';

const SCREENSHOTS =
  process.env.TILSKUDD_SCREENSHOTS === '1'
    ? resolve(import.meta.dirname, '../../docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'tilskudd-scan-screenshots-'));

let browser: Browser;
let server: RunningServer;
let clamd: TestClamd;

beforeAll(async () => {
  clamd = await startTestClamd();
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ TILSKUDD_DEMO_CLOCK: 'open', TILSKUDD_CLAMD: clamd.setting }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await clamd?.dispose();
});

/** Uploads from inside the signed-in page, as the attachments page does. */
async function upload(
  page: Page,
  applicationId: string,
  kind: string,
  name: string,
  bytes: Buffer,
) {
  return page.evaluate(
    async ({ applicationId, kind, name, base64 }) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken?: string };
      const form = new FormData();
      form.append('kind', kind);
      const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      form.append('file', new File([raw], name, { type: 'application/pdf' }));
      const res = await fetch(`/api/applications/${applicationId}/attachments`, {
        method: 'POST',
        headers: session.csrfToken ? { 'X-CSRF-Token': session.csrfToken } : {},
        body: form,
      });
      return { status: res.status, body: (await res.json()) as unknown };
    },
    { applicationId, kind, name, base64: bytes.toString('base64') },
  );
}

async function photograph(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await page.screenshot({
      path: `${SCREENSHOTS}/virus-scan-${name}-${width === 1280 ? 'desktop' : '320'}.png`,
      fullPage: true,
    });
    expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(1);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('virus scan states on the pages', () => {
  let applicant: BrowserContext;
  let officer: BrowserContext;
  let page: Page;
  let officerPage: Page;
  let applicationId = '';
  let caseId = '';

  beforeAll(async () => {
    applicant = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await applicant.newPage();
    await signIn(page, server.baseUrl, 'applicant-ntnu', `/calls/${CALL_ID}`);
    applicationId = await createApplication(page);
    const content = Object.fromEntries(
      Object.entries(baseApplication.content).filter(([id]) => id !== 'attachments'),
    );
    await putSections(page, applicationId, content);
  });
  afterAll(async () => {
    await applicant?.close();
    await officer?.close();
  });

  it('the applicant sees a clean file and one waiting in quarantine while clamd is away', async () => {
    const clean = await upload(
      page,
      applicationId,
      'signed-agreement',
      'samarbeidsavtale-signert.pdf',
      await signedAgreementPdf(),
    );
    expect(clean.status, JSON.stringify(clean.body)).toBe(201);
    await clamd.stop();
    const waiting = await upload(
      page,
      applicationId,
      'progress-plan',
      'fremdriftsplan.pdf',
      await signedAgreementPdf('Fremdriftsplan'),
    );
    expect(waiting.status, JSON.stringify(waiting.body)).toBe(201);
    expect(waiting.body).toMatchObject({ attachment: { scan: { state: 'pending' } } });

    await page.goto(`${server.baseUrl}/applications/${applicationId}/sections/attachments`);
    const tags = page.locator('.scan-state');
    await expect.poll(() => tags.count(), { timeout: 15_000 }).toBe(2);
    expect(await tags.allTextContents()).toEqual(['Virusskannet', 'Venter på virusskanning']);
    expect(await page.locator('main').textContent()).toContain('Filen er i karantene');
    await expectNoAxeViolations(page, 'attachments with scan states (nb)');
    await photograph(page, 'applicant');
  });

  it('the officer sees the waiting file without a link, and why', async () => {
    const submitted = await callApi(
      page,
      'POST',
      `/api/applications/${applicationId}/submissions`,
      undefined,
      {
        'Idempotency-Key': `scan-e2e-${applicationId}`,
      },
    );
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const admin = await browser.newContext();
    const adminPage = await admin.newPage();
    await signIn(adminPage, server.baseUrl, 'admin', '/me');
    const clock = await callApi(adminPage, 'POST', '/api/admin/clock', {
      callId: CALL_ID,
      phase: 'after-deadline',
    });
    expect(clock.status, JSON.stringify(clock.body)).toBe(200);
    await admin.close();

    officer = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    officerPage = await officer.newPage();
    await signIn(officerPage, server.baseUrl, 'officer', '/me');
    const cases = await callApi(officerPage, 'GET', `/api/calls/${CALL_ID}/cases`);
    caseId = (cases.body as { items: { id: string }[] }).items[0]?.id ?? '';
    expect(caseId).not.toBe('');
    await officerPage.goto(`${server.baseUrl}/cases/${caseId}`);
    const list = officerPage.locator('.case-files');
    await expect.poll(() => list.locator('.scan-state').count(), { timeout: 15_000 }).toBe(2);
    expect(await list.locator('a').allTextContents()).toEqual(['samarbeidsavtale-signert.pdf']);
    expect(await list.textContent()).toContain('Venter på virusskanning');
    await expectNoAxeViolations(officerPage, 'case documents with scan states (nb)');
    await photograph(officerPage, 'case');
  });

  it('once clamd is back, the server scans the waiting file and it can be opened', async () => {
    await clamd.start();
    // The server's job runner retries with a growing pause: allow it a generous minute and more.
    await expect
      .poll(
        async () => {
          const res = await callApi(page, 'GET', `/api/applications/${applicationId}/attachments`);
          return (res.body as { scan: { state: string } }[]).map((f) => f.scan.state).sort();
        },
        { timeout: 120_000, interval: 1000 },
      )
      .toEqual(['clean', 'clean']);
    await officerPage.reload();
    const list = officerPage.locator('.case-files');
    await expect.poll(() => list.locator('a').count(), { timeout: 15_000 }).toBe(2);
    expect(await list.locator('.scan-state').allTextContents()).toEqual([
      'Virusskannet',
      'Virusskannet',
    ]);
  });
});
