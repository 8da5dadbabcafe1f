/**
 * The optimiser's sensitivity as a durable job (R27): the proposal answers at once with the
 * explanations of cases left out above the cut marked pending and one job queued in the same
 * transaction; the job fills them in with what would have funded each case, and when the cases
 * changed after the proposal it says so instead of explaining another problem.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ScenarioDetail } from '../../../web/api/allocation-types.js';
import { listJobs } from '../../../store/repositories/jobs.repository.js';
import { callAs } from '../../../../test/helpers/cases.js';
import { SEED_CALL_ID } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { seedAllocatableCases, type SeedCase } from '../../../../test/helpers/allocation.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { SENSITIVITY_JOB_KIND, sensitivityJob } from '../../services/allocation/sensitivity-job.js';

// Rank 1 asks for the largest grant the call allows; 65 small cases ranked below it are worth more
// of the call's objective per krone, so the optimiser leaves rank 1 out although the rank order
// funds it: the one case whose sensitivity the job must work out.
const COUNTIES = ['Agder', 'Vestland', 'Trøndelag', 'Nordland'];
const cases: SeedCase[] = [
  { appliedNok: 2_500_000, holistic: 'fund', score: 7, county: 'Agder', institution: 0 },
  ...Array.from({ length: 65 }, (_, i) => ({
    appliedNok: 300_000,
    holistic: 'fund' as const,
    score: 6,
    county: COUNTIES[i % COUNTIES.length] ?? 'Agder',
    institution: 1 + (i % 15),
  })),
];

describeEachDialect('allocation sensitivity job (R27)', (dialect) => {
  let t: TestApp;
  const warnings: string[] = [];
  const log = { warn: (_: unknown, m: string) => warnings.push(m), error: () => undefined };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const seedCall = t.ctx.calls.find((c) => c.id === SEED_CALL_ID);
    if (!seedCall) throw new Error('no seed call');
    await seedAllocatableCases(t.ctx.store.db, seedCall, cases, { firstSeq: 100 });
  }, 60_000);
  afterAll(async () => t.close());

  const optimise = async (name: string) => {
    const res = await callAs(
      t,
      'officer',
      'POST',
      `/api/calls/${SEED_CALL_ID}/allocation/scenarios/optimise`,
      { name },
    );
    expect(res.statusCode, res.body).toBe(201);
    return res.json<ScenarioDetail>();
  };
  const read = async (id: string) =>
    (await callAs(t, 'officer', 'GET', `/api/allocation/scenarios/${id}`)).json<ScenarioDetail>();
  const jobFor = async (scenarioId: string) =>
    (await listJobs(t.ctx.store.db, SENSITIVITY_JOB_KIND)).find(
      (j) => (JSON.parse(j.payload) as { scenarioId: string }).scenarioId === scenarioId,
    );

  it('R27: the proposal marks the sensitivity pending and queues one job; the job fills it in', async () => {
    const proposal = await optimise('Forslag');
    const pending = proposal.explanations.filter((x) => x.sensitivityPending);
    expect(pending).toHaveLength(1);
    const job = await jobFor(proposal.id);
    if (!job) throw new Error('no sensitivity job queued with the proposal');
    expect(pending.every((x) => x.sensitivity === null && x.outcome === 'left_out')).toBe(true);
    const outcome = await sensitivityJob(t.ctx, log).run(JSON.parse(job.payload) as unknown, job);
    expect(outcome).toEqual({ outcome: 'done' });
    const after = await read(proposal.id);
    expect(after.explanations.filter((x) => x.sensitivityPending)).toEqual([]);
    for (const x of pending) {
      const done = after.explanations.find((y) => y.caseId === x.caseId);
      expect(done?.sensitivity).not.toBeNull();
      expect(done?.text.en).not.toContain('in the background');
    }
    expect(after.entries).toEqual(proposal.entries);
  }, 120_000);

  it('R27: when the cases changed after the proposal, the job says so rather than explain another problem', async () => {
    const proposal = await optimise('Forslag to');
    const job = await jobFor(proposal.id);
    if (!job) throw new Error('no sensitivity job queued with the proposal');
    // A consensus revised after the proposal: the model's input is no longer the one recorded.
    await t.ctx.store.db
      .updateTable('allocation_scenario')
      .set({ solver: JSON.stringify({ ...proposal.solver, inputHash: 'f'.repeat(64) }) })
      .where('id', '=', proposal.id)
      .execute();
    await sensitivityJob(t.ctx, log).run(JSON.parse(job.payload) as unknown, job);
    const after = await read(proposal.id);
    const left = after.explanations.filter(
      (x) => x.outcome === 'left_out' && x.text.en.includes('changed'),
    );
    expect(left).toHaveLength(1);
    expect(after.explanations.some((x) => x.sensitivityPending)).toBe(false);
    expect(warnings).toContain('allocation sensitivity: the cases changed after the proposal');
  }, 120_000);
});
