/**
 * Decisions over the API (R28, R29), on both databases: from an approved allocation the officer
 * prepares decisions (a job with progress), edits reasons (a stale base is refused with what is
 * stored), the leader approves (never a decision they drafted), issuing stores each letter with
 * its hash and queues one e-mail per person at the institution with the PDF attached, in the same
 * transaction; the applicant of a private college files a klage (a late one flagged), which gets a
 * preliminary reply, is forwarded and settled; a state university's applicant cannot appeal; the
 * public award list as JSON and CSV.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import type {
  AppealDetail,
  BulkAnswer,
  DecisionDetail,
  DecisionJob,
  DecisionList,
  OwnAppeal,
  OwnDecision,
  PublicAward,
} from '../../../web/api/decision-types.js';
import type { ScenarioDetail } from '../../../web/api/allocation-types.js';
import { SEED_CALL_ID } from '../../../../test/helpers/applications.js';
import { callAs, userIdOf, type Method } from '../../../../test/helpers/cases.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { seedAllocatableCases, type SeedCase } from '../../../../test/helpers/allocation.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { readPdf } from '../../../../test/fixtures/files/read-pdf.js';
import { OUTCOMES } from '../../../../test/fixtures/decision-letter.js';
import { KRISTIANIA, NTNU, runDueJobs } from '../../../../test/helpers/decisions.js';

const ISSUE_AT = osloWallTimeToInstant('2021-12-01T11:00');

describeEachDialect('decisions, letters and appeals (R28, R29)', (dialect) => {
  let t: TestApp;
  const call = (persona: string, method: Method | 'PUT', url: string, payload?: unknown) =>
    callAs(t, persona, method as Method, url, payload);
  const list = async () =>
    (await call('officer', 'GET', `/api/calls/${SEED_CALL_ID}/decisions`)).json<DecisionList>();
  const runJobs = () => runDueJobs(t);
  /** Case id → its institution and application. */
  const cases = new Map<string, { orgnr: string; applicationId: string }>();
  let rejectedCaseId = '';

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const db = t.ctx.store.db;
    const seedCall = t.ctx.calls.find((c) => c.id === SEED_CALL_ID);
    if (!seedCall) throw new Error('no seed call');
    const orgnrs = (
      await db.selectFrom('institution').select('orgnr').orderBy('orgnr').execute()
    ).map((r) => r.orgnr);
    const at = (orgnr: string) => orgnrs.indexOf(orgnr);
    const spec = (
      institution: number,
      holistic: SeedCase['holistic'],
      score: number,
      county: string,
    ) => ({ appliedNok: 1_500_000, holistic, score, county, institution });
    const seeded = await seedAllocatableCases(
      db,
      seedCall,
      [
        spec(at(KRISTIANIA), 'fund', 7, 'Trøndelag'),
        spec(at(NTNU), 'fund', 6, 'Vestland'),
        spec(at(KRISTIANIA), 'fund', 5, 'Møre og Romsdal'),
        spec(at(NTNU), 'fund', 5, 'Nordland'),
        spec(at(NTNU), 'do_not_fund', 2, 'Rogaland'),
        spec(at(KRISTIANIA), 'fund', 4, 'Agder'),
      ],
      { firstSeq: 200 },
    );
    for (const s of seeded) {
      const row = await db
        .selectFrom('case_file')
        .select(['institution_orgnr', 'application_id'])
        .where('id', '=', s.caseId)
        .executeTakeFirstOrThrow();
      cases.set(s.caseId, { orgnr: row.institution_orgnr, applicationId: row.application_id });
    }
    // The last case is rejected on formal grounds, with the finding the officer confirmed.
    rejectedCaseId = seeded[5]?.caseId ?? '';
    const finding = OUTCOMES.avvist.kind === 'avvist' ? OUTCOMES.avvist.findings[0] : undefined;
    if (!finding) throw new Error('no finding');
    const officerId = await userIdOf(t, 'officer');
    await db
      .updateTable('case_file')
      .set({ formal_result: 'proposed_rejection' })
      .where('id', '=', rejectedCaseId)
      .execute();
    await db
      .insertInto('case_finding')
      .values({
        case_id: rejectedCaseId,
        finding_key: 'signedAgreementRequired:attachments',
        finding: JSON.stringify(finding.finding),
        decision: 'confirmed',
        reason: finding.reason,
        decided_by: officerId,
        decided_at: '2021-09-20T10:00:00.000Z',
      })
      .execute();
    await t.clock.set(osloWallTimeToInstant('2021-11-20T10:00'), { frozen: true });
  }, 60_000);
  afterAll(async () => t.close());

  it('R28: without an approved allocation, preparing is refused', async () => {
    const res = await call('officer', 'POST', `/api/calls/${SEED_CALL_ID}/decisions/prepare`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'decision_no_approved_allocation' });
  });

  it('R28: the officer prepares every case of the approved allocation as a job with progress', async () => {
    const created = await call(
      'officer',
      'POST',
      `/api/calls/${SEED_CALL_ID}/allocation/scenarios`,
      {
        name: 'Rangering',
        from: 'greedy',
      },
    );
    expect(created.statusCode, created.body).toBe(201);
    const scenario = created.json<ScenarioDetail>();
    const base = `/api/allocation/scenarios/${scenario.id}`;
    const proposed = await call('officer', 'POST', `${base}/propose`, {
      comment: 'Til godkjenning',
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const approved = await call('leader', 'POST', `${base}/approve`, { comment: 'Godkjent' });
    expect(approved.statusCode, approved.body).toBe(200);

    const res = await call('officer', 'POST', `/api/calls/${SEED_CALL_ID}/decisions/prepare`, {});
    expect(res.statusCode, res.body).toBe(202);
    const job = res.json<DecisionJob>();
    expect(job).toMatchObject({ kind: 'prepare', state: 'queued' });
    expect((await list()).job?.id).toBe(job.id);
    await runJobs();
    const done = await call('leader', 'GET', `/api/decision-jobs/${job.id}`);
    expect(done.json<DecisionJob>()).toMatchObject({ state: 'done', done: 6, total: 6 });

    const decisions = await list();
    expect(decisions.approvedScenarioId).toBe(scenario.id);
    expect(decisions.missing).toBe(0);
    expect(decisions.job).toBeNull();
    expect(decisions.counts.drafted).toBe(6);
    const kinds = decisions.decisions.map((d) => [d.kind, d.track]);
    expect(kinds).toEqual([
      ['innvilget', 'enkeltvedtak'],
      ['innvilget', 'tilskuddsbrev'],
      ['innvilget', 'enkeltvedtak'],
      ['innvilget', 'tilskuddsbrev'],
      ['avslatt', 'tilskuddsbrev'],
      ['avvist', 'enkeltvedtak'],
    ]);
    expect(decisions.decisions.every((d) => d.language === 'nb')).toBe(true);

    // Preparing again drafts nothing twice.
    await call('officer', 'POST', `/api/calls/${SEED_CALL_ID}/decisions/prepare`, {});
    await runJobs();
    expect((await list()).decisions).toHaveLength(6);
  });

  it('R28: reasons are edited on a base version; a stale base gets what is stored; never empty', async () => {
    const first = (await list()).decisions[0];
    if (!first) throw new Error('no decision');
    const url = `/api/decisions/${first.id}`;
    const detail = (await call('officer', 'GET', url)).json<DecisionDetail>();
    expect(detail.reasons.rules.length).toBeGreaterThan(0);
    expect(detail.reasons.facts.length).toBeGreaterThan(0);
    expect(detail.history.map((h) => h.action)).toEqual(['drafted']);
    const edited = {
      ...detail.reasons,
      considerations: [
        ...detail.reasons.considerations,
        { source: 'officer', text: 'Prosjektet dekker et behov ingen andre søknader dekker.' },
      ],
    };
    const ok = await call('officer', 'PUT', `${url}/reasons`, {
      baseVersion: detail.version,
      reasons: edited,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<DecisionDetail>()).toMatchObject({ version: detail.version + 1 });
    const stale = await call('officer', 'PUT', `${url}/reasons`, {
      baseVersion: detail.version,
      reasons: detail.reasons,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'decision_changed',
      current: { version: detail.version + 1, reasons: { considerations: edited.considerations } },
    });
    const empty = await call('officer', 'PUT', `${url}/reasons`, {
      baseVersion: detail.version + 1,
      reasons: { ...edited, facts: [], rules: [{ source: 'x', text: '  ' }] },
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.json()).toMatchObject({
      code: 'validation_failed',
      errors: [
        { path: 'reasons.rules[0].text', message: 'må inneholde tekst, ikke bare mellomrom' },
        { path: 'reasons.facts', message: 'må nevne minst ett faktisk forhold vedtaket bygger på' },
      ],
    });
  });

  it('R28: nobody approves their own draft; the leader approves what the officer drafted', async () => {
    const decisions = (await list()).decisions;
    const [own, ...rest] = decisions;
    if (!own) throw new Error('no decision');
    // As if the leader had drafted this one (a person holding both roles): they may not approve it.
    const leaderId = await userIdOf(t, 'leader');
    const db = t.ctx.store.db;
    const officerDrafted = await db
      .selectFrom('decision')
      .select('drafted_by')
      .where('id', '=', own.id)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('decision')
      .set({ drafted_by: leaderId })
      .where('id', '=', own.id)
      .execute();
    const refused = await call('leader', 'POST', `/api/decisions/${own.id}/approve`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'decision_four_eyes' });
    const bulk = await call('leader', 'POST', `/api/calls/${SEED_CALL_ID}/decisions/approve`, {
      decisionIds: decisions.map((d) => d.id),
    });
    expect(bulk.statusCode, bulk.body).toBe(200);
    const answer = bulk.json<BulkAnswer>();
    expect(answer.done).toEqual(rest.map((d) => d.id));
    expect(answer.refused).toEqual([
      {
        decisionId: own.id,
        code: 'decision_four_eyes',
        message: 'Den som har utarbeidet vedtaket, kan ikke selv godkjenne det',
      },
    ]);
    await db
      .updateTable('decision')
      .set({ drafted_by: officerDrafted.drafted_by })
      .where('id', '=', own.id)
      .execute();
    const ok = await call('leader', 'POST', `/api/decisions/${own.id}/approve`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<DecisionDetail>()).toMatchObject({ state: 'approved', approvedBy: 'Hanne Vik' });
    expect((await list()).counts.approved).toBe(6);
  });

  it('R28: nothing is shown to the applicant before the decision is issued', async () => {
    const [caseId, info] = [...cases.entries()][0] ?? [];
    if (!caseId || !info) throw new Error('no case');
    const res = await call(
      'applicant-kristiania',
      'GET',
      `/api/applications/${info.applicationId}/decision`,
    );
    expect(res.statusCode).toBe(404);
  });

  it('R28, R29: issuing stores each letter with its hash and queues one e-mail per person with the PDF', async () => {
    await t.clock.set(ISSUE_AT, { frozen: true });
    const res = await call('leader', 'POST', `/api/calls/${SEED_CALL_ID}/decisions/issue`, {});
    expect(res.statusCode, res.body).toBe(202);
    await runJobs();
    const job = (
      await call('officer', 'GET', `/api/decision-jobs/${res.json<DecisionJob>().id}`)
    ).json<DecisionJob>();
    expect(job).toMatchObject({ kind: 'issue', state: 'done', done: 6, total: 6 });
    const decisions = (await list()).decisions;
    expect(
      decisions.every((d) => d.state === 'issued' && d.issuedAt === ISSUE_AT.toISOString()),
    ).toBe(true);

    const db = t.ctx.store.db;
    for (const d of decisions) {
      const detail = (
        await call('officer', 'GET', `/api/decisions/${d.id}`)
      ).json<DecisionDetail>();
      const letter = await call('officer', 'GET', `/api/decisions/${d.id}/letter.pdf`);
      expect(letter.headers['content-type']).toBe('application/pdf');
      expect(createHash('sha256').update(letter.rawPayload).digest('hex')).toBe(
        detail.letterSha256,
      );
      const text = (await readPdf(letter.rawPayload)).text.replace(/\s+/g, ' ');
      if (d.track === 'enkeltvedtak') {
        // Received the day of issue (digital delivery); three weeks later, a Wednesday.
        expect(detail.appealDeadline).toBe('2021-12-22T22:59:59.000Z');
        expect(text).toContain('Klageinstans er Kunnskapsdepartementet');
        expect(text).toContain('siste dag for klage 22. desember 2021');
      } else {
        expect(detail.appealDeadline).toBeNull();
        expect(text).not.toContain('Dere kan klage på vedtaket');
      }
      if (d.kind === 'innvilget') {
        // The grant's terms: purpose, amount, control (økonomiregelverket's list, from data).
        const purpose = t.ctx.calls[0]?.decision.purpose.nb.slice(0, 40) ?? '-';
        expect(text).toContain(purpose);
        expect(text).toContain('1 500 000');
        expect(text).toContain('Riksrevisjonen');
      }
      const mails = await db
        .selectFrom('outbox_message as m')
        .leftJoin('outbox_attachment as a', 'a.message_id', 'm.id')
        .select(['m.to_address', 'm.subject', 'a.content_type', 'a.content'])
        .where('m.topic', '=', 'decision')
        .where('m.reference_id', '=', d.id)
        .orderBy('m.to_address')
        .execute();
      const orgnr = cases.get(d.caseId)?.orgnr;
      expect(mails.map((m) => m.to_address)).toEqual(
        orgnr === KRISTIANIA
          ? ['ingrid.berg@kristiania.example']
          : ['kari.nordmann@ntnu.example', 'ola.haugen@ntnu.example'],
      );
      for (const m of mails) {
        expect(m.subject).toBe(`Vedtak i sak ${d.caseNumber}: ${t.ctx.calls[0]?.title.nb}`);
        expect(m.content_type).toBe('application/pdf');
        expect(
          createHash('sha256')
            .update(Buffer.from(m.content ?? []))
            .digest('hex'),
        ).toBe(detail.letterSha256);
      }
    }
    // An English courtesy copy is rendered on request, not the letter that was sent.
    const first = decisions[0];
    if (!first) throw new Error('no decision');
    const en = await call('officer', 'GET', `/api/decisions/${first.id}/letter.pdf?lang=en`);
    expect(en.statusCode).toBe(200);
    expect(en.headers['x-content-sha256']).toBeUndefined();
    expect((await readPdf(en.rawPayload)).text.replace(/\s+/g, ' ')).toContain(
      'The appeal body is',
    );
  });

  const ownOf = async (persona: string, caseId: string) => {
    const info = cases.get(caseId);
    if (!info) throw new Error('no case');
    return call(persona, 'GET', `/api/applications/${info.applicationId}/decision`);
  };
  const caseIdsOf = (orgnr: string) =>
    [...cases.entries()]
      .filter(([id, c]) => c.orgnr === orgnr && id !== rejectedCaseId)
      .map(([id]) => id);

  it("R28: the applicant sees their own institution's issued decision and its letter, no one else's", async () => {
    const [caseId] = caseIdsOf(KRISTIANIA);
    if (!caseId) throw new Error('no case');
    const own = await ownOf('applicant-kristiania', caseId);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json<OwnDecision>()).toMatchObject({
      kind: 'innvilget',
      track: 'enkeltvedtak',
      grantNok: 1_500_000,
      canAppeal: true,
      appeal: null,
      appealDeadline: '2021-12-22T22:59:59.000Z',
    });
    expect((await ownOf('applicant-ntnu', caseId)).statusCode).toBe(404);
    const info = cases.get(caseId);
    const letter = await call(
      'applicant-kristiania',
      'GET',
      `/api/applications/${info?.applicationId}/decision/letter.pdf`,
    );
    expect(createHash('sha256').update(letter.rawPayload).digest('hex')).toBe(
      own.json<OwnDecision>().letterSha256,
    );
  });

  let appealId = '';

  it('R28: a private college files a klage in time; a late one is taken in and flagged with its date', async () => {
    const [inTime, late] = caseIdsOf(KRISTIANIA);
    if (!inTime || !late) throw new Error('no cases');
    await t.clock.set(osloWallTimeToInstant('2021-12-22T23:59:59'), { frozen: true });
    const filed = await call(
      'applicant-kristiania',
      'POST',
      `/api/applications/${cases.get(inTime)?.applicationId}/decision/appeal`,
      {
        text: 'Vi mener søknaden er vurdert feil på kriteriet relevans.',
      },
    );
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json<OwnAppeal>()).toMatchObject({ late: false, state: 'received' });
    appealId = filed.json<OwnAppeal>().id;
    const again = await call(
      'applicant-kristiania',
      'POST',
      `/api/applications/${cases.get(inTime)?.applicationId}/decision/appeal`,
      { text: 'En gang til.' },
    );
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ code: 'appeal_not_open' });

    await t.clock.set(osloWallTimeToInstant('2021-12-23T00:00:01'), { frozen: true });
    const lateFiled = await call(
      'applicant-kristiania',
      'POST',
      `/api/applications/${cases.get(late)?.applicationId}/decision/appeal`,
      {
        text: 'Vi klager, selv om fristen har gått ut.',
      },
    );
    expect(lateFiled.statusCode, lateFiled.body).toBe(201);
    expect(lateFiled.json<OwnAppeal>()).toMatchObject({
      late: true,
      receivedAt: '2021-12-22T23:00:01.000Z',
    });

    const appeals = await call('officer', 'GET', `/api/calls/${SEED_CALL_ID}/appeals`);
    expect(appeals.json<{ late: boolean }[]>().map((a) => a.late)).toEqual([false, true]);
    const own = (await ownOf('applicant-kristiania', inTime)).json<OwnDecision>();
    expect(own).toMatchObject({ canAppeal: false, appeal: { id: appealId, state: 'received' } });
  });

  it("R28: a state university's tilskuddsbrev cannot be appealed", async () => {
    const [caseId] = caseIdsOf(NTNU);
    const res = await call(
      'applicant-ntnu',
      'POST',
      `/api/applications/${cases.get(caseId ?? '')?.applicationId}/decision/appeal`,
      {
        text: 'Vi vil klage.',
      },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'appeal_not_open' });
    expect((await ownOf('applicant-ntnu', caseId ?? '')).json<OwnDecision>().canAppeal).toBe(false);
  });

  it('R28: the officer sends a preliminary reply, forwards the klage and records the result, each told to the party', async () => {
    const base = `/api/appeals/${appealId}`;
    const reply = await call('officer', 'POST', `${base}/preliminary-reply`, {
      text: 'Vi trenger mer tid fordi fagekspertene må se på saken igjen.',
      expectedBy: '2022-02-15',
    });
    expect(reply.statusCode, reply.body).toBe(200);
    expect(reply.json<AppealDetail>()).toMatchObject({
      state: 'preliminary_reply_sent',
      preliminaryReply: { expectedBy: '2022-02-15' },
    });
    const forwarded = await call('officer', 'POST', `${base}/forward`, {
      summary: 'Direktoratet opprettholder vedtaket; vurderingen av relevans står seg.',
    });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    expect(forwarded.json<AppealDetail>().state).toBe('forwarded');
    const settled = await call('officer', 'POST', `${base}/settle`, {
      result: 'upheld',
      text: 'Departementet stadfester direktoratets vedtak.',
    });
    expect(settled.statusCode, settled.body).toBe(200);
    const detail = settled.json<AppealDetail>();
    expect(detail).toMatchObject({
      state: 'settled',
      filedBy: 'Ingrid Berg',
      deadline: '2021-12-22T22:59:59.000Z',
      result: { result: 'upheld' },
    });
    const decision = (
      await call('officer', 'GET', `/api/decisions/${detail.decisionId}`)
    ).json<DecisionDetail>();
    expect(decision.state).toBe('settled');
    expect(decision.history.map((h) => h.action)).toEqual([
      'drafted',
      'reasons_edited',
      'approved',
      'issued',
      'appealed',
      'forwarded',
      'settled',
    ]);
    const mails = await t.ctx.store.db
      .selectFrom('outbox_message')
      .select(['subject', 'to_address'])
      .where('topic', '=', 'appeal')
      .where('reference_id', '=', appealId)
      .orderBy('created_at')
      .execute();
    expect(mails.map((m) => m.subject)).toEqual([
      `Ny klage i sak ${detail.caseNumber}`,
      `Foreløpig svar på klagen i sak ${detail.caseNumber}`,
      `Klagen i sak ${detail.caseNumber} er avgjort`,
    ]);
    const audit = await t.ctx.store.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_id', '=', detail.decisionId)
      .execute();
    expect(audit.map((a) => a.action)).toContain('decision.settled');
  });

  it('R28: the deciding body changes its decision after a klage: a new decision through the same four eyes, issued', async () => {
    const appeals = (await call('officer', 'GET', `/api/calls/${SEED_CALL_ID}/appeals`)).json<
      AppealDetail[]
    >();
    const late = appeals.find((a) => a.late);
    if (!late) throw new Error('no late appeal');
    const tooMuch = await call('officer', 'POST', `/api/appeals/${late.id}/reconsider`, {
      outcome: 'delvis_innvilget',
      grantNok: 1_600_000,
      reason: 'Mer enn omsøkt',
    });
    expect(tooMuch.statusCode).toBe(422);
    // With another grant in force raised near the pot, the change would pass it: refused.
    const db = t.ctx.store.db;
    const other = (await list()).decisions.find(
      (d) => d.kind === 'innvilget' && d.track === 'tilskuddsbrev',
    );
    if (!other) throw new Error('no other grant');
    await db
      .updateTable('decision')
      .set({ grant_nok: 16_000_000 })
      .where('id', '=', other.id)
      .execute();
    const pastPot = await call('officer', 'POST', `/api/appeals/${late.id}/reconsider`, {
      outcome: 'delvis_innvilget',
      grantNok: 1_200_000,
      reason: 'Klagen tas delvis til følge.',
    });
    expect(pastPot.statusCode).toBe(409);
    expect(pastPot.json()).toMatchObject({ code: 'decision_pot_exceeded', potNok: 20_000_000 });
    await db
      .updateTable('decision')
      .set({ grant_nok: 1_500_000 })
      .where('id', '=', other.id)
      .execute();
    const res = await call('officer', 'POST', `/api/appeals/${late.id}/reconsider`, {
      outcome: 'delvis_innvilget',
      grantNok: 1_200_000,
      reason: 'Klagen er tatt til følge i en mindre del: reisene dekkes av andre midler.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AppealDetail>().state).toBe('reconsidered');
    const decisions = (await list()).decisions;
    const replacement = decisions.find((d) => d.state === 'drafted');
    expect(replacement).toMatchObject({ kind: 'delvis_innvilget', grantNok: 1_200_000 });
    expect((await list()).counts.reconsidered).toBe(1);
    if (!replacement) throw new Error('no replacement');
    // The same four eyes: the officer who drafted it cannot approve; the leader does, then it is issued.
    expect(
      (await call('officer', 'POST', `/api/decisions/${replacement.id}/approve`, {})).statusCode,
    ).toBe(403);
    const approved = await call('leader', 'POST', `/api/decisions/${replacement.id}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    await call('officer', 'POST', `/api/calls/${SEED_CALL_ID}/decisions/issue`, {});
    await runJobs();
    const own = await ownOf('applicant-kristiania', replacement.caseId);
    expect(own.json<OwnDecision>()).toMatchObject({
      decisionId: replacement.id,
      kind: 'delvis_innvilget',
      grantNok: 1_200_000,
      canAppeal: true,
    });
  });

  it('the public award list shows issued grants only, as JSON and CSV', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/public/calls/${SEED_CALL_ID}/awards`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const awards = res.json<PublicAward[]>();
    // The reconsidered case stands with its new, issued grant; refusals and rejections are not listed.
    expect(awards.map((a) => [a.institutionOrgnr, a.grantNok, a.county])).toEqual([
      [KRISTIANIA, 1_500_000, 'Trøndelag'],
      [NTNU, 1_500_000, 'Vestland'],
      [KRISTIANIA, 1_200_000, 'Møre og Romsdal'],
      [NTNU, 1_500_000, 'Nordland'],
    ]);
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/public/calls/${SEED_CALL_ID}/awards.csv`,
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'institution_name;institution_orgnr;project_title;case_number;grant_nok;county;issued_at',
    );
    expect(lines[1]).toBe(
      `Høyskolen Kristiania;${KRISTIANIA};${awards[0]?.projectTitle};${awards[0]?.caseNumber};1500000;Trøndelag;${ISSUE_AT.toISOString()}`,
    );
  });
});
