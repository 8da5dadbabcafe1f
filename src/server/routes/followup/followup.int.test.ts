/**
 * Acceptance and payments over the API, on both databases: the grantee accepts or declines by
 * the letter's deadline (once; late refused), nothing is paid before acceptance, never past the
 * grant, not even by officers recording at the same moment; the sweep job reminds, warns and
 * lapses with the simulated clock, each e-mail once in the outbox; the payments CSV.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import type { GrantList, OwnGrant } from '../../../web/api/followup-types.js';
import { SEED_CALL_ID } from '../../../../test/helpers/applications.js';
import { callAs, type Method } from '../../../../test/helpers/cases.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { seedIssuedGrants, type SeededGrant } from '../../../../test/helpers/grants.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { createJobRunner } from '../../jobs/job-runner.js';
import { jobHandlers } from '../../jobs/handlers.js';
import { FOLLOW_UP_JOB_KIND } from '../../services/followup/follow-up-job.js';
import { enqueueJob } from '../../../store/repositories/jobs.repository.js';

const KRISTIANIA = '954831604';
const NTNU = '974767880';
// Issued 1 December 2021; the seed call gives 21 days: the last day to answer is 22 December.
const ISSUED = osloWallTimeToInstant('2021-12-01T11:00');

describeEachDialect('grant acceptance and payments', (dialect) => {
  let t: TestApp;
  let accepted: SeededGrant, declined: SeededGrant, silent: SeededGrant;
  const call = (persona: string, method: Method, url: string, payload?: unknown) =>
    callAs(t, persona, method, url, payload);
  const grants = async () =>
    (await call('officer', 'GET', `/api/calls/${SEED_CALL_ID}/grants`)).json<GrantList>();
  const setDay = (wall: string) => t.clock.set(osloWallTimeToInstant(wall), { frozen: true });
  const log = { warn: () => undefined, error: () => undefined };
  const sweep = async () => {
    const now = new Date();
    await enqueueJob(t.ctx.store.db, { kind: FOLLOW_UP_JOB_KIND, payload: {}, runAfter: now, now });
    const runner = createJobRunner({ store: t.ctx.store, handlers: jobHandlers(t.ctx, log), log });
    await runner.runDue();
  };
  const mails = async (decisionId: string) =>
    (
      await t.ctx.store.db
        .selectFrom('outbox_message')
        .select(['subject', 'to_address'])
        .where('topic', '=', 'grant')
        .where('reference_id', '=', decisionId)
        .orderBy('created_at')
        .execute()
    ).map((m) => m.subject);
  const pay = (decisionId: string, amountNok: number, reference = 'BILAG-1') =>
    call('officer', 'POST', `/api/grants/${decisionId}/payments`, {
      amountNok,
      paidOn: '2021-12-12',
      reference,
    });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const seedCall = t.ctx.calls.find((c) => c.id === SEED_CALL_ID);
    if (!seedCall) throw new Error('no seed call');
    [accepted, declined, silent] = (await seedIssuedGrants(
      t,
      seedCall,
      [
        { orgnr: NTNU, grantNok: 1_000_001 },
        { orgnr: NTNU, grantNok: 400_000 },
        { orgnr: KRISTIANIA, grantNok: 600_000 },
      ],
      { issuedAt: ISSUED, firstSeq: 300 },
    )) as [SeededGrant, SeededGrant, SeededGrant];
    await setDay('2021-12-10T09:00');
  }, 60_000);
  afterAll(async () => t.close());

  it('shows the grantee the deadline from the letter and the plan in whole kroner', async () => {
    const res = await call(
      'applicant-ntnu',
      'GET',
      `/api/applications/${accepted.applicationId}/grant`,
    );
    expect(res.statusCode).toBe(200);
    const grant = res.json<OwnGrant>();
    expect(grant).toMatchObject({ deadline: '2021-12-22', state: 'awaiting', canAnswer: true });
    expect(grant.plan.map((p) => p.amountNok)).toEqual([800_000, 200_001]);
    expect(grant.plan.every((p) => !p.due)).toBe(true);
  });

  it("refuses another institution's grantee (as if the grant did not exist)", async () => {
    const url = `/api/applications/${accepted.applicationId}/grant/accept`;
    expect((await call('applicant-kristiania', 'POST', url, {})).statusCode).toBe(404);
    expect((await call('officer', 'POST', url, {})).statusCode).toBe(403);
  });

  it('refuses a payment before acceptance and changes nothing', async () => {
    const res = await pay(accepted.decisionId, 1000);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'payment_before_acceptance' });
    expect((await grants()).grants[0]).toMatchObject({ paidNok: 0, dueNok: 0 });
  });

  it('accepts once; the first instalment falls due at acceptance', async () => {
    const url = `/api/applications/${accepted.applicationId}/grant/accept`;
    const res = await call('applicant-ntnu', 'POST', url, {});
    expect(res.statusCode).toBe(200);
    expect(res.json<OwnGrant>()).toMatchObject({ state: 'accepted', canAnswer: false });
    const again = await call('applicant-ntnu', 'POST', url, {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'grant_already_answered' });
    const row = (await grants()).grants.find((g) => g.decisionId === accepted.decisionId);
    expect(row).toMatchObject({ state: 'accepted', dueNok: 800_000, paidNok: 0 });
  });

  it('records a payment, and refuses bad input naming the field', async () => {
    expect((await pay(accepted.decisionId, 800_000, 'BILAG-2021-0042')).statusCode).toBe(201);
    const blank = await pay(accepted.decisionId, 5, '   ');
    expect(blank.statusCode).toBe(422);
    expect(JSON.stringify(blank.json())).toContain('reference');
    const bad = await call('officer', 'POST', `/api/grants/${accepted.decisionId}/payments`, {
      amountNok: 10.5,
      paidOn: '2021-12-12',
      reference: 'X',
    });
    expect(bad.statusCode).toBe(422);
    expect(JSON.stringify(bad.json())).toContain('amountNok');
    expect((await pay(accepted.decisionId, 1, 'X')).statusCode).toBe(201);
    expect((await grants()).grants[0]?.paidNok).toBe(800_001);
  });

  it('lets officers recording at the same time pay no more than the grant together', async () => {
    // 200 000 kr left; eight payments of 50 000 kr at once: four fit.
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => pay(accepted.decisionId, 50_000, `SAMTIDIG-${i}`)),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([201, 201, 201, 201, 409, 409, 409, 409]);
    expect(answers.find((a) => a.statusCode === 409)?.json()).toMatchObject({
      code: 'payment_over_grant',
    });
    expect((await grants()).grants[0]?.paidNok).toBe(1_000_001);
  });

  it('declines with a reason, which frees the money', async () => {
    const res = await call(
      'applicant-ntnu',
      'POST',
      `/api/applications/${declined.applicationId}/grant/decline`,
      { reason: 'Klyngen har trukket seg' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json<OwnGrant>()).toMatchObject({
      state: 'declined',
      reason: 'Klyngen har trukket seg',
    });
    const list = await grants();
    expect(list.freedNok).toBe(400_000);
    expect(list.inForceNok).toBe(1_000_001 + 600_000);
    expect((await pay(declined.decisionId, 1)).json()).toMatchObject({
      code: 'payment_before_acceptance',
    });
  });

  it('reminds on the call days before the deadline and warns on the day, each once', async () => {
    await setDay('2021-12-14T08:00');
    await sweep();
    expect(await mails(silent.decisionId)).toEqual([]);
    await setDay('2021-12-15T08:00');
    await sweep();
    await sweep();
    const seven = await mails(silent.decisionId);
    expect(seven.length).toBeGreaterThan(0);
    expect(seven.every((s) => s.startsWith('Påminnelse'))).toBe(true);
    await setDay('2021-12-20T08:00');
    await sweep();
    expect((await mails(silent.decisionId)).length).toBe(2 * seven.length);
    await setDay('2021-12-22T08:00');
    await sweep();
    const all = await mails(silent.decisionId);
    expect(all.length).toBe(3 * seven.length);
    expect(all.at(-1)).toMatch(/^Siste dag/);
    // Answered grants get no reminders.
    expect(await mails(accepted.decisionId)).toEqual([]);
    expect(await mails(declined.decisionId)).toEqual([]);
  });

  it('refuses an acceptance after the deadline', async () => {
    await setDay('2021-12-23T00:30');
    const res = await call(
      'applicant-kristiania',
      'POST',
      `/api/applications/${silent.applicationId}/grant/accept`,
      {},
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'grant_acceptance_deadline_passed' });
  });

  it('lapses a grant not accepted by its deadline, with its date and an audit event', async () => {
    await sweep();
    await sweep();
    const row = (await grants()).grants.find((g) => g.decisionId === silent.decisionId);
    expect(row).toMatchObject({ state: 'lapsed', answeredAt: '2021-12-22T23:30:00.000Z' });
    expect((await grants()).freedNok).toBe(400_000 + 600_000);
    const subjects = await mails(silent.decisionId);
    expect(subjects.filter((s) => s.startsWith('Tilskuddet har falt bort'))).toHaveLength(
      subjects.length / 4,
    );
    const events = await t.ctx.store.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_id', '=', silent.decisionId)
      .execute();
    const pending = await t.ctx.store.db
      .selectFrom('audit_event_pending')
      .select('action')
      .where('entity_id', '=', silent.decisionId)
      .execute();
    expect([...events, ...pending].map((e) => e.action)).toContain('grant.lapsed');
  });

  it('exports the payments as CSV in the documented layout', async () => {
    const res = await call('officer', 'GET', `/api/calls/${SEED_CALL_ID}/payments.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'payment_id;paid_on;amount_nok;reference;case_number;institution_orgnr;institution_name;decision_id;recorded_by;recorded_at',
    );
    expect(lines).toHaveLength(1 + 6);
    expect(lines.slice(1).reduce((sum, l) => sum + Number(l.split(';')[2]), 0)).toBe(1_000_001);
    expect(lines.filter((l) => l.includes(';2021-12-12;800000;BILAG-2021-0042;'))).toHaveLength(1);
    expect(
      (await call('applicant-ntnu', 'GET', `/api/calls/${SEED_CALL_ID}/payments.csv`)).statusCode,
    ).toBe(403);
  });
});
