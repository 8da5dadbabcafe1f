/**
 * The API side of the decisions journey (test/e2e/decisions.e2e.test.ts): persona tokens, JSON
 * requests that check their status, and the setup that brings two persona applications from
 * submission through consensus into an approved allocation.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { AllocationWorkspace, ScenarioDetail } from '../../../src/web/api/allocation-types.js';
import { SEED_CALL_ID, createCompleteApplicationOverHttp } from '../../helpers/applications.js';
import type { RunningServer } from '../../helpers/child-server.js';
import { tokenFor } from './tokens.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const call = JSON.parse(readFileSync(join(ROOT, 'calls', SEED_CALL_ID, 'call.json'), 'utf8')) as {
  criteria: { id: string }[];
  scale: { max: number };
};

export type JourneyApi = ReturnType<typeof journeyApi>;

export function journeyApi(server: RunningServer) {
  const tokens = new Map<string, string>();
  async function token(persona: string): Promise<string> {
    const known = tokens.get(persona);
    if (known) return known;
    const fresh = await tokenFor(server.dataDir, persona);
    tokens.set(persona, fresh);
    return fresh;
  }

  /** A JSON request as a persona; fails the test unless the status is the expected one. */
  async function api<T>(
    persona: string,
    method: string,
    path: string,
    body?: unknown,
    expected = 200,
  ): Promise<T> {
    const res = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await token(persona)}`,
        'accept-language': 'nb',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBe(expected);
    return (text ? JSON.parse(text) : null) as T;
  }

  async function bytes(persona: string, path: string): Promise<Uint8Array> {
    const res = await fetch(`${server.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${await token(persona)}` },
    });
    expect(res.status, path).toBe(200);
    return new Uint8Array(await res.arrayBuffer());
  }

  /** Creates and submits a complete application for a persona's institution. */
  async function submitApplication(persona: string, orgnr: string): Promise<string> {
    const id = await createCompleteApplicationOverHttp(server.baseUrl, await token(persona), orgnr);
    const res = await fetch(`${server.baseUrl}/api/applications/${id}/submissions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await token(persona)}`,
        'idempotency-key': `decisions-journey-${id}`,
      },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return id;
  }

  const topScores = (field: 'justification' | 'text', text: string) =>
    Object.fromEntries(
      call.criteria.map((c) => [c.id, { score: call.scale.max, [field]: `${text} (${c.id}).` }]),
    );

  /** Intake done: formal check, two assessors with no conflict and their scores, consensus 'fund'. */
  async function bringToConsensus(caseId: string, assessorIds: Map<string, string>) {
    const detail = await api<{ formalCheck: { findings: { key: string }[] } }>(
      'officer',
      'GET',
      `/api/cases/${caseId}`,
    );
    for (const f of detail.formalCheck.findings) {
      await api('officer', 'PUT', `/api/cases/${caseId}/findings/${f.key}`, {
        decision: 'overruled',
        reason: 'Vurdert manuelt: forholdet er dokumentert i søknaden.',
      });
    }
    await api('officer', 'POST', `/api/cases/${caseId}/formal-check/complete`);
    for (const [persona, userId] of assessorIds) {
      // The seed ties assessor-2 to a partner company of the base application: assigned with a reason.
      await api(
        'officer',
        'POST',
        `/api/cases/${caseId}/assignments`,
        {
          assessorUserId: userId,
          ...(persona === 'assessor-2'
            ? {
                overrideReason:
                  'Hun arbeider i en annen avdeling og har ingen befatning med saken.',
              }
            : {}),
        },
        201,
      );
      const mine = await api<{ id: string; caseId: string }[]>(
        persona,
        'GET',
        '/api/assessor/assignments',
      );
      const assignment = mine.find((a) => a.caseId === caseId);
      if (!assignment) throw new Error(`${persona} has no assignment for ${caseId}`);
      await api(persona, 'POST', `/api/assessor/assignments/${assignment.id}/declaration`, {
        grounds: [],
      });
      await api(persona, 'POST', `/api/assessor/assignments/${assignment.id}/assessment/submit`, {
        scores: topScores('justification', 'Svært godt begrunnet i søknaden'),
        holistic: {
          recommendation: 'fund',
          reasons: 'Et svært godt prosjekt; anbefales innvilget.',
        },
      });
    }
    await api('officer', 'PUT', `/api/cases/${caseId}/consensus`, {
      scores: topScores('text', 'Panelet er enig'),
      conclusion: {
        recommendation: 'fund',
        text: 'Innvilges: prosjektet treffer utlysningen godt.',
      },
      dissent: null,
    });
  }

  /** The greedy scenario with both persona cases on the main list, proposed and approved. */
  async function approveAllocation(personaCases: string[]) {
    const ws = await api<AllocationWorkspace>(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/allocation`,
    );
    let scenario = await api<ScenarioDetail>(
      'officer',
      'POST',
      `/api/calls/${SEED_CALL_ID}/allocation/scenarios`,
      { name: 'Rangert rekkefølge', from: 'greedy' },
      201,
    );
    for (const caseId of personaCases) {
      const entry = scenario.entries.find((e) => e.caseId === caseId);
      if (!entry) throw new Error(`no entry for ${caseId}`);
      if (entry.placement === 'main') continue;
      const applied = ws.cases.find((c) => c.caseId === caseId)?.appliedNok ?? 0;
      scenario = await api<ScenarioDetail>(
        'officer',
        'PUT',
        `/api/allocation/scenarios/${scenario.id}/entries/${caseId}`,
        {
          baseVersion: entry.version,
          placement: 'main',
          grantNok: applied,
          reduction: null,
          reservePosition: null,
          departureReason: 'Saken skal med i vedtaksreisen.',
        },
      );
    }
    for (const d of scenario.departures.filter((x) => !x.reason)) {
      const entry = scenario.entries.find((e) => e.caseId === d.caseId);
      if (!entry) continue;
      scenario = await api<ScenarioDetail>(
        'officer',
        'PUT',
        `/api/allocation/scenarios/${scenario.id}/entries/${d.caseId}`,
        { ...entry, baseVersion: entry.version, departureReason: 'Rammen rekker ikke lenger.' },
      );
    }
    await api('officer', 'POST', `/api/allocation/scenarios/${scenario.id}/propose`, {
      comment: 'Innstilling etter rangeringen.',
    });
    await api('leader', 'POST', `/api/allocation/scenarios/${scenario.id}/approve`, {});
  }
  return { token, api, bytes, submitApplication, bringToConsensus, approveAllocation };
}
