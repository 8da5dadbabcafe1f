/** Brings a submitted application through intake and the formal check, for case tests. */
import { expect } from 'vitest';
import { authHeaders, createCompleteApplication, SEED_CALL_ID, submit } from './applications.js';
import type { TestApp } from './test-app.js';

/** 17:00 Oslo time on the seed call's deadline day (CEST): intake closes at the next request. */
export const AFTER_DEADLINE = new Date('2021-09-15T15:00:00Z');
/** Fjordstål Verft AS: a partner company of the base application. */
export const PARTNER = '968430777';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A request as a persona, in bokmål. */
export async function callAs(
  t: TestApp,
  persona: string,
  method: Method,
  url: string,
  payload?: unknown,
) {
  return t.app.inject({
    method,
    url,
    headers: { ...(await authHeaders(t, persona)), 'accept-language': 'nb' },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export async function userIdOf(t: TestApp, persona: string): Promise<string> {
  return (await callAs(t, persona, 'GET', '/api/me')).json<{ id: string }>().id;
}

/** One case of the base application (NTNU), intake closed and the formal check passed. */
export async function createAssessableCase(t: TestApp): Promise<string> {
  const id = await createCompleteApplication(t);
  expect((await submit(t, id, `assessable-${id}`)).statusCode).toBe(201);
  await t.clock.set(AFTER_DEADLINE);
  const list = await callAs(t, 'officer', 'GET', `/api/calls/${SEED_CALL_ID}/cases`);
  expect(list.statusCode, list.body).toBe(200);
  const caseId = list.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
  const detail = await callAs(t, 'officer', 'GET', `/api/cases/${caseId}`);
  const findings = detail.json<{ formalCheck: { findings: { key: string }[] } }>().formalCheck
    .findings;
  for (const f of findings) {
    const res = await callAs(t, 'officer', 'PUT', `/api/cases/${caseId}/findings/${f.key}`, {
      decision: 'overruled',
      reason: 'Vurdert manuelt: forholdet er dokumentert i vedlegg.',
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  const done = await callAs(t, 'officer', 'POST', `/api/cases/${caseId}/formal-check/complete`);
  expect(done.statusCode, done.body).toBe(200);
  return caseId;
}
