/**
 * The dev mailbox in a real browser against a real server with no SMTP_URL: an applicant invites
 * a colleague, a letter with a PDF is queued, the server's in-process SMTP server receives both,
 * and the admin reads the list and one message with its attachment link. Axe on each page;
 * photographed at 1280 and 320 px (TILSKUDD_SCREENSHOTS=1 writes docs/screenshots/).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueMail } from '../../src/server/services/mail/queue-mail.js';
import { createStore, inTransaction } from '../../src/store/create-store.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { callApi, signIn } from './support/applicant.js';
import { collectConsoleErrors, expectNoAxeViolations, launchChromium } from './support/browser.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS =
  process.env.TILSKUDD_SCREENSHOTS === '1'
    ? resolve(ROOT, 'docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'tilskudd-mailbox-screenshots-'));

let browser: Browser;
let server: RunningServer;

async function photograph(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const size = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    await page.screenshot({
      path: `${SCREENSHOTS}/admin-${name}-${width}.png`,
      fullPage: true,
      clip: { x: 0, y: 0, width, height: Math.min(size.height, 2400) },
    });
    expect(size.overflow, `${name} at ${width} px`).toBeLessThanOrEqual(1);
  }
  console.log(`screenshot ${SCREENSHOTS}/admin-${name}-*.png`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ TILSKUDD_DEMO_CLOCK: 'open', TILSKUDD_JOB_POLL_MS: '200' }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the dev mailbox page', () => {
  it('the admin reads the e-mails the embedded SMTP server received, with their attachments', async () => {
    const applicant = await browser.newContext({ locale: 'nb-NO' });
    const page = await applicant.newPage();
    await signIn(page, server.baseUrl, 'applicant-ntnu', '/applications');
    const invited = await callApi(page, 'POST', '/api/institutions/974767880/invitations', {
      email: 'ola.ny@ntnu.example',
    });
    expect(invited.status).toBe(201);
    await applicant.close();
    // A letter with a PDF, as the decisions will send them, queued on the server's database.
    const store = createStore({ sqlitePath: join(server.dataDir, 'tilskudd.sqlite') });
    await inTransaction(store, (tx) =>
      queueMail(tx, {
        topic: 'decision',
        referenceId: null,
        locale: 'nb',
        to: 'kari.nordmann@ntnu.example',
        subject: 'Vedtak om tilskudd til kompetanseløft',
        text: 'Hei,\n\nvedlagt er vedtaket om søknaden deres.\n\nVennlig hilsen\nTilskudd',
        attachments: [
          {
            fileName: 'vedtak.pdf',
            contentType: 'application/pdf',
            content: Buffer.from('%PDF-1.7\n%%EOF\n'),
          },
        ],
      }),
    );
    await store.close();

    const admin = await browser.newContext({ locale: 'nb-NO' });
    const adminPage = await admin.newPage();
    const errors = collectConsoleErrors(adminPage);
    await signIn(adminPage, server.baseUrl, 'admin', '/admin/mailbox');
    await expect
      .poll(() => adminPage.getByRole('heading', { level: 1, name: 'Utviklerpostkasse' }).count())
      .toBe(1);
    const decision = adminPage.getByRole('link', { name: 'Vedtak om tilskudd til kompetanseløft' });
    // The job runner polls; reload until both have arrived.
    await expect
      .poll(async () => {
        await adminPage.reload();
        // The list arrives after the page has loaded: count once its request has answered.
        await adminPage.waitForLoadState('networkidle');
        return (
          (await decision.count()) + (await adminPage.getByText('ola.ny@ntnu.example').count())
        );
      })
      .toBe(2);
    await expectNoAxeViolations(adminPage, 'mailbox list');
    await photograph(adminPage, 'mailbox-list');

    await adminPage.getByRole('link', { name: /^Invitasjon: søk tilskudd/ }).click();
    await expect
      .poll(() => adminPage.getByText('har invitert deg til å arbeide med søknader').count())
      .toBe(1);
    await expectNoAxeViolations(adminPage, 'mailbox message');
    await photograph(adminPage, 'mailbox-message');

    await adminPage.getByRole('link', { name: 'Utviklerpostkasse' }).first().click();
    await decision.click();
    const file = adminPage.getByRole('link', { name: 'vedtak.pdf' });
    await expect.poll(() => file.count()).toBe(1);
    expect(await file.getAttribute('href')).toMatch(
      /^\/api\/admin\/mailbox\/[0-9a-f-]+\/attachments\/0$/,
    );
    await expectNoAxeViolations(adminPage, 'mailbox message with attachment');
    await photograph(adminPage, 'mailbox-attachment');
    expect(errors).toEqual([]);
    await admin.close();
  });
});
