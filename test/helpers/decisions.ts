/**
 * Brings the seed call to issued decisions through the real routes, for tests that start after
 * the letters went out: cases seeded with consensus, the ranking approved by the leader, every
 * decision prepared, approved and issued (the jobs run in the test).
 */
import { expect } from 'vitest';
import type { DecisionJob, DecisionList } from '../../src/web/api/decision-types.js';
import type { ScenarioDetail } from '../../src/web/api/allocation-types.js';
import { jobHandlers } from '../../src/server/jobs/handlers.js';
import { createJobRunner } from '../../src/server/jobs/job-runner.js';
import { SEED_CALL_ID } from './applications.js';
import { COUNTIES, seedAllocatableCases, type SeedCase } from './allocation.js';
import { callAs } from './cases.js';
import type { TestApp } from './test-app.js';

export { KRISTIANIA, NTNU } from './applications.js';

const quiet = { warn: () => undefined, error: () => undefined };

export async function runDueJobs(t: TestApp): Promise<void> {
  const runner = createJobRunner({
    store: t.ctx.store,
    handlers: jobHandlers(t.ctx, quiet),
    log: quiet,
  });
  await runner.runDue();
}

export interface IssuedCase {
  caseId: string;
  decisionId: string;
  orgnr: string;
  applicationId: string;
}

/**
 * Seeds one fundable case per institution given (each in another county: give at least as many
 * as the call's county spread asks), and issues every decision at `issueAt`.
 */
export async function issueDecisionsFor(
  t: TestApp,
  orgnrsToFund: readonly string[],
  issueAt: Date,
): Promise<IssuedCase[]> {
  const db = t.ctx.store.db;
  const call = t.ctx.calls.find((c) => c.id === SEED_CALL_ID);
  if (!call) throw new Error('no seed call');
  const orgnrs = (
    await db.selectFrom('institution').select('orgnr').orderBy('orgnr').execute()
  ).map((r) => r.orgnr);
  const specs: SeedCase[] = orgnrsToFund.map((orgnr, i) => ({
    appliedNok: 1_000_000,
    holistic: 'fund',
    score: 7 - i,
    county: COUNTIES[i % COUNTIES.length] ?? 'Trøndelag',
    institution: orgnrs.indexOf(orgnr),
  }));
  const seeded = await seedAllocatableCases(db, call, specs, { firstSeq: 300 });
  const ok = async (persona: string, method: 'GET' | 'POST', url: string, body?: unknown) => {
    const res = await callAs(t, persona, method, url, body);
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res;
  };
  const scenario = (
    await ok('officer', 'POST', `/api/calls/${SEED_CALL_ID}/allocation/scenarios`, {
      name: 'Rangering',
      from: 'greedy',
    })
  ).json<ScenarioDetail>();
  const base = `/api/allocation/scenarios/${scenario.id}`;
  await ok('officer', 'POST', `${base}/propose`, { comment: 'Til godkjenning' });
  await ok('leader', 'POST', `${base}/approve`, { comment: 'Godkjent' });
  await ok('officer', 'POST', `/api/calls/${SEED_CALL_ID}/decisions/prepare`, {});
  await runDueJobs(t);
  const drafted = (
    await ok('officer', 'GET', `/api/calls/${SEED_CALL_ID}/decisions`)
  ).json<DecisionList>();
  await ok('leader', 'POST', `/api/calls/${SEED_CALL_ID}/decisions/approve`, {
    decisionIds: drafted.decisions.map((d) => d.id),
  });
  await t.clock.set(issueAt, { frozen: true });
  const job = (
    await ok('leader', 'POST', `/api/calls/${SEED_CALL_ID}/decisions/issue`, {})
  ).json<DecisionJob>();
  await runDueJobs(t);
  const done = (await ok('leader', 'GET', `/api/decision-jobs/${job.id}`)).json<DecisionJob>();
  expect(done.state).toBe('done');
  const issued = (
    await ok('officer', 'GET', `/api/calls/${SEED_CALL_ID}/decisions`)
  ).json<DecisionList>();
  const out: IssuedCase[] = [];
  for (const s of seeded) {
    const row = await db
      .selectFrom('case_file')
      .select(['institution_orgnr', 'application_id'])
      .where('id', '=', s.caseId)
      .executeTakeFirstOrThrow();
    const decision = issued.decisions.find((d) => d.caseId === s.caseId);
    if (!decision) throw new Error(`no decision for ${s.caseId}`);
    out.push({
      caseId: s.caseId,
      decisionId: decision.id,
      orgnr: row.institution_orgnr,
      applicationId: row.application_id,
    });
  }
  return out;
}
