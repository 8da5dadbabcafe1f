/**
 * R32 in a real browser against a real server: the admin opens the audit trail page, sees that no
 * verification has run, runs one and reads that the trail is intact; after an event is edited in
 * the database, the next run says the trail is broken and names the event. Axe on every state;
 * photographed at 1280 and 320 px (TILSKUDD_SCREENSHOTS=1 writes docs/screenshots/).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { collectConsoleErrors, expectNoAxeViolations, launchChromium } from './support/browser.js';
import { signIn } from './support/applicant.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS =
  process.env.TILSKUDD_SCREENSHOTS === '1'
    ? resolve(ROOT, 'docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'tilskudd-audit-screenshots-'));

let browser: Browser;
let server: RunningServer;

/** Both widths; nothing sticks out sideways at 320 px. */
async function photograph(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({
    path: `${SCREENSHOTS}/admin-${name}-1280.png`,
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: Math.min(height, 2400) },
  });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  const tall = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({
    path: `${SCREENSHOTS}/admin-${name}-320.png`,
    fullPage: true,
    clip: { x: 0, y: 0, width: 320, height: Math.min(tall, 2400) },
  });
  console.log(`screenshot ${SCREENSHOTS}/admin-${name}-*.png`);
  expect(overflow, `${name} at 320 px`).toBeLessThanOrEqual(1);
  await page.setViewportSize({ width: 1280, height: 800 });
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

describe('the audit trail page', () => {
  it('R32: the admin runs the verification and reads the result; an edited event is named', async () => {
    const context = await browser.newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await signIn(page, server.baseUrl, 'admin', '/admin/audit');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Revisjonsspor' }).count())
      .toBe(1);
    await expect.poll(() => page.getByText('Ingen kontroll er kjørt ennå.').count()).toBe(1);
    await expectNoAxeViolations(page, 'audit page, no verification');

    await page.getByRole('button', { name: 'Kontroller revisjonssporet' }).click();
    await expect.poll(() => page.getByText('Revisjonssporet er intakt').count()).toBe(1);
    expect(await page.locator('.fact-list').getByText('Tor Lund').count()).toBe(1);
    await expectNoAxeViolations(page, 'audit page, intact');
    await photograph(page, 'audit-intact');

    // Someone with access to the database edits the second event of the chain.
    const db = new SqliteDatabase(join(server.dataDir, 'tilskudd.sqlite'));
    const second = db
      .prepare('select seq from audit_event order by seq limit 1 offset 1')
      .get() as { seq: number };
    db.prepare("update audit_event set actor_label = 'noen andre' where seq = ?").run(second.seq);
    db.close();

    await page.getByRole('button', { name: 'Kontroller revisjonssporet' }).click();
    await expect.poll(() => page.getByText('Revisjonssporet er brutt').count()).toBe(1);
    const first = page.getByText('Første brutte hendelse:').locator('..');
    expect(await first.textContent()).toContain(`Hendelse ${second.seq} er endret`);
    await expectNoAxeViolations(page, 'audit page, broken');
    await photograph(page, 'audit-broken');
    expect(errors).toEqual([]);
    await context.close();
  });
});
