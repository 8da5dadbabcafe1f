/**
 * The rules in the browser: a broken application shows exactly its errors with the call's words and
 * cannot be submitted; the shared rule cases (test/cases/formal-rules.json) each show their finding
 * with its citation on the section page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCase, formalRuleCases, type ContentRuleCase } from '../cases/formal-rule-cases.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { expectNoAxeViolations, launchChromium } from './support/browser.js';
import { CALL_ID, callApi, createApplication, putSections, signIn } from './support/applicant.js';

let browser: Browser;
let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ TILSKUDD_DEMO_CLOCK: 'open' }),
  ]);
  context = await browser.newContext();
  page = await context.newPage();
  await signIn(page, server.baseUrl, 'applicant-ntnu', `/calls/${CALL_ID}`);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

interface Finding {
  ruleId: string;
  severity: string;
  path: string;
  message: { nb: string };
  citation: { nb: string };
}

async function findingsOf(id: string): Promise<Finding[]> {
  const view = await callApi(page, 'GET', `/api/applications/${id}`);
  return (view.body as { findings: Finding[] }).findings;
}

/** Every section of a case's content except attachments, whose files must exist on the server. */
function withoutAttachments(content: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(content).filter(([id]) => id !== 'attachments'));
}

async function uploadAgreement(id: string): Promise<void> {
  const status = await page.evaluate(async (applicationId) => {
    const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
    const form = new FormData();
    form.append('kind', 'signed-agreement');
    const pdf =
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'avtale.pdf');
    const response = await fetch(`/api/applications/${applicationId}/attachments`, {
      method: 'POST',
      headers: { 'X-CSRF-Token': session.csrfToken },
      body: form,
    });
    return response.status;
  }, id);
  expect(status).toBe(201);
}

describe('two companies, a 12-studiepoeng course and an unbalanced budget', () => {
  it('shows exactly those three errors with their citations, and submit stays disabled', async () => {
    const twoCompanies = formalRuleCases.find(
      (c) => c.id === 'r6-two-companies',
    ) as ContentRuleCase;
    const content = structuredClone(applyCase(twoCompanies).content) as {
      offerings: { offerings: { studiepoeng: number }[] };
      budget: { financing: { amountNok: number }[] };
    } & Record<string, unknown>;
    const [first] = content.offerings.offerings;
    const [grant] = content.budget.financing;
    if (!first || !grant) throw new Error('the base application has an offering and a grant');
    first.studiepoeng = 12;
    grant.amountNok -= 100_000;
    const id = await createApplication(page);
    const statuses = await putSections(page, id, withoutAttachments(content));
    expect(Object.values(statuses).every((s) => s === 200)).toBe(true);
    await uploadAgreement(id);

    const errors = (await findingsOf(id)).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId).sort()).toEqual(
      ['budgetBalanced', 'maxStudiepoengPerOffering', 'minCompanies'].sort(),
    );
    const form = (await callApi(page, 'GET', `/api/calls/${CALL_ID}/form`)).body as {
      rules: Record<string, { citation: { nb: string } } | null>;
    };

    await page.goto(`${server.baseUrl}/applications/${id}/check`);
    await expect.poll(() => page.locator('.findings-panel li').count()).toBe(3);
    const panel = (await page.locator('.findings-panel').textContent()) ?? '';
    for (const rule of ['minCompanies', 'maxStudiepoengPerOffering', 'budgetBalanced']) {
      expect(panel).toContain(form.rules[rule]?.citation.nb);
    }
    expect(panel).toContain('Klyngen har 2 ulike virksomheter');
    expect(await page.getByRole('button', { name: 'Send inn søknaden' }).isDisabled()).toBe(true);
    expect(await page.locator('main').textContent()).toContain(
      'Du kan ikke sende inn før 3 problemer er rettet',
    );
    await expectNoAxeViolations(page, 'check answers with errors (nb)');

    // Beside the field: the 12 studiepoeng on the offerings page, the balance on the budget page.
    await page.goto(`${server.baseUrl}/applications/${id}/sections/offerings`);
    await expect
      .poll(() => page.locator('#f-offerings-offerings-0-studiepoeng-findings').textContent())
      .toContain(form.rules.maxStudiepoengPerOffering?.citation.nb);
    await expectNoAxeViolations(page, 'offerings with a finding (nb)');
    await page.goto(`${server.baseUrl}/applications/${id}/sections/budget`);
    await expect
      .poll(() => page.locator('.balance__text').textContent())
      .toMatch(/mangler 100\s000\skr/);
  });
});

describe('the shared rule cases, shown in the browser', () => {
  // Cases that only change the application content (register facts live on the server), and not
  // the attachments, whose files must be uploaded rather than written into the section.
  const cases = formalRuleCases.filter(
    (c): c is ContentRuleCase =>
      c.kind === 'content' &&
      c.expect === 'error' &&
      c.change.every(
        (op) => op.path.startsWith('/content/') && !op.path.startsWith('/content/attachments'),
      ),
  );

  it('has at least ten such cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it('each case shows its finding and the call citation on its section page', async () => {
    const id = await createApplication(page);
    await uploadAgreement(id);
    let shown = 0;
    for (const ruleCase of cases.slice(0, 14)) {
      const statuses = await putSections(page, id, withoutAttachments(applyCase(ruleCase).content));
      // A change the section schema refuses outright (422) is a shape error, not a rule finding.
      if (Object.values(statuses).some((s) => s !== 200)) continue;
      const finding = (await findingsOf(id)).find((f) => f.ruleId === ruleCase.ruleId);
      expect(finding, ruleCase.id).toBeDefined();
      if (!finding) continue;
      const sectionId = finding.path.split('.')[0] ?? '';
      await page.goto(`${server.baseUrl}/applications/${id}/sections/${sectionId}`);
      const panel = page.locator('.findings-panel');
      await expect
        .poll(() => panel.textContent(), { message: ruleCase.id })
        .toContain(finding.message.nb);
      expect(await panel.textContent(), ruleCase.id).toContain(finding.citation.nb);
      if (ruleCase.messageContains?.nb) {
        expect(await panel.textContent(), ruleCase.id).toContain(ruleCase.messageContains.nb);
      }
      shown += 1;
    }
    expect(shown).toBeGreaterThanOrEqual(10);
  });
});
