/**
 * What the upload inspection flags is seen by both sides (issue 14, item 12): the applicant
 * uploads a Word file with macros and is told so at once; after the deadline the officer sees
 * the same note beside the file in the case. Axe on both; photographed at 1280 and 320 px.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_CALL_ID, createCompleteApplicationOverHttp } from '../helpers/applications.js';
import { tokenFor } from './support/tokens.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { docxWithMacros } from '../fixtures/files/build-zip.js';
import { expectNoAxeViolations, launchChromium } from './support/browser.js';
import { signIn } from './support/applicant.js';

const ROOT = resolve(import.meta.dirname, '../..');
// The committed images change only on request (TILSKUDD_SCREENSHOTS=1).
const SCREENSHOTS =
  process.env.TILSKUDD_SCREENSHOTS === '1'
    ? resolve(ROOT, 'docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'tilskudd-upload-screenshots-'));
const MACRO_NOTE = 'Word-filen inneholder makroer (programkode).';

let browser: Browser;
let server: RunningServer;

async function api(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

/** Both widths, each scrolled to what the picture is of. */
async function photograph(page: Page, name: string, subject: Locator) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await subject.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/upload-${name}-desktop.png` });
  await page.setViewportSize({ width: 320, height: 800 });
  await page.waitForTimeout(100);
  await subject.scrollIntoViewIfNeeded();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await page.screenshot({ path: `${SCREENSHOTS}/upload-${name}-320.png` });
  console.log(`screenshot ${SCREENSHOTS}/upload-${name}-*.png`);
  expect(overflow, `${name} at 320 px`).toBeLessThanOrEqual(1);
  await page.setViewportSize({ width: 1280, height: 900 });
}

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

describe('a Word file with macros is flagged to applicant and officer', () => {
  let applicationId = '';

  beforeAll(async () => {
    applicationId = await createCompleteApplicationOverHttp(
      server.baseUrl,
      await tokenFor(server.dataDir, 'applicant-ntnu'),
    );
  });

  it('the applicant is told at once, in the attachments section', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'applicant-ntnu', `/calls/${SEED_CALL_ID}`);
    await page.goto(`${server.baseUrl}/applications/${applicationId}/sections/attachments`);
    await page.locator('#f-attachments-items-progress-plan').setInputFiles({
      name: 'fremdriftsplan.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docxWithMacros(),
    });
    await page.getByRole('button', { name: 'Last opp' }).nth(1).click();
    // The editor's own status region (the page has another for saves).
    const status = page.getByRole('status').filter({ has: page.locator('.upload-warnings') });
    await expect.poll(() => status.count()).toBe(1);
    expect(await status.textContent()).toContain(MACRO_NOTE);
    expect(await status.textContent()).toContain(
      'fremdriftsplan.docx er lastet opp, med merknader',
    );
    await expectNoAxeViolations(page, 'attachments with a macro note');
    await photograph(page, 'applicant-macro', status);
    await context.close();
  });

  it('the officer sees the note beside the file in the case', async () => {
    const applicant = await tokenFor(server.dataDir, 'applicant-ntnu');
    const submitted = await fetch(
      `${server.baseUrl}/api/applications/${applicationId}/submissions`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${applicant}`,
          'idempotency-key': `macro-${applicationId}`,
        },
      },
    );
    expect(submitted.status).toBe(201);
    const admin = await tokenFor(server.dataDir, 'admin');
    const clock = await api(admin, 'POST', '/api/admin/clock', {
      callId: SEED_CALL_ID,
      phase: 'after-deadline',
    });
    expect(clock.status, JSON.stringify(clock.body)).toBe(200);
    const officerToken = await tokenFor(server.dataDir, 'officer');
    const cases = await api(officerToken, 'GET', `/api/calls/${SEED_CALL_ID}/cases`);
    const caseId = (cases.body as { items: { id: string }[] }).items[0]?.id ?? '';
    expect(caseId).not.toBe('');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, 'officer', `/cases/${caseId}`);
    await page.goto(`${server.baseUrl}/cases/${caseId}`);
    const notes = page.locator('.upload-warnings');
    await expect.poll(() => notes.textContent()).toContain(MACRO_NOTE);
    expect(await page.locator('.attachment-list').last().textContent()).toContain(
      'fremdriftsplan.docx',
    );
    await expectNoAxeViolations(page, 'case with a macro note');
    await photograph(page, 'officer-macro', notes);
    await context.close();
  });
});
