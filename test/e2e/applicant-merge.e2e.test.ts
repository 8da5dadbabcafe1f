/**
 * Co-editing in real browsers (issue 13): two people changing different fields of one section from
 * the same version both keep their changes with no dialog; two changing the same field see one
 * labelled choice and no JSON; one person in two windows is told it was her, in another window.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { expectNoAxeViolations, launchChromium } from './support/browser.js';
import {
  callApi,
  createApplication,
  putSections,
  signIn,
  waitForSaved,
} from './support/applicant.js';

// The committed images change only on request (TILSKUDD_SCREENSHOTS=1), as in applicant-pages.
const SCREENSHOTS =
  process.env.TILSKUDD_SCREENSHOTS === '1'
    ? resolve(import.meta.dirname, '../../docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'tilskudd-screenshots-'));

let browser: Browser;
let server: RunningServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ TILSKUDD_DEMO_CLOCK: 'open' }),
  ]);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

const COOPERATION = 'Bedriftene deler opplæringsansvar.';
const cluster = {
  companies: [
    { id: 'c-1', orgnr: '911111111', name: 'Verft AS', employees: 420 },
    { id: 'c-2', orgnr: '922222222', name: 'Sveis AS', employees: 35 },
  ],
  cooperation: COOPERATION,
};

async function personPage(persona: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, server.baseUrl, persona, '/applications');
  return page;
}

async function storedCluster(page: Page, id: string) {
  const view = await callApi(page, 'GET', `/api/applications/${id}`);
  const sections = (view.body as { sections: { id: string; version: number; content: unknown }[] })
    .sections;
  return sections.find((s) => s.id === 'cluster') as {
    version: number;
    content: typeof cluster;
  };
}

/** A draft with the cluster saved once (version 1), open in both pages. */
async function openTogether(first: Page, second: Page): Promise<string> {
  const id = await createApplication(first);
  expect(await putSections(first, id, { cluster })).toEqual({ cluster: 200 });
  const url = `${server.baseUrl}/applications/${id}/sections/cluster`;
  await first.goto(url);
  await second.goto(url);
  for (const page of [first, second]) {
    await expect.poll(() => page.locator('#f-cluster-cooperation').inputValue()).toBe(COOPERATION);
  }
  return id;
}

