/**
 * R28, R29 in a real browser against a real server: from an approved allocation that holds two
 * persona cases (Høyskolen Kristiania, a private college; NTNU, a state body) and the forty demo
 * cases, the officer prepares every decision as a job and edits one set of reasons; the leader
 * approves and issues; the dev mailbox holds a letter for each case, the private college's naming
 * the right to appeal, the appeal body and the deadline, the state university's without an appeal
 * section; Kristiania files a klage, the officer forwards it; the public award list shows the
 * grants. Axe on every page; photographs at 1280 and 320 px.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllocationWorkspace } from '../../src/web/api/allocation-types.js';
import type {
  DecisionDetail,
  DecisionList,
  PublicAward,
} from '../../src/web/api/decision-types.js';
import type { MailboxList, MailboxMessage } from '../../src/web/api/mailbox.js';
import { signedAgreementPdf } from '../fixtures/files/build-files.js';
import { readPdf } from '../fixtures/files/read-pdf.js';
import { KRISTIANIA, NTNU, SEED_CALL_ID } from '../helpers/applications.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { signIn } from './support/applicant.js';
import { collectConsoleErrors, expectNoAxeViolations, launchChromium } from './support/browser.js';
import { photograph, screenshotDir, setLanguage, settle } from './support/pages.js';
import { journeyApi, type JourneyApi } from './support/journey-api.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = screenshotDir('decisions');
const DECISIONS = `/calls/${SEED_CALL_ID}/decisions`;
const call = JSON.parse(readFileSync(join(ROOT, 'calls', SEED_CALL_ID, 'call.json'), 'utf8')) as {
  criteria: { id: string }[];
  scale: { max: number };
  decision: { appealBody: { nb: string } };
};
const EDITED_LINE = 'Søknaden svarer godt på utlysningens formål, og klyngen er tydelig beskrevet.';

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

describe('decisions from the approved allocation to the public award list (R28, R29)', () => {
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const applications = new Map<string, string>();
  const caseNumbers = new Map<string, string>();
  let officer: Page;
  let appealUrl = '';
  let allocated = 0;

  async function signedIn(persona: string, returnTo: string, locale = 'nb-NO'): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
    contexts.push(ctx);
    const page = await ctx.newPage();
    errors.push(...collectConsoleErrors(page));
    await signIn(page, server.baseUrl, persona, returnTo);
    return page;
  }

  beforeAll(async () => {
    applications.set(KRISTIANIA, await j.submitApplication('applicant-kristiania', KRISTIANIA));
    applications.set(NTNU, await j.submitApplication('applicant-ntnu', NTNU));
    await j.api('admin', 'POST', '/api/admin/clock', {
      callId: SEED_CALL_ID,
      phase: 'after-deadline',
    });
    const list = await j.api<{
      items: { id: string; caseNumber: string; institutionOrgnr?: string }[];
    }>('officer', 'GET', `/api/calls/${SEED_CALL_ID}/cases`);
    expect(list.items).toHaveLength(2);
    const assessors = new Map<string, string>();
    for (const persona of ['assessor-1', 'assessor-2']) {
      assessors.set(persona, (await j.api<{ id: string }>(persona, 'GET', '/api/me')).id);
    }
    const personaCases: string[] = [];
    for (const item of list.items) {
      await j.bringToConsensus(item.id, assessors);
      personaCases.push(item.id);
    }
    await j.api('admin', 'POST', '/api/admin/clock', {
      callId: SEED_CALL_ID,
      phase: 'assessment-done',
    });
    await j.approveAllocation(personaCases);
    const ws = await j.api<AllocationWorkspace>(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/allocation`,
    );
    for (const c of ws.cases) {
      if (personaCases.includes(c.caseId)) caseNumbers.set(c.institutionOrgnr, c.caseNumber);
    }
    expect([...caseNumbers.keys()].sort()).toEqual([KRISTIANIA, NTNU].sort());
    allocated = ws.cases.length + ws.excluded.length;
    officer = await signedIn('officer', DECISIONS);
  }, 300_000);
  afterAll(async () => {
    for (const ctx of contexts) await ctx.close();
  });

  it('R28 the officer prepares a decision for every case of the approved allocation, as a job', async () => {
    await settle(officer, 'decisions');
    await expectNoAxeViolations(officer, 'decisions nb');
    await officer.getByRole('button', { name: 'Forbered vedtak for alle' }).click();
    await expect
      .poll(() => officer.locator('#decision-job-status').textContent(), { timeout: 120_000 })
      .toMatch(/ferdig, (\d+) av \1/);
    const list = await j.api<DecisionList>(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/decisions`,
    );
    expect(list.missing).toBe(0);
    // Every case of the approved allocation and every case the formal check rejected; the demo's
    // handful still without consensus are not allocated, so not decided yet.
    expect(list.decisions.length).toBe(allocated);
    expect(allocated).toBeGreaterThanOrEqual(30);
    await expect
      .poll(() => officer.locator('.decision-table tbody tr').count())
      .toBe(list.decisions.length);
    await photograph(officer, SHOTS, 'decisions-list');
  });

  it('R28 the officer edits one line of the reasons of the Kristiania decision', async () => {
    const number = caseNumbers.get(KRISTIANIA) ?? '';
    await officer.locator('.decision-table a', { hasText: number }).click();
    await officer.waitForURL(/\/decisions\/[0-9a-f-]{36}$/);
    await settle(officer, 'decision');
    await expect.poll(() => officer.locator('h1').textContent()).toContain(number);
    await expect.poll(() => officer.locator('main').textContent()).toContain('Enkeltvedtak');
    const line = officer.locator('#reason-considerations-0');
    await line.fill(EDITED_LINE);
    await officer.getByRole('button', { name: 'Lagre begrunnelsen' }).click();
    await expect.poll(() => officer.getByText('Begrunnelsen er lagret.').count()).toBe(1);
    const id = new URL(officer.url()).pathname.split('/').pop() ?? '';
    const detail = await j.api<DecisionDetail>('officer', 'GET', `/api/decisions/${id}`);
    expect(detail.reasons.considerations[0]?.text).toBe(EDITED_LINE);
    expect(detail.history.map((h) => h.action)).toContain('reasons_edited');
    await expectNoAxeViolations(officer, 'decision nb');
    await photograph(officer, SHOTS, 'decisions-decision');
  });

  it('R28 the leader approves every draft (four eyes) and issues the letters, as a job', async () => {
    const leader = await signedIn('leader', DECISIONS);
    await settle(leader, 'decisions (leader)');
    await leader.getByRole('button', { name: /^Godkjenn alle utkast/ }).click();
    await expect.poll(() => leader.getByText(/vedtak er godkjent\./).count()).toBe(1);
    await expect
      .poll(() => leader.locator('.decision-table').getByText('Utkast', { exact: true }).count())
      .toBe(0);
    await expectNoAxeViolations(leader, 'decisions approved nb');
    await leader.getByRole('button', { name: /^Send ut godkjente vedtak/ }).click();
    await expect
      .poll(() => leader.locator('#decision-job-status').textContent(), { timeout: 180_000 })
      .toMatch(/Sender ut vedtak: ferdig, (\d+) av \1/);
    const list = await j.api<DecisionList>(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/decisions`,
    );
    expect(list.decisions.every((d) => d.state === 'issued')).toBe(true);
    await photograph(leader, SHOTS, 'decisions-issued');
  });

  it('R28, R29 the mailbox holds a letter for each case, each on its legal track', async () => {
    const admin = await signedIn('admin', '/admin/mailbox');
    const decisions = (
      await j.api<DecisionList>('officer', 'GET', `/api/calls/${SEED_CALL_ID}/decisions`)
    ).decisions;
    let letters: MailboxList['messages'] = [];
    await expect
      .poll(
        async () => {
          const box = await j.api<MailboxList>('admin', 'GET', '/api/admin/mailbox');
          letters = box.messages.filter((m) => m.topic === 'decision' && m.attachments > 0);
          return new Set(letters.map((m) => m.subject)).size;
        },
        { timeout: 120_000 },
      )
      .toBe(decisions.length);
    await admin.reload();
    await settle(admin, 'mailbox');
    await expect
      .poll(() => admin.getByRole('link', { name: /^Vedtak i sak / }).count())
      .toBeGreaterThanOrEqual(decisions.length);
    await expectNoAxeViolations(admin, 'mailbox nb');
    await photograph(admin, SHOTS, 'decisions-mailbox');

    const letterText = async (orgnr: string) => {
      const number = caseNumbers.get(orgnr) ?? '';
      const mail = letters.find((m) => m.subject.startsWith(`Vedtak i sak ${number}:`));
      if (!mail) throw new Error(`no letter for ${number}`);
      const message = await j.api<MailboxMessage>('admin', 'GET', `/api/admin/mailbox/${mail.id}`);
      const pdf = message.attachments.find((a) => a.contentType === 'application/pdf');
      expect(pdf, `the PDF of ${number}`).toBeDefined();
      const file = await j.bytes(
        'admin',
        `/api/admin/mailbox/${mail.id}/attachments/${pdf?.position}`,
      );
      return { number, text: (await readPdf(file)).text.replace(/\s+/g, ' ') };
    };

    const kristiania = await letterText(KRISTIANIA);
    const decision = decisions.find((d) => d.caseNumber === kristiania.number);
    const detail = await j.api<DecisionDetail>('officer', 'GET', `/api/decisions/${decision?.id}`);
    expect(detail.track).toBe('enkeltvedtak');
    expect(detail.appealDeadline).not.toBeNull();
    const lastDay = new Intl.DateTimeFormat('nb-NO', {
      timeZone: 'Europe/Oslo',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(detail.appealDeadline ?? ''));
    expect(kristiania.text).toContain('Dere kan klage på vedtaket');
    expect(kristiania.text).toContain(`Klageinstans er ${call.decision.appealBody.nb}`);
    expect(kristiania.text).toContain(`siste dag for klage ${lastDay}`);
    expect(kristiania.text).toContain(EDITED_LINE);

    const ntnu = await letterText(NTNU);
    expect(ntnu.text).not.toContain('Dere kan klage på vedtaket');
    expect(ntnu.text).not.toContain('siste dag for klage');
    expect(ntnu.text).toContain('Ikke et enkeltvedtak – ingen klagerett');
    expect(ntnu.text).toContain('er et statlig forvaltningsorgan og er ikke en privat part');
  });

  it('R28 applicant-kristiania sees the decision on the receipt page and files a klage', async () => {
    const path = `/applications/${applications.get(KRISTIANIA)}/receipt`;
    const applicant = await signedIn('applicant-kristiania', path);
    await settle(applicant, 'receipt');
    const panel = applicant.locator('section[aria-labelledby="own-decision-title"]');
    await expect.poll(() => panel.textContent()).toContain('Innvilget');
    expect(await panel.textContent()).toContain('Klagefrist');
    // Once decided, the page no longer promises an e-mail "when a decision is made".
    expect(await applicant.getByRole('heading', { name: 'Hva skjer nå?' }).count()).toBe(0);
    await expectNoAxeViolations(applicant, 'receipt with decision nb');
    await applicant.getByRole('button', { name: 'Klag på vedtaket' }).click();
    await applicant
      .locator('#own-appeal-text')
      .fill('Vi mener tilskuddet burde dekke hele reisebudsjettet, se søknadens punkt 4.');
    await applicant.locator('#own-appeal-file').setInputFiles({
      name: 'reisebudsjett.pdf',
      mimeType: 'application/pdf',
      buffer: await signedAgreementPdf(),
    });
    await applicant.getByRole('button', { name: 'Last opp vedlegget' }).click();
    await expect
      .poll(() => applicant.locator('.appeal-file-list').textContent())
      .toContain('reisebudsjett.pdf');
    await expectNoAxeViolations(applicant, 'appeal form nb');
    await photograph(applicant, SHOTS, 'decisions-receipt-appeal-form');
    await applicant.getByRole('button', { name: 'Send klagen' }).click();
    await expect.poll(() => applicant.locator('#own-appeal-filed').count()).toBe(1);
    await expectNoAxeViolations(applicant, 'appeal filed nb');
    await photograph(applicant, SHOTS, 'decisions-receipt-appeal');
  });

  it('R28 applicant-ntnu sees its tilskuddsbrev and no way to appeal', async () => {
    const path = `/applications/${applications.get(NTNU)}/receipt`;
    const applicant = await signedIn('applicant-ntnu', path);
    await settle(applicant, 'receipt ntnu');
    const panel = applicant.locator('section[aria-labelledby="own-decision-title"]');
    await expect.poll(() => panel.textContent()).toContain('Det kan ikke påklages');
    expect(await applicant.getByRole('button', { name: 'Klag på vedtaket' }).count()).toBe(0);
    await expectNoAxeViolations(applicant, 'receipt tilskuddsbrev nb');
    await photograph(applicant, SHOTS, 'decisions-receipt-no-appeal');
  });

  it('R28 the officer forwards the klage to the appeal body with a summary', async () => {
    await officer.goto(`${server.baseUrl}${DECISIONS}`);
    await settle(officer, 'decisions');
    await officer.getByRole('link', { name: 'Klager på vedtakene' }).click();
    await officer.waitForURL(`${server.baseUrl}/calls/${SEED_CALL_ID}/appeals`);
    await settle(officer, 'appeals');
    const number = caseNumbers.get(KRISTIANIA) ?? '';
    await expectNoAxeViolations(officer, 'appeals nb');
    await photograph(officer, SHOTS, 'decisions-appeals');
    await officer
      .getByRole('link', { name: new RegExp(number) })
      .first()
      .click();
    await officer.waitForURL(/\/appeals\/[0-9a-f-]{36}$/);
    appealUrl = officer.url();
    await settle(officer, 'appeal');
    await expect.poll(() => officer.locator('main').textContent()).toContain('reisebudsjettet');
    expect(await officer.getByRole('link', { name: 'reisebudsjett.pdf' }).count()).toBe(1);
    await expectNoAxeViolations(officer, 'appeal nb');
    await officer
      .locator('#forward-summary')
      .fill('Tilskuddet er gitt etter rangeringen; klagen gir ikke nye opplysninger.');
    await officer.getByRole('button', { name: 'Send til klageinstansen' }).click();
    await expect
      .poll(() => officer.locator('main').textContent())
      .toContain('Sendt klageinstansen');
    await expectNoAxeViolations(officer, 'appeal forwarded nb');
    await photograph(officer, SHOTS, 'decisions-appeal');
    const id = new URL(appealUrl).pathname.split('/').pop() ?? '';
    const appeal = await j.api<{ state: string; forwardSummary: string | null }>(
      'officer',
      'GET',
      `/api/appeals/${id}`,
    );
    expect(appeal.state).toBe('forwarded');
  });

  it('R28 the public award list shows the grants, in bokmål and in English', async () => {
    const ctx = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'nb-NO',
    });
    contexts.push(ctx);
    const anonymous = await ctx.newPage();
    errors.push(...collectConsoleErrors(anonymous));
    await anonymous.goto(`${server.baseUrl}/calls/${SEED_CALL_ID}/awards`);
    await settle(anonymous, 'awards');
    const awards = (await (
      await fetch(`${server.baseUrl}/api/public/calls/${SEED_CALL_ID}/awards`)
    ).json()) as PublicAward[];
    const orgnrs = awards.map((a) => a.institutionOrgnr);
    expect(orgnrs).toContain(KRISTIANIA);
    expect(orgnrs).toContain(NTNU);
    const main = (await anonymous.locator('main').textContent()) ?? '';
    expect(main).toContain('Høyskolen Kristiania');
    expect(main).toContain('NTNU');
    await expectNoAxeViolations(anonymous, 'awards nb');
    await photograph(anonymous, SHOTS, 'decisions-awards');
    await setLanguage(anonymous, 'en');
    await anonymous.reload();
    await settle(anonymous, 'awards en');
    await expect.poll(() => anonymous.locator('html').getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(anonymous, 'awards en');
    expect(errors).toEqual([]);
  });
});
