/**
 * R27 in a real browser against a real server: after the "assessment done" jump, the officer opens
 * the allocation of the demo cases, lets the optimiser propose, reduces one grant with a reason and
 * cut budget lines, moves a case to the reserve list, gives the reasons the departures from the
 * rank order need, compares two scenarios and proposes one; the leader sends it back once with a
 * comment and then approves. Axe on every page in bokmål and in English; photographs at 1280 and
 * 320 px.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllocationWorkspace } from '../../src/web/api/allocation-types.js';
import { SEED_CALL_ID } from '../helpers/applications.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { callApi, signIn } from './support/applicant.js';
import { collectConsoleErrors, expectNoAxeViolations, launchChromium } from './support/browser.js';
import { photograph, screenshotDir, setLanguage, settle } from './support/pages.js';

const SHOTS = screenshotDir('allocation');
const WORKSPACE = `/calls/${SEED_CALL_ID}/allocation`;

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

async function signedIn(
  persona: string,
  returnTo: string,
): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nb-NO' });
  const page = await ctx.newPage();
  await signIn(page, server.baseUrl, persona, returnTo);
  return { ctx, page };
}

/** Opens a case's entry editor from the scenario's rank table. */
async function openEntry(page: Page, caseNumber: string) {
  await page.getByRole('button', { name: `Endre ${caseNumber}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  return dialog;
}

async function saveEntry(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect.poll(() => dialog.count(), { message: 'entry saved' }).toBe(0);
}

describe('allocation from the assessment-done jump to the approved allocation (R27)', () => {
  let officer: Page;
  let leader: Page;
  let scenarioUrl = '';
  const errors: string[] = [];

  beforeAll(async () => {
    const admin = await signedIn('admin', '/');
    const jump = await callApi(admin.page, 'POST', '/api/admin/clock', {
      callId: SEED_CALL_ID,
      phase: 'assessment-done',
    });
    expect(jump.status, JSON.stringify(jump.body)).toBe(200);
    await admin.ctx.close();
    officer = (await signedIn('officer', '/cases')).page;
    errors.push(...collectConsoleErrors(officer));
  });

  it('R27 the workspace shows the rank order with the cut line, the pot and the cases left out', async () => {
    await settle(officer, 'officer home');
    await officer.getByRole('link', { name: 'Fordeling av rammen' }).first().click();
    await officer.waitForURL(`${server.baseUrl}${WORKSPACE}`);
    await settle(officer, 'workspace');
    await expect.poll(() => officer.locator('.cut-line').count()).toBe(1);
    // The line falls where the rank order stops funding: funded just above it, not just below.
    const cut = officer.locator('tr.cut-line');
    expect(await cut.locator('xpath=preceding-sibling::tr[1]').textContent()).toContain(
      'Hovedliste',
    );
    expect(await cut.locator('xpath=following-sibling::tr[1]').textContent()).not.toContain(
      'Hovedliste',
    );
    await expect
      .poll(() => officer.locator('.pot-bar__text').first().textContent())
      .toMatch(/Tildelt .* av rammen på 20\s000\s000\skr/);
    await expect
      .poll(() => officer.getByText(/foreslått avvist i den formelle kontrollen/).count())
      .toBe(1);
    await expectNoAxeViolations(officer, 'workspace nb');
    await photograph(officer, SHOTS, 'allocation-workspace');
  });

  it('R27 the optimiser proposes a scenario within the pot, with its solver record', async () => {
    await officer.locator('#scenario-name').fill('Optimert forslag');
    await officer.getByRole('button', { name: 'La optimereren foreslå' }).click();
    await officer.waitForURL(/\/allocation\/scenarios\//);
    await settle(officer, 'scenario');
    scenarioUrl = officer.url();
    await expect.poll(() => officer.locator('h1').textContent()).toBe('Optimert forslag');
    await expect.poll(() => officer.locator('#scenario-pot').textContent()).toMatch(/Tildelt/);
    await officer.getByText('Løserens logg for reproduksjon').click();
    await expect.poll(() => officer.getByText(/HiGHS \d+\.\d+/).count()).toBe(1);
    await expectNoAxeViolations(officer, 'scenario nb');
  });

  it('R27 a reduced grant names its reason and the budget lines cut; the pot bar follows', async () => {
    const ws = (await callApi(officer, 'GET', `/api/calls/${SEED_CALL_ID}/allocation`))
      .body as AllocationWorkspace;
    const first = ws.cases[0];
    const line = first?.budgetLines[0];
    if (!first || !line) throw new Error('the demo call has no ranked case with a budget');
    const cut = Math.min(100_000, Math.floor(line.amountNok / 1000) * 1000);
    const before = await officer.locator('#scenario-pot').textContent();
    const dialog = await openEntry(officer, first.caseNumber);
    await dialog.locator('#entry-grant').fill(String(first.appliedNok - cut));
    await dialog
      .locator('#entry-reason')
      .fill('Reisekostnadene er høyere enn utlysningen gir rom for.');
    await expectNoAxeViolations(officer, 'entry editor nb');
    await dialog.locator('#cut-0').fill(String(cut));
    await dialog.locator('#cut-0').scrollIntoViewIfNeeded();
    await photograph(officer, SHOTS, 'allocation-entry-editor', { viewportOnly: true });
    await expect.poll(() => dialog.locator('.cut-lines__ok').count()).toBe(1);
    await saveEntry(officer);
    await expect.poll(() => officer.locator('#scenario-pot').textContent()).not.toBe(before);
    const row = officer.locator('tr', { hasText: first.caseNumber });
    await expect.poll(() => row.textContent()).toContain('redusert');
  });

  it('R27 a case moved to the reserve list with the reason for leaving the rank order', async () => {
    const ws = (await callApi(officer, 'GET', `/api/calls/${SEED_CALL_ID}/allocation`))
      .body as AllocationWorkspace;
    const second = ws.cases[1];
    if (!second) throw new Error('the demo call has fewer than two ranked cases');
    const dialog = await openEntry(officer, second.caseNumber);
    await dialog.getByRole('radio', { name: 'Reserveliste' }).check();
    await dialog.locator('#entry-position').fill('1');
    await dialog
      .locator('#entry-departure')
      .fill('Klyngen har fått midler fra en annen ordning i år.');
    await saveEntry(officer);
    await expect
      .poll(() => officer.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Endre ${second.caseNumber}`);
    const reserve = officer.locator('.reserve-list li').first();
    await expect.poll(() => reserve.textContent()).toContain(second.caseNumber);
  });

  it('R27 the entry editor works from the keyboard: Enter opens it, Escape closes it', async () => {
    const button = officer.getByRole('button', { name: /^Endre SAK-/ }).nth(2);
    const label = await button.getAttribute('aria-label');
    await button.focus();
    await officer.keyboard.press('Enter');
    await expect.poll(() => officer.getByRole('dialog').count()).toBe(1);
    await officer.keyboard.press('Escape');
    await expect.poll(() => officer.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(() => officer.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(label);
  });

  it('R27 every departure from the rank order gets its reason', async () => {
    const give = officer.getByRole('link', { name: /^Begrunn avviket for/ });
    for (let i = 0; i < 40 && (await give.count()) > 0; i++) {
      await give.first().click();
      await officer
        .locator('#entry-departure')
        .fill('Optimereren gir flere fylker og mer tilskudd innenfor rammen.');
      await saveEntry(officer);
    }
    await expect.poll(() => give.count()).toBe(0);
    await expect
      .poll(() => officer.getByText('Alle avvik er begrunnet.').count())
      .toBeGreaterThan(0);
    await photograph(officer, SHOTS, 'allocation-scenario');
  });

  it('R27 two scenarios compared side by side: who moves, amounts and spread', async () => {
    await officer.goto(`${server.baseUrl}${WORKSPACE}`);
    await settle(officer, 'workspace again');
    await officer.locator('#scenario-name').fill('Rangert rekkefølge');
    await officer.getByRole('button', { name: 'Nytt scenario etter rangeringen' }).click();
    await officer.waitForURL(/\/allocation\/scenarios\//);
    await settle(officer, 'greedy scenario');
    await officer.goto(`${server.baseUrl}${WORKSPACE}`);
    await settle(officer, 'workspace with two');
    await officer.locator('#compare-a').selectOption({ label: 'Optimert forslag' });
    await officer.locator('#compare-b').selectOption({ label: 'Rangert rekkefølge' });
    await officer.getByRole('button', { name: 'Sammenlign' }).click();
    await officer.waitForURL(/\/allocation\/compare\?/);
    await settle(officer, 'compare');
    await expect.poll(() => officer.locator('h2', { hasText: /plassert ulikt/ }).count()).toBe(1);
    await expect
      .poll(() => officer.locator('.change--moved_in, .change--moved_out, .change--amount').count())
      .toBeGreaterThan(0);
    await expectNoAxeViolations(officer, 'compare nb');
    await photograph(officer, SHOTS, 'allocation-compare');
  });

  it('R27 the officer proposes; the leader returns it with a comment, then approves it', async () => {
    await officer.goto(scenarioUrl);
    await settle(officer, 'scenario to propose');
    await officer
      .locator('#scenario-comment')
      .fill('Innstilling etter optimering, med begrunnede avvik.');
    await officer.getByRole('button', { name: 'Innstill scenarioet' }).click();
    await expect.poll(() => officer.locator('.scenario-meta').textContent()).toContain('Innstilt');

    const lead = await signedIn('leader', new URL(scenarioUrl).pathname);
    leader = lead.page;
    errors.push(...collectConsoleErrors(leader));
    await settle(leader, 'leader review');
    await expectNoAxeViolations(leader, 'leader review nb');
    await leader.getByRole('button', { name: 'Send tilbake' }).click();
    await expect.poll(() => leader.getByText(/Skriv en kommentar/).count()).toBe(1);
    await leader
      .locator('#scenario-comment')
      .fill('Vis hvorfor Telemark får mindre enn i rangert rekkefølge.');
    await leader.getByRole('button', { name: 'Send tilbake' }).click();
    await expect
      .poll(() => leader.locator('.scenario-meta').textContent())
      .toContain('Sendt tilbake');

    await officer.reload();
    await settle(officer, 'returned scenario');
    await expect
      .poll(() => officer.locator('.review-notice').textContent())
      .toContain('Vis hvorfor Telemark');
    await officer
      .locator('#scenario-comment')
      .fill('Telemark får to saker; se avviksbegrunnelsene.');
    await officer.getByRole('button', { name: 'Innstill scenarioet' }).click();
    await expect.poll(() => officer.locator('.scenario-meta').textContent()).toContain('Innstilt');

    await leader.reload();
    await settle(leader, 'leader second review');
    await expect
      .poll(() => leader.locator('.review-notice').textContent())
      .toContain('Telemark får to saker');
    await photograph(leader, SHOTS, 'allocation-leader-review');
    await leader.getByRole('button', { name: 'Godkjenn fordelingen' }).click();
    await expect.poll(() => leader.locator('.scenario-meta').textContent()).toContain('Godkjent');
    await expect.poll(() => leader.locator('.history-list li').count()).toBeGreaterThanOrEqual(5);
    await leader.goto(`${server.baseUrl}${WORKSPACE}`);
    await settle(leader, 'leader workspace');
    await expect
      .poll(() => leader.getByText('Godkjent fordeling som vedtakene bygger på:').count())
      .toBe(1);
  });

  it('R27 the pages pass axe in English too', async () => {
    await setLanguage(officer, 'en');
    for (const path of [WORKSPACE, new URL(scenarioUrl).pathname]) {
      await officer.goto(`${server.baseUrl}${path}`);
      await settle(officer, `${path} en`);
      await expect.poll(() => officer.locator('html').getAttribute('lang')).toBe('en');
      await expectNoAxeViolations(officer, `${path} en`);
    }
    await officer.goBack();
    await setLanguage(officer, 'nb');
    expect(errors).toEqual([]);
  });
});
