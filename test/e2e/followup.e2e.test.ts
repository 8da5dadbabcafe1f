/**
 * Acceptance and payments in a real browser against a real server: after the decisions are
 * issued (set up over the API), applicant-ntnu accepts the grant on the receipt page; the officer
 * sees it accepted with the first instalment due, records it in the payment dialog, and the CSV
 * for the accounting system holds it. Axe on every page; photographs at 1280 and 320 px.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionJob, DecisionList } from '../../src/web/api/decision-types.js';
import type { GrantList } from '../../src/web/api/followup-types.js';
import { KRISTIANIA, NTNU, SEED_CALL_ID } from '../helpers/applications.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { signIn } from './support/applicant.js';
import { collectConsoleErrors, expectNoAxeViolations, launchChromium } from './support/browser.js';
import { photograph, screenshotDir, settle } from './support/pages.js';
import { journeyApi, type JourneyApi } from './support/journey-api.js';

const SHOTS = screenshotDir('followup');
const GRANTS = `/calls/${SEED_CALL_ID}/grants`;

let browser: Browser;
let server: RunningServer;
let j: JourneyApi;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ TILSKUDD_DEMO_CLOCK: 'open', TILSKUDD_JOB_POLL_MS: '200' }),
  ]);
  j = journeyApi(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a grant accepted and paid', () => {
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  let ntnuApplication = '';

  async function signedIn(persona: string, returnTo: string): Promise<Page> {
    const ctx = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'nb-NO',
    });
    contexts.push(ctx);
    const page = await ctx.newPage();
    errors.push(...collectConsoleErrors(page));
    await signIn(page, server.baseUrl, persona, returnTo);
    return page;
  }

  async function runJob(persona: string, path: string, body: unknown = {}) {
    const job = await j.api<DecisionJob>(persona, 'POST', path, body, 202);
    // In a hook, so a plain loop: expect.poll belongs to tests.
    const until = Date.now() + 240_000;
    let state = job.state;
    while (state !== 'done' && state !== 'failed' && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      state = (await j.api<DecisionJob>(persona, 'GET', `/api/decision-jobs/${job.id}`)).state;
    }
    if (state !== 'done') throw new Error(`${path}: job ended ${state}`);
  }

  beforeAll(async () => {
    // Tokens are minted by a child process on the same database: before the jobs keep it busy.
    for (const persona of ['officer', 'leader', 'admin', 'assessor-1', 'assessor-2']) {
      await j.token(persona);
    }
    await j.submitApplication('applicant-kristiania', KRISTIANIA);
    ntnuApplication = await j.submitApplication('applicant-ntnu', NTNU);
    await j.api('admin', 'POST', '/api/admin/clock', {
      callId: SEED_CALL_ID,
      phase: 'after-deadline',
    });
    const list = await j.api<{ items: { id: string }[] }>(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/cases`,
    );
    const assessors = new Map<string, string>();
    for (const persona of ['assessor-1', 'assessor-2']) {
      assessors.set(persona, (await j.api<{ id: string }>(persona, 'GET', '/api/me')).id);
    }
    for (const item of list.items) await j.bringToConsensus(item.id, assessors);
    await j.api('admin', 'POST', '/api/admin/clock', {
      callId: SEED_CALL_ID,
      phase: 'assessment-done',
    });
    await j.approveAllocation(list.items.map((i) => i.id));
    await runJob('officer', `/api/calls/${SEED_CALL_ID}/decisions/prepare`);
    const drafts = await j.api<DecisionList>(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/decisions`,
    );
    await j.api('leader', 'POST', `/api/calls/${SEED_CALL_ID}/decisions/approve`, {
      decisionIds: drafts.decisions.map((d) => d.id),
    });
    await runJob('leader', `/api/calls/${SEED_CALL_ID}/decisions/issue`);
  }, 600_000);
  afterAll(async () => {
    for (const ctx of contexts) await ctx.close();
  });

  it('applicant-ntnu accepts the grant on the receipt page', async () => {
    const applicant = await signedIn('applicant-ntnu', `/applications/${ntnuApplication}/receipt`);
    await settle(applicant, 'receipt');
    const section = applicant.locator('.grant-acceptance');
    await expect.poll(() => section.textContent(), { timeout: 20_000 }).toContain('Venter på svar');
    await expectNoAxeViolations(applicant, 'receipt with acceptance nb');
    await photograph(applicant, SHOTS, 'followup-receipt-accept');
    await applicant.getByRole('button', { name: 'Aksepter vilkårene' }).click();
    await expect.poll(() => section.textContent()).toContain('Akseptert');
    await expect.poll(() => section.textContent()).toMatch(/Akseptert .* av /);
    await expectNoAxeViolations(applicant, 'receipt accepted nb');
    await photograph(applicant, SHOTS, 'followup-receipt-accepted');
  });

  it('the officer records the first instalment in the dialog and downloads the CSV', async () => {
    const before = await j.api<GrantList>('officer', 'GET', `/api/calls/${SEED_CALL_ID}/grants`);
    const ntnu = before.grants.find((g) => g.state === 'accepted');
    expect(ntnu).toBeDefined();
    expect(ntnu?.dueNok).toBeGreaterThan(0);
    const officer = await signedIn('officer', GRANTS);
    await settle(officer, 'grants');
    await expect
      .poll(() => officer.locator('.grants-page tbody tr').count())
      .toBe(before.grants.length);
    await expectNoAxeViolations(officer, 'grants nb');
    await photograph(officer, SHOTS, 'followup-grants');
    await officer
      .getByRole('button', { name: `Registrer utbetaling for ${ntnu?.caseNumber ?? ''}` })
      .click();
    await officer.locator('#payment-amount').fill(String(ntnu?.dueNok ?? 0));
    await officer.locator('#payment-reference').fill('BILAG-2021-0042');
    await expectNoAxeViolations(officer, 'payment dialog nb');
    await photograph(officer, SHOTS, 'followup-payment-dialog', { viewportOnly: true });
    await officer.getByRole('button', { name: 'Registrer', exact: true }).click();
    await expect.poll(() => officer.locator('.payment-dialog[open]').count()).toBe(0);
    const after = await j.api<GrantList>('officer', 'GET', `/api/calls/${SEED_CALL_ID}/grants`);
    expect(after.grants.find((g) => g.decisionId === ntnu?.decisionId)?.paidNok).toBe(ntnu?.dueNok);
    const csv = new TextDecoder().decode(
      await j.bytes('officer', `/api/calls/${SEED_CALL_ID}/payments.csv`),
    );
    expect(csv).toContain(`;${ntnu?.dueNok ?? 0};BILAG-2021-0042;`);
    expect(errors).toEqual([]);
  });
});
