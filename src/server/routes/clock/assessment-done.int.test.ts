/**
 * The admin's "assessment done" jump (issue 15; the cases R27's allocation needs): about 40
 * synthetic applications submitted before the deadline through the real services, taken in,
 * formally checked (one proposed for rejection), assessed with a spread and a few disagreements,
 * and agreed on for all but a handful. Persona cases and the officer's work on them stay; a
 * second jump changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { authHeaders, SEED_CALL_ID } from '../../../../test/helpers/applications.js';
import { createAssessableCase } from '../../../../test/helpers/cases.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { DEMO_LIFE_SUBJECT_PREFIX } from '../../services/demo-life/life-people.js';

describeEachDialect('the assessment-done jump', (dialect) => {
  let t: TestApp;
  let personaCaseId = '';
  let firstJumpMs = 0;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    // The officer persona has already done the formal check of a persona case.
    personaCaseId = await createAssessableCase(t);
    const started = performance.now();
    await jump();
    firstJumpMs = performance.now() - started;
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  async function jump() {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/clock',
      headers: await authHeaders(t, 'admin'),
      payload: { callId: SEED_CALL_ID, phase: 'assessment-done' },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ now: string; jumps: { id: string; at: string }[] }>();
  }

  const lifeCases = () =>
    t.ctx.store.db
      .selectFrom('case_file as c')
      .innerJoin('application as a', 'a.id', 'c.application_id')
      .innerJoin('app_user as u', 'u.id', 'a.created_by')
      .innerJoin('institution as i', 'i.orgnr', 'c.institution_orgnr')
      .select([
        'c.id',
        'c.case_number',
        'c.status',
        'c.formal_result',
        'c.disagreement',
        'c.mean_score',
        'c.grant_applied',
        'i.ownership',
      ])
      .where('u.subject', 'like', `${DEMO_LIFE_SUBJECT_PREFIX}%`)
      .orderBy('c.case_seq')
      .execute();

  /** Everything recorded, apart from the clock's own moves. */
  async function recorded() {
    const db = t.ctx.store.db;
    const count = async (
      table: 'assessment' | 'case_consensus' | 'case_assignment' | 'submission',
    ) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const events = await db
      .selectFrom('audit_event')
      .select('action')
      .where('action', '!=', 'clock.set')
      .execute();
    return {
      cases: await lifeCases(),
      assessments: await count('assessment'),
      consensus: await count('case_consensus'),
      assignments: await count('case_assignment'),
      submissions: await count('submission'),
      events: events.length,
    };
  }

  it('R27 setup: the jump gives ~40 cases asking for 2–3 times the pot, from state and private institutions', async () => {
    const cases = await lifeCases();
    expect(cases).toHaveLength(40);
    const call = t.ctx.calls[0];
    const applied = cases.reduce((sum, c) => sum + Number(c.grant_applied), 0);
    expect(applied / (call?.potNok ?? 1)).toBeGreaterThanOrEqual(2);
    expect(applied / (call?.potNok ?? 1)).toBeLessThanOrEqual(3);
    expect(new Set(cases.map((c) => c.ownership))).toEqual(new Set(['statlig', 'privat']));
    console.warn(`assessment-done jump on ${dialect}: ${Math.round(firstJumpMs)} ms`); // the timing the README quotes
  });

  it('R27 setup: one proposed rejection, consensus for all but a handful, disagreements present', async () => {
    const cases = await lifeCases();
    expect(cases.filter((c) => c.formal_result === 'proposed_rejection')).toHaveLength(1);
    const waiting = cases.filter((c) => c.status === 'assessed');
    expect(waiting.length).toBeGreaterThanOrEqual(4);
    expect(waiting.length).toBeLessThanOrEqual(6);
    expect(cases.filter((c) => c.status === 'consensus_recorded')).toHaveLength(
      40 - 1 - waiting.length,
    );
    expect(cases.filter((c) => c.disagreement === 1).length).toBeGreaterThan(0);
    const means = cases.flatMap((c) => (c.mean_score === null ? [] : [Number(c.mean_score)]));
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThanOrEqual(2);
  });

  it('the persona case and the officer’s work on it stay; the synthetic cases are numbered after it', async () => {
    const persona = await t.ctx.store.db
      .selectFrom('case_file')
      .select(['case_number', 'formal_result'])
      .where('id', '=', personaCaseId)
      .executeTakeFirstOrThrow();
    expect(persona).toEqual({ case_number: 'SAK-KOMP21-0001', formal_result: 'passed' });
    expect((await lifeCases())[0]?.case_number).toBe('SAK-KOMP21-0002');
  });

  it('the clock ends at the jump’s instant, a few weeks after the deadline', async () => {
    const answer = await jump();
    const at = answer.jumps.find((j) => j.id === 'assessment-done')?.at ?? '';
    expect(Math.abs(new Date(answer.now).getTime() - new Date(at).getTime())).toBeLessThan(60_000);
  });

  describe('idempotence', () => {
    it('running the jump twice changes nothing', async () => {
      const before = await recorded();
      await jump();
      expect(await recorded()).toEqual(before);
    });
  });
});
