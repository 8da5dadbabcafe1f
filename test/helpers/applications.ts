/** Builds applications through the real API, for tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT, type TestApp } from './test-app.js';

export const SEED_CALL_ID = 'kompetanseloft-industriklynger-2021';
export const NTNU = '974767880';
export const KRISTIANIA = '954831604';

export interface BaseApplication {
  content: Record<string, unknown>;
}

export function readBaseApplication(): BaseApplication {
  return JSON.parse(
    readFileSync(join(ROOT, 'test/cases/base-application.json'), 'utf8'),
  ) as BaseApplication;
}

export async function authHeaders(t: TestApp, persona: string): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await t.tokenFor(persona)}` };
}

export async function createDraft(
  t: TestApp,
  persona = 'applicant-ntnu',
  institutionOrgnr = NTNU,
): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/applications',
    headers: await authHeaders(t, persona),
    payload: { callId: SEED_CALL_ID, institutionOrgnr },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

export async function saveSection(
  t: TestApp,
  id: string,
  sectionId: string,
  content: unknown,
  version: number,
  persona = 'applicant-ntnu',
) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/applications/${id}/sections/${sectionId}`,
    headers: { ...(await authHeaders(t, persona)), 'if-match': `"${version}"` },
    payload: content as object,
  });
}

/** Saves every section of the valid base application into a fresh draft. */
export async function createCompleteApplication(
  t: TestApp,
  persona = 'applicant-ntnu',
): Promise<string> {
  const id = await createDraft(t, persona);
  for (const [sectionId, content] of Object.entries(readBaseApplication().content)) {
    const res = await saveSection(t, id, sectionId, content, 0, persona);
    expect(res.statusCode, `${sectionId}: ${res.body}`).toBe(200);
  }
  return id;
}

export async function submit(t: TestApp, id: string, key: string, persona = 'applicant-ntnu') {
  return t.app.inject({
    method: 'POST',
    url: `/api/applications/${id}/submissions`,
    headers: { ...(await authHeaders(t, persona)), 'idempotency-key': key },
  });
}