describe('two people in one section', () => {
  let kari: Page;
  let ola: Page;
  beforeAll(async () => {
    kari = await personPage('applicant-ntnu');
    ola = await personPage('applicant-ntnu-2');
  });

  it("Kari's employees and Ola's cooperation text from the older version both survive, with no dialog", async () => {
    const id = await openTogether(kari, ola);
    await kari.locator('#f-cluster-companies-0-employees').fill('421');
    await kari.locator('#f-cluster-companies-0-employees').blur();
    await waitForSaved(kari);
    expect((await storedCluster(kari, id)).version).toBe(2);

    await ola.locator('#f-cluster-cooperation').fill('Olas tekst om samarbeidet.');
    await ola.locator('#f-cluster-cooperation').blur();
    await waitForSaved(ola);
    expect(await ola.getByRole('dialog').count()).toBe(0);

    const stored = await storedCluster(kari, id);
    expect(stored.version).toBe(3);
    expect(stored.content.companies[0]?.employees).toBe(421);
    expect(stored.content.cooperation).toBe('Olas tekst om samarbeidet.');
    // Ola's form now shows Kari's saved number too.
    await expect
      .poll(() => ola.locator('#f-cluster-companies-0-employees').inputValue())
      .toBe('421');
  });

  it('the same field changed by both: one labelled choice, no JSON, and the choice is what is stored', async () => {
    const id = await openTogether(kari, ola);
    await kari.locator('#f-cluster-cooperation').fill('Karis tekst.');
    await kari.locator('#f-cluster-cooperation').blur();
    await waitForSaved(kari);

    await ola.locator('#f-cluster-companies-1-employees').fill('36');
    await ola.locator('#f-cluster-cooperation').fill('Olas tekst.');
    await ola.locator('#f-cluster-cooperation').blur();
    const dialog = ola.getByRole('dialog');
    await expect.poll(() => dialog.isVisible(), { timeout: 15_000 }).toBe(true);
    const groups = dialog.getByRole('group');
    expect(await groups.count()).toBe(1);
    expect(await groups.first().locator('legend').textContent()).toBe('Samarbeidet i klyngen');
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Kari Nordmann');
    expect(text).toContain('Karis tekst.');
    expect(text).toContain('Olas tekst.');
    expect(text).not.toMatch(/[{}"]|cooperation|companies/);
    expect(text).not.toContain('Ingenting slettes');

    await expectNoAxeViolations(ola, 'conflict dialog (nb)');
    await ola.screenshot({ path: `${SCREENSHOTS}/applicant-conflict-desktop.png` });
    await ola.setViewportSize({ width: 320, height: 640 });
    await ola.screenshot({ path: `${SCREENSHOTS}/applicant-conflict-320.png` });
    await ola.locator('dialog.conflict-dialog').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await ola.screenshot({ path: `${SCREENSHOTS}/applicant-conflict-320-choices.png` });
    await ola.setViewportSize({ width: 1280, height: 800 });

    await dialog.getByRole('button', { name: 'Lagre valgene' }).click();
    expect(await dialog.textContent()).toContain(
      'Velg hva som skal gjelde for «Samarbeidet i klyngen»',
    );
    await dialog.getByRole('radio', { name: 'Verdien til Kari Nordmann' }).check();
    await dialog.getByRole('button', { name: 'Lagre valgene' }).click();
    await waitForSaved(ola);
    const stored = await storedCluster(kari, id);
    expect(stored.content.cooperation).toBe('Karis tekst.');
    expect(stored.content.companies[1]?.employees).toBe(36);
    expect(stored.content.companies[0]?.employees).toBe(420);
  });
});

describe('two people in the participants grid', () => {
  it("Kari's count for one company and Ola's for another both survive, and Ola's grid shows Kari's without a reload", async () => {
    const kari = await personPage('applicant-ntnu');
    const ola = await personPage('applicant-ntnu-2');
    const id = await createApplication(kari);
    const offerings = { offerings: [{ id: 'o-1', title: 'Sveiseteknologi' }] };
    expect(await putSections(kari, id, { cluster, offerings })).toEqual({
      cluster: 200,
      offerings: 200,
    });
    const url = `${server.baseUrl}/applications/${id}/sections/participants`;
    await kari.goto(url);
    await ola.goto(url);
    const cell = (page: Page, orgnr: string) => page.locator(`#f-participants-${orgnr}-o-1`);
    for (const page of [kari, ola]) await cell(page, '922222222').waitFor();

    await cell(kari, '911111111').fill('12');
    await cell(kari, '911111111').blur();
    await waitForSaved(kari);
    await cell(ola, '922222222').fill('5');
    await cell(ola, '922222222').blur();
    await waitForSaved(ola);
    expect(await ola.getByRole('dialog').count()).toBe(0);

    const view = await callApi(kari, 'GET', `/api/applications/${id}`);
    const stored = (
      view.body as { sections: { id: string; content: { estimates?: unknown[] } }[] }
    ).sections.find((s) => s.id === 'participants');
    expect(stored?.content.estimates).toHaveLength(2);
    await expect.poll(() => cell(ola, '911111111').inputValue()).toBe('12');
    expect(await cell(ola, '922222222').inputValue()).toBe('5');
  });
});

describe('one person in two windows', () => {
  it('is told she changed it in another window, not that a colleague did', async () => {
    const first = await personPage('applicant-ntnu');
    const second = await first.context().newPage();
    await openTogether(first, second);
    await first.locator('#f-cluster-cooperation').fill('Fra vindu 1.');
    await first.locator('#f-cluster-cooperation').blur();
    await waitForSaved(first);
    await second.locator('#f-cluster-cooperation').fill('Fra vindu 2.');
    await second.locator('#f-cluster-cooperation').blur();
    const dialog = second.getByRole('dialog');
    await expect.poll(() => dialog.isVisible(), { timeout: 15_000 }).toBe(true);
    const text = (await dialog.textContent()) ?? '';
    expect(text).toMatch(/Du endret dette i et annet vindu kl\. \d\d:\d\d/);
    expect(text).not.toContain('Kari Nordmann');
    expect(text).not.toMatch(/kollega/i);
  });
});
