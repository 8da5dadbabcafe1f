/**
 * Section history in a real browser (issue 13): two saves, the history in words, version 1 opened
 * field by field, one of its fields copied back and saved through the section's autosave; a
 * company's field and a removed company copied back in the cluster section; read only after the
 * deadline. axe on each state, screenshots at 1280 and 320 px.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseApplication } from '../cases/formal-rule-cases.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { expectNoAxeViolations, launchChromium } from './support/browser.js';
import {
  CALL_ID,
  callApi,
  createApplication,
  fill,
  putSections,
  signIn,
  waitForSaved,
} from './support/applicant.js';

// As in applicant-pages: committed images change only with TILSKUDD_SCREENSHOTS=1.
const SCREENSHOTS =
  process.env.TILSKUDD_SCREENSHOTS === '1'
    ? resolve(import.meta.dirname, '../../docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'tilskudd-screenshots-'));

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ TILSKUDD_DEMO_CLOCK: 'open' }),
  ]);
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function storedContent(page: Page, id: string, sectionId: string): Promise<unknown> {
  const view = await callApi(page, 'GET', `/api/applications/${id}`);
  return (view.body as { sections: { id: string; content: unknown }[] }).sections.find(
    (s) => s.id === sectionId,
  )?.content;
}

async function photograph(page: Page, name: string): Promise<void> {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(1);
    // At 320 px the header fills the first screen: start at the version shown.
    if (width === 320) await page.locator('.history-version').evaluate((v) => v.scrollIntoView());
    else await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png` });
    // The list of versions, further down.
    await page.locator('.history-versions h2').evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-list-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('section history', () => {
  let context: BrowserContext;
  let page: Page;
  let id = '';

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signIn(page, server.baseUrl, 'applicant-ntnu', `/calls/${CALL_ID}`);
    id = await createApplication(page);
  });
  afterAll(async () => {
    await context.close();
  });

  it('saves twice, opens the history, copies the title of version 1 back and sees it saved', async () => {
    await page.goto(`${server.baseUrl}/applications/${id}/sections/project`);
    await fill(page, 'f-project-title', 'Første tittel');
    await page.locator('#f-project-title').blur();
    await waitForSaved(page);
    await fill(page, 'f-project-title', 'Andre tittel');
    await page.locator('#f-project-title').blur();
    await expect.poll(() => storedContent(page, id, 'project')).toEqual({ title: 'Andre tittel' });

    await page.getByRole('link', { name: 'Se tidligere versjoner av denne delen' }).click();
    await page.waitForURL(`${server.baseUrl}/applications/${id}/sections/project/history`);
    const list = page.locator('.history-list-of-versions');
    await expect.poll(() => list.locator('li').count()).toBe(2);
    const newest = await list.locator('li').first().innerText();
    expect(newest).toContain('Versjon 2');
    expect(newest).toMatch(/Lagret av Kari Nordmann \d{1,2}\. \w+ 2021 kl\. \d\d:\d\d:\d\d/);
    expect(newest).toContain('Endret: Prosjekttittel');
    expect(await list.innerText()).not.toMatch(/[{}[\]"]/);
    await expectNoAxeViolations(page, 'section history');

    await page.getByRole('link', { name: 'Vis versjon 1' }).click();
    const view = page.locator('.history-version');
    await expect.poll(() => view.innerText()).toContain('Første tittel');
    expect(await view.innerText()).toContain('Prosjekttittel');
    await expectNoAxeViolations(page, 'section history, version 1');
    await view.getByRole('button', { name: 'Kopier tilbake: Prosjekttittel' }).click();

    await expect
      .poll(() => page.locator('.history-status').innerText())
      .toBe('Prosjekttittel fra versjon 1 er kopiert tilbake og lagret.');
    await expect.poll(() => storedContent(page, id, 'project')).toEqual({ title: 'Første tittel' });
    await expect.poll(() => list.locator('li').count()).toBe(3);
    expect(await list.locator('li').first().innerText()).toContain('Versjon 3');
    // Now as in the draft: nothing left to copy for that field.
    expect(await view.innerText()).toContain('Som i utkastet');

    await page.getByRole('link', { name: /Tilbake til/ }).click();
    await expect.poll(() => page.locator('#f-project-title').inputValue()).toBe('Første tittel');
  });

  it('copies back one field of a company and a company removed since, matched by id', async () => {
    const cluster = baseApplication.content.cluster as {
      companies: { id: string; employees?: number }[];
      cooperation?: string;
    };
    expect(await putSections(page, id, { cluster })).toEqual({ cluster: 200 });
    const changed = {
      ...cluster,
      companies: cluster.companies
        .filter((c) => c.id !== 'c-skipsutrustning')
        .map((c) => (c.id === 'c-fjordstal' ? { ...c, employees: 421 } : c)),
    };
    expect(await putSections(page, id, { cluster: changed })).toEqual({ cluster: 200 });

    await page.goto(`${server.baseUrl}/applications/${id}/sections/cluster/history?version=1`);
    const entry = page.locator('.history-list-of-versions li').first();
    await expect
      .poll(() => entry.innerText())
      .toContain('Virksomheter: Fjordstål Verft AS – Antall ansatte');
    expect(await entry.innerText()).toContain('Virksomheter: Skipsutrustning Midt AS (fjernet)');
    const view = page.locator('.history-version');
    await expect.poll(() => view.innerText()).toContain('Skipsutrustning Midt AS');
    await expectNoAxeViolations(page, 'cluster history, version 1');
    await photograph(page, 'applicant-section-history');

    await view
      .getByRole('button', {
        name: 'Kopier tilbake: Virksomheter, Nr. 1: Fjordstål Verft AS: Antall ansatte',
      })
      .click();
    await expect.poll(() => page.locator('.history-status').innerText()).toContain('versjon 1');
    await view
      .getByRole('button', {
        name: /^Kopier tilbake: Virksomheter, Nr\. \d: Skipsutrustning Midt AS$/,
      })
      .click();
    await expect
      .poll(async () => {
        const stored = (await storedContent(page, id, 'cluster')) as typeof cluster;
        return stored.companies.map((c) => [c.id, c.employees]);
      })
      .toEqual(cluster.companies.map((c) => [c.id, c.employees]));
  });

  it('a copy back based on a version a colleague has since replaced overwrites nothing', async () => {
    await page.goto(`${server.baseUrl}/applications/${id}/sections/project/history?version=2`);
    const view = page.locator('.history-version');
    await expect.poll(() => view.innerText()).toContain('Andre tittel');
    // A colleague saves the section while the page is open.
    expect(await putSections(page, id, { project: { title: 'Kollegaens tittel' } })).toEqual({
      project: 200,
    });
    await view.getByRole('button', { name: 'Kopier tilbake: Prosjekttittel' }).click();
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain('Noen lagret denne delen mens du kopierte');
    expect(await storedContent(page, id, 'project')).toEqual({ title: 'Kollegaens tittel' });
    expect(await page.getByRole('button', { name: /Kopier tilbake/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'section history, conflict');
  });

  it('after the deadline the history can be read, and nothing can be copied back', async () => {
    const admin = await browser.newContext();
    const adminPage = await admin.newPage();
    await signIn(adminPage, server.baseUrl, 'admin', '/me');
    const clock = await callApi(adminPage, 'POST', '/api/admin/clock', {
      callId: CALL_ID,
      phase: 'after-deadline',
    });
    expect(clock.status, JSON.stringify(clock.body)).toBe(200);
    await admin.close();

    await page.goto(`${server.baseUrl}/applications/${id}/sections/project/history?version=1`);
    await expect
      .poll(() => page.locator('.history-version').innerText())
      .toContain('Første tittel');
    expect(await page.locator('main').innerText()).toContain('Fristen er ute');
    // The copy refused in the conflict above is still kept in this browser, and not sent.
    expect(await storedContent(page, id, 'project')).toEqual({ title: 'Kollegaens tittel' });
    expect(await page.getByRole('button', { name: /Kopier tilbake/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'section history after the deadline');
    await page.screenshot({ path: `${SCREENSHOTS}/applicant-section-history-closed-1280.png` });
  });
});
