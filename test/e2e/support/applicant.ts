/**
 * Helpers for the applicant journeys: sign in through the persona picker, call the API from inside
 * the signed-in page (same cookies, the session's CSRF token), and fill fields by their ids.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const CALL_ID = 'kompetanseloft-industriklynger-2021';

export async function signIn(page: Page, baseUrl: string, persona: string, returnTo: string) {
  await page.goto(`${baseUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  await page.locator(`button[name="persona"][value="${persona}"]`).click();
  await page.waitForURL(`${baseUrl}${returnTo}`);
}

export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** A request from the page, as the web app would make it. */
export async function callApi(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken?: string };
      const response = await fetch(path, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(session.csrfToken ? { 'X-CSRF-Token': session.csrfToken } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
    { method, path, body, headers },
  );
}

interface SectionVersion {
  id: string;
  version: number;
}

/** Saves sections through the API, each on top of its current version; returns the statuses. */
export async function putSections(
  page: Page,
  applicationId: string,
  content: Record<string, unknown>,
): Promise<Record<string, number>> {
  const view = await callApi(page, 'GET', `/api/applications/${applicationId}`);
  const sections = (view.body as { sections: SectionVersion[] }).sections;
  const statuses: Record<string, number> = {};
  for (const [sectionId, sectionContent] of Object.entries(content)) {
    const version = sections.find((s) => s.id === sectionId)?.version ?? 0;
    const answer = await callApi(
      page,
      'PUT',
      `/api/applications/${applicationId}/sections/${sectionId}`,
      sectionContent,
      { 'If-Match': `"${version}"` },
    );
    statuses[sectionId] = answer.status;
  }
  return statuses;
}

export async function createApplication(page: Page): Promise<string> {
  const answer = await callApi(page, 'POST', '/api/applications', {
    callId: CALL_ID,
    institutionOrgnr: '974767880',
  });
  expect(answer.status).toBe(201);
  return (answer.body as { id: string }).id;
}

export async function fill(page: Page, id: string, value: string): Promise<void> {
  await page.locator(`#${id}`).fill(value);
}

export async function chooseYes(page: Page, name: string, yes = true): Promise<void> {
  await page.locator(`input[name="${name}"][value="${yes ? 'yes' : 'no'}"]`).check();
}

/** Waits for the autosave to report "Lagret hh:mm" (or the language's word for it). */
export async function waitForSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.save-status').textContent(), { timeout: 15_000 })
    .toMatch(/Lagret|Lagra|Saved/);
}
