/**
 * The applicant's journey in a real browser against a real server: start, fill every section,
 * watch the findings clear, submit and see the receipt; the errors a broken application shows;
 * the shared rule cases; axe on every page in three languages; a conflict between two browsers.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseApplication } from '../cases/formal-rule-cases.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { collectConsoleErrors, expectNoAxeViolations, launchChromium } from './support/browser.js';
import { CALL_ID, callApi, chooseYes, fill, signIn, waitForSaved } from './support/applicant.js';

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

const base = baseApplication.content as Record<string, Record<string, unknown>>;
type Company = {
  orgnr: string;
  trainingNeed: string;
  exportOrImportCompeting: boolean;
  contactName: string;
};
const companies = (base.cluster as { companies: Company[] }).companies;

describe('the main journey: applicant-ntnu from the call page to the receipt', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let applicationId = '';

  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    errors = collectConsoleErrors(page);
    await signIn(page, server.baseUrl, 'applicant-ntnu', `/calls/${CALL_ID}`);
  });
  afterAll(async () => {
    await context.close();
  });

  it('starts an application from the call page, choosing the institution', async () => {
    await page.getByRole('link', { name: 'Start søknad' }).click();
    await page.waitForURL(`**/calls/${CALL_ID}/start`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Start søknad');
    await expectNoAxeViolations(page, 'start (nb)');
    await page.getByRole('button', { name: 'Opprett søknadsutkast' }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    applicationId = page.url().split('/').pop() ?? '';
    await expect.poll(() => page.locator('.task-list__item').count()).toBe(9);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Ikke startet');
    expect(text).toContain('Kan ikke startes ennå');
    await expectNoAxeViolations(page, 'task list (nb)');
  });

  it('fills the project section with autosave and a visible "Lagret"', async () => {
    await page.getByRole('link', { name: 'Om prosjektet' }).click();
    const project = base.project as Record<string, string>;
    await fill(page, 'f-project-title', project.title ?? '');
    await fill(page, 'f-project-summary', project.summary ?? '');
    await fill(page, 'f-project-startDate', project.startDate ?? '');
    await fill(page, 'f-project-endDate', project.endDate ?? '');
    await page.locator('#f-project-language').selectOption('nb');
    await page.locator('#f-project-title').focus();
    await page.locator('#f-project-title').blur();
    await waitForSaved(page);
    await expectNoAxeViolations(page, 'section project (nb)');
  });

  it('adds four companies by organisasjonsnummer with the register lookup', async () => {
    await page.goto(`${server.baseUrl}/applications/${applicationId}/sections/cluster`);
    for (const company of companies) {
      await fill(page, 'f-cluster-companies', company.orgnr);
      await page.getByRole('button', { name: 'Slå opp og legg til' }).click();
      await expect.poll(() => page.locator('.lookup-note').textContent()).toContain(company.orgnr);
    }
    await expect.poll(() => page.locator('.summary-table tbody tr').count()).toBe(4);
    expect(await page.locator('.summary-table').textContent()).toContain('Fjordstål Verft AS');
    for (const [i, company] of companies.entries()) {
      await fill(page, `f-cluster-companies-${i}-trainingNeed`, company.trainingNeed);
      await chooseYes(
        page,
        `f-cluster-companies-${i}-exportOrImportCompeting`,
        company.exportOrImportCompeting,
      );
      await fill(page, `f-cluster-companies-${i}-contactName`, company.contactName);
    }
    await fill(
      page,
      'f-cluster-cooperation',
      String((base.cluster as { cooperation: string }).cooperation),
    );
    await page.locator('#f-cluster-cooperation').blur();
    await waitForSaved(page);
    await expectNoAxeViolations(page, 'section cluster (nb)');
  });

  it('adds two offerings, one of 7,5 studiepoeng typed the Norwegian way', async () => {
    await page.goto(`${server.baseUrl}/applications/${applicationId}/sections/offerings`);
    const offerings = (base.offerings as { offerings: Record<string, unknown>[] }).offerings;
    for (const [i, offering] of offerings.entries()) {
      await page.getByRole('button', { name: 'Legg til emne' }).click();
      const p = `f-offerings-offerings-${i}`;
      for (const name of [
        'title',
        'modules',
        'schedule',
        'fitsFullTimeWorkDescription',
        'startDate',
        'endDate',
        'competenceNeed',
        'workRelevance',
      ]) {
        await fill(page, `${p}-${name}`, String(offering[name]));
      }
      await page.locator(`#${p}-level`).selectOption(String(offering.level));
      await page.locator(`#${p}-deliveryMode`).selectOption(String(offering.deliveryMode));
      await fill(page, `${p}-studiepoeng`, String(offering.studiepoeng).replace('.', ','));
      await chooseYes(page, `${p}-fitsFullTimeWork`);
      for (const orgnr of offering.companyOrgnrs as string[]) {
        await page.locator(`#${p}-companyOrgnrs input[value="${orgnr}"]`).check();
      }
    }
    await page.locator('#f-offerings-offerings-0-studiepoeng').blur();
    await waitForSaved(page);
    expect(await page.locator('#f-offerings-offerings-0-studiepoeng').inputValue()).toBe('7,5');
    const saved = await callApi(page, 'GET', `/api/applications/${applicationId}`);
    const sections = (
      saved.body as {
        sections: { id: string; content: { offerings?: { studiepoeng: number }[] } }[];
      }
    ).sections;
    expect(sections.find((s) => s.id === 'offerings')?.content.offerings?.[0]?.studiepoeng).toBe(
      7.5,
    );
    await expectNoAxeViolations(page, 'section offerings (nb)');
  });

  it('fills the participants grid and sees the totals', async () => {
    await page.goto(`${server.baseUrl}/applications/${applicationId}/sections/participants`);
    const offerings = (base.offerings as { offerings: { id: string }[] }).offerings;
    const saved = await callApi(page, 'GET', `/api/applications/${applicationId}`);
    const ids = (
      (
        saved.body as { sections: { id: string; content: { offerings?: { id: string }[] } }[] }
      ).sections.find((s) => s.id === 'offerings')?.content.offerings ?? []
    ).map((o) => o.id);
    const estimates = (
      base.participants as {
        estimates: { companyOrgnr: string; offeringId: string; participants: number }[];
      }
    ).estimates;
    for (const e of estimates) {
      const index = offerings.findIndex((o) => o.id === e.offeringId);
      await fill(page, `f-participants-${e.companyOrgnr}-${ids[index]}`, String(e.participants));
    }
    await page.locator('.grid-input').first().blur();
    await waitForSaved(page);
    const total = estimates.reduce((s, e) => s + e.participants, 0);
    await expect.poll(() => page.locator('tfoot').textContent()).toContain(String(total));
    await expectNoAxeViolations(page, 'section participants (nb)');
  });

  it('fills the anchoring section: employer side, a union per company, and their roles', async () => {
    await page.goto(`${server.baseUrl}/applications/${applicationId}/sections/anchoring`);
    const anchoring = base.anchoring as Record<string, unknown> & {
      unions: { companyOrgnr: string; unionName: string; representativeName: string }[];
    };
    await fill(page, 'f-anchoring-employerSide', String(anchoring.employerSide));
    for (const [i, union] of anchoring.unions.entries()) {
      await page.getByRole('button', { name: 'Legg til fagforening' }).click();
      await page.locator(`#f-anchoring-unions-${i}-companyOrgnr`).selectOption(union.companyOrgnr);
      await fill(page, `f-anchoring-unions-${i}-unionName`, union.unionName);
      await fill(page, `f-anchoring-unions-${i}-representativeName`, union.representativeName);
    }
    for (const name of ['roleCompanies', 'roleUnions', 'roleInstitution']) {
      await fill(page, `f-anchoring-${name}`, String(anchoring[name]));
    }
    await page.locator('#f-anchoring-roleInstitution').blur();
    await waitForSaved(page);
    await expectNoAxeViolations(page, 'section anchoring (nb)');
  });

  it('fills the case section: vulnerability, competition, restructuring and effect', async () => {
    await page.goto(`${server.baseUrl}/applications/${applicationId}/sections/case`);
    const content = base.case as Record<string, unknown>;
    for (const name of ['vulnerability', 'competitiveSituation', 'restructuringNeed', 'effect']) {
      await fill(page, `f-case-${name}`, String(content[name]));
    }
    await chooseYes(
      page,
      'f-case-exportOrImportCompeting',
      content.exportOrImportCompeting === true,
    );
    await page.locator('#f-case-effect').blur();
    await waitForSaved(page);
    await expectNoAxeViolations(page, 'section case (nb)');
  });

  it('fills the progress plan with dated milestones and sees them on the timeline', async () => {
    await page.goto(`${server.baseUrl}/applications/${applicationId}/sections/progress-plan`);
    const milestones = (
      base['progress-plan'] as {
        milestones: { title: string; date: string; phase: string; description?: string }[];
      }
    ).milestones;
    for (const [i, milestone] of milestones.entries()) {
      await page.getByRole('button', { name: 'Legg til milepæl' }).click();
      const p = `f-progress-plan-milestones-${i}`;
      await fill(page, `${p}-title`, milestone.title);
      await fill(page, `${p}-date`, milestone.date);
      await page.locator(`#${p}-phase`).selectOption(milestone.phase);
      if (milestone.description) await fill(page, `${p}-description`, milestone.description);
    }
    await page.locator('#f-progress-plan-milestones-0-title').blur();
    await waitForSaved(page);
    const saved = await callApi(page, 'GET', `/api/applications/${applicationId}`);
    const plan = (
      saved.body as { sections: { id: string; content: { milestones?: unknown[] } }[] }
    ).sections.find((s) => s.id === 'progress-plan');
    expect(plan?.content.milestones).toHaveLength(milestones.length);
    await expectNoAxeViolations(page, 'section progress plan (nb)');
  });

  it('fills the budget with live totals until it balances, and the findings clear', async () => {
    await page.goto(`${server.baseUrl}/applications/${applicationId}/sections/budget`);
    const budget = base.budget as {
      lines: Record<string, unknown>[];
      financing: { sourceId: string; amountNok: number }[];
    };
    for (const [i, line] of budget.lines.entries()) {
      await page.getByRole('button', { name: 'Legg til kostnad' }).click();
      const p = `f-budget-lines-${i}`;
      await fill(page, `${p}-description`, String(line.description));
      await page.locator(`#${p}-category`).selectOption(String(line.category));
      await page.locator(`#${p}-phase`).selectOption(String(line.phase));
      await fill(page, `${p}-year`, String(line.year));
      await fill(page, `${p}-amountNok`, String(line.amountNok));
    }
    await expect
      .poll(() => page.locator('.balance__text').textContent())
      .toMatch(/mangler 2\s325\s000\skr/);
    for (const f of budget.financing) {
      await fill(
        page,
        `f-budget-financing-${f.sourceId}`,
        String(f.amountNok).replace(/\B(?=(\d{3})+(?!\d))/g, ' '),
      );
    }
    await expect
      .poll(() => page.locator('.balance__text').textContent())
      .toContain('går i balanse');
    await page.locator('#f-budget-financing-grant').blur();
    await waitForSaved(page);
    await expectNoAxeViolations(page, 'section budget (nb)');
  });

  it('uploads the signed agreement on the attachments page', async () => {
    await page.goto(`${server.baseUrl}/applications/${applicationId}/sections/attachments`);
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    await page
      .locator('#f-attachments-items-signed-agreement')
      .setInputFiles({ name: 'samarbeidsavtale.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Last opp' }).first().click();
    await expect
      .poll(() => page.locator('main').textContent(), { timeout: 15_000 })
      .toContain('samarbeidsavtale.pdf');
    await expectNoAxeViolations(page, 'section attachments (nb)');
  });

  it('the task list shows every section complete and nothing blocking', async () => {
    await page.goto(`${server.baseUrl}/applications/${applicationId}`);
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Ingenting hindrer innsending');
    const view = await callApi(page, 'GET', `/api/applications/${applicationId}`);
    const findings = (view.body as { findings: { severity: string; path: string }[] }).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('checks the answers and submits; the receipt shows number, Oslo time, SHA-256 and contact', async () => {
    await page.getByRole('link', { name: 'Se over og send inn' }).click();
    await page.waitForURL('**/check');
    await expectNoAxeViolations(page, 'check answers (nb)');
    expect(await page.locator('main').textContent()).toContain('Fjordstål Verft AS');
    await page.getByRole('button', { name: 'Send inn søknaden' }).click();
    await page.waitForURL('**/receipt');
    await expect.poll(() => page.locator('main').textContent()).toContain('Søknaden er mottatt');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toMatch(/Kvitteringsnummer/);
    expect(text).toMatch(/[0-9a-f]{64}/);
    expect(text).toContain('norsk tid');
    expect(text).toContain('Jon Albert Risahagen');
    expect(text).toContain('siste versjonen');
    await expectNoAxeViolations(page, 'receipt (nb)');
  });

  it('lists the application under "Mine søknader"', async () => {
    await page.goto(`${server.baseUrl}/applications`);
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Kompetanseløft for maritim industri i Trøndelag');
    expect(await page.locator('main').textContent()).toContain('Sendt inn');
    await expectNoAxeViolations(page, 'my applications (nb)');
  });

  it('logs no errors in the console', () => {
    expect(errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
