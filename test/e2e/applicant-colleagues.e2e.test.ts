/**
 * Colleagues in the browser: a new colleague without access is told she needs an invitation;
 * applicant-ntnu invites her by e-mail (the form's errors in the summary and beside the field),
 * revokes a mistaken invitation after confirming; she signs in and sees NTNU's applications, and
 * the list of people with access shows both. axe on the page in bokmål, nynorsk and English.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { collectConsoleErrors, expectNoAxeViolations, launchChromium } from './support/browser.js';
import { createApplication, signIn } from './support/applicant.js';

const NTNU = '974767880';
const PEOPLE = `/institutions/${NTNU}/people`;
const MARTE = 'marte.solberg@ntnu.example';

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

async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').textContent()) ?? '';
}

describe('an applicant invites a colleague, who signs in and gets access', () => {
  let kari: BrowserContext;
  let page: Page;
  let errors: string[];
  let applicationId = '';

  beforeAll(async () => {
    kari = await browser.newContext();
    page = await kari.newPage();
    errors = collectConsoleErrors(page);
    await signIn(page, server.baseUrl, 'applicant-ntnu', '/applications');
    applicationId = await createApplication(page);
  });
  afterAll(async () => {
    await kari.close();
  });

  it('a colleague without access is told on "My applications" that she needs an invitation', async () => {
    const context = await browser.newContext();
    const marte = await context.newPage();
    await signIn(marte, server.baseUrl, 'colleague-ntnu', '/applications');
    await expect
      .poll(() => mainText(marte), { timeout: 15_000 })
      .toContain('Du har ikke tilgang til noen institusjon ennå');
    expect(await mainText(marte)).toContain(MARTE);
    await expectNoAxeViolations(marte, 'my applications without access (nb)');
    await context.close();
  });

  it('finds "People with access" from "My applications" and the task list', async () => {
    await page.goto(`${server.baseUrl}/applications/${applicationId}`);
    await expect
      .poll(() => page.locator(`a[href="${PEOPLE}"]`).count(), { timeout: 15_000 })
      .toBe(1);
    await page.goto(`${server.baseUrl}/applications`);
    await page.getByRole('link', { name: /Personer med tilgang – .*NTNU/ }).click();
    await page.waitForURL(`**${PEOPLE}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Personer med tilgang');
    await expect.poll(() => mainText(page), { timeout: 15_000 }).toContain('Kari Nordmann');
    const text = await mainText(page);
    expect(text).toContain('Kari Nordmann');
    expect(text).toContain('Ola Haugen');
    expect(text).toContain('Ingen åpne invitasjoner.');
  });

  it('shows an empty or malformed address in the error summary and beside the field', async () => {
    await page.getByRole('button', { name: 'Inviter' }).click();
    const summary = page.locator('.error-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('Skriv e-postadressen til kollegaen din.');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('.error-summary-focus') !== null),
      )
      .toBe(true);
    await page.locator('#invite-email').fill('marte.solberg@');
    await page.getByRole('button', { name: 'Inviter' }).click();
    await expect.poll(() => summary.textContent()).toContain('Skriv en gyldig e-postadresse');
    const described = await page.locator('#invite-email').getAttribute('aria-describedby');
    expect(described).toBeTruthy();
    const beside = await page.evaluate(
      (ids) =>
        (ids ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      described,
    );
    expect(beside).toContain('Skriv en gyldig e-postadresse');
    expect(await page.locator('#invite-email').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'people page with errors (nb)');
    // The summary's link takes the user to the field.
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('invite-email');
  });

  it('invites the colleague, and refuses the same address twice', async () => {
    await page.locator('#invite-email').fill('Marte.Solberg@NTNU.example');
    await page.getByRole('button', { name: 'Inviter' }).click();
    await expect.poll(() => mainText(page)).toContain(`${MARTE} er invitert.`);
    expect(await page.locator('.error-summary').count()).toBe(0);
    const rows = page.locator('#invitations-caption').locator('xpath=..').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Kari Nordmann');

    await page.locator('#invite-email').fill(MARTE);
    await page.getByRole('button', { name: 'Inviter' }).click();
    await expect
      .poll(() => page.locator('.error-summary').textContent())
      .toContain('allerede en åpen invitasjon');
    await expect.poll(() => rows.count()).toBe(1);
  });

  it('revokes a mistaken invitation after confirming it', async () => {
    await page.locator('#invite-email').fill('feil.adresse@ntnu.example');
    await page.getByRole('button', { name: 'Inviter' }).click();
    const rows = page.locator('#invitations-caption').locator('xpath=..').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await page
      .getByRole('button', { name: 'Trekk tilbake invitasjonen til feil.adresse@ntnu.example' })
      .click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('feil.adresse@ntnu.example');
    // axe judges colours only once the dialog's opening transition has finished.
    await dialog.evaluate((el) =>
      Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)),
    );
    await expectNoAxeViolations(page, 'revoke confirmation (nb)');
    // Cancelling keeps it.
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await rows.count()).toBe(2);
    await page
      .getByRole('button', { name: 'Trekk tilbake invitasjonen til feil.adresse@ntnu.example' })
      .click();
    await dialog.getByRole('button', { name: 'Ja, trekk tilbake' }).click();
    await expect
      .poll(() => mainText(page))
      .toContain('Invitasjonen til feil.adresse@ntnu.example er trukket tilbake.');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(MARTE);
  });

  it('the colleague signs in, sees NTNU’s applications, and the list shows both', async () => {
    const context = await browser.newContext();
    const marte = await context.newPage();
    await signIn(marte, server.baseUrl, 'colleague-ntnu', '/applications');
    await expect
      .poll(() => marte.locator(`a[href="/applications/${applicationId}"]`).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    expect(await mainText(marte)).toContain('Norges teknisk-naturvitenskapelige universitet');
    await marte.goto(`${server.baseUrl}${PEOPLE}`);
    await expect.poll(() => mainText(marte), { timeout: 15_000 }).toContain('Kari Nordmann');
    const text = await mainText(marte);
    expect(text).toContain('Marte Solberg');
    expect(text).toContain('Ingen åpne invitasjoner.');
    await context.close();

    await page.reload();
    await expect.poll(() => mainText(page), { timeout: 15_000 }).toContain('Marte Solberg');
    expect(await mainText(page)).toContain('Kari Nordmann');
  });

  for (const locale of ['nb', 'nn', 'en'] as const) {
    it(`axe finds nothing on the page in ${locale}`, async () => {
      await page.evaluate((l) => localStorage.setItem('tilskudd.language', l), locale);
      await page.goto(`${server.baseUrl}${PEOPLE}`);
      await expect.poll(() => page.locator('h1').count(), { timeout: 15_000 }).toBe(1);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      const heading = {
        nb: 'Personer med tilgang',
        nn: 'Personar med tilgang',
        en: 'People with access',
      };
      expect(await page.locator('h1').textContent()).toBe(heading[locale]);
      await expectNoAxeViolations(page, `people page (${locale})`);
    });
  }

  it('breaks no Content-Security-Policy rule and logs no errors', async () => {
    await page.evaluate(() => localStorage.setItem('tilskudd.language', 'nb'));
    // The refusals this journey provokes on purpose (422, 409) are logged by the browser itself.
    const provoked = /Failed to load resource: the server responded with a status of (409|422)/;
    expect(errors.filter((e) => !provoked.test(e))).toEqual([]);
  });
});
