/** Builds applications through the real API, for tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { signedAgreementPdf } from '../fixtures/files/build-files.js';
import { attachSignedAgreement } from '../fixtures/files/upload.js';
import { ROOT, type TestApp } from './test-app.js';

export const SEED_CALL_ID = 'kompetanseloft-industriklynger-2021';
const ATTACHMENTS_SECTION = 'attachments';
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

/**
 * A fresh draft holding the valid base application: every section saved, and the signed
 * agreement uploaded as a real file (the attachments section then refers to it by hash).
 */
export async function createCompleteApplication(
  t: TestApp,
  persona = 'applicant-ntnu',
): Promise<string> {
  const id = await createDraft(t, persona);
  for (const [sectionId, content] of Object.entries(readBaseApplication().content)) {
    if (sectionId === ATTACHMENTS_SECTION) continue;
    const res = await saveSection(t, id, sectionId, content, 0, persona);
    expect(res.statusCode, `${sectionId}: ${res.body}`).toBe(200);
  }
  await attachSignedAgreement(t, id, persona);
  return id;
}

export async function submit(t: TestApp, id: string, key: string, persona = 'applicant-ntnu') {
  return t.app.inject({
    method: 'POST',
    url: `/api/applications/${id}/submissions`,
    headers: { ...(await authHeaders(t, persona)), 'idempotency-key': key },
  });
}

/** Over real HTTP (child-process servers): a complete application with an uploaded agreement. */
export async function createCompleteApplicationOverHttp(
  baseUrl: string,
  token: string,
  institutionOrgnr = NTNU,
): Promise<string> {
  const auth = { authorization: `Bearer ${token}` };
  const created = await fetch(`${baseUrl}/api/applications`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ callId: SEED_CALL_ID, institutionOrgnr }),
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  for (const [sectionId, content] of Object.entries(readBaseApplication().content)) {
    if (sectionId === ATTACHMENTS_SECTION) continue;
    const saved = await fetch(`${baseUrl}/api/applications/${id}/sections/${sectionId}`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json', 'if-match': '"0"' },
      body: JSON.stringify(content),
    });
    expect(saved.status, sectionId).toBe(200);
  }
  const form = new FormData();
  form.append('kind', 'signed-agreement');
  const pdf = new Uint8Array(await signedAgreementPdf(`Avtale ${id}`));
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'samarbeidsavtale-signert.pdf');
  const upload = await fetch(`${baseUrl}/api/applications/${id}/attachments`, {
    method: 'POST',
    headers: auth,
    body: form,
  });
  expect(upload.status, await upload.clone().text()).toBe(201);
  return id;
}
