/**
 * The allocation workspace over the API (R27): ranking, scenarios from the baseline, reductions
 * with reasons and cut lines, the reserve list, departures that need reasons, four eyes with a
 * return and an approval, the frozen approved allocation and its successor, and who may do what.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AllocationWorkspace, ScenarioDetail } from '../../../web/api/allocation-types.js';
import { callAs, createAssessableCase, type Method } from '../../../../test/helpers/cases.js';
import { SEED_CALL_ID } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import {
  seedAllocatableCases,
  variedCases,
  type SeededCase,
} from '../../../../test/helpers/allocation.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

describeEachDialect('allocation workspace (R27)', (dialect) => {
  let t: TestApp;
  let seeded: SeededCase[];
  let notReadyId: string;
  const call = (persona: string, method: Method | 'PATCH', url: string, payload?: unknown) =>
    callAs(t, persona, method as Method, url, payload);
  const workspace = async () =>
    (
      await call('officer', 'GET', `/api/calls/${SEED_CALL_ID}/allocation`)
    ).json<AllocationWorkspace>();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    notReadyId = await createAssessableCase(t); // intake closed, formal check passed, no consensus
    const seedCall = t.ctx.calls.find((c) => c.id === SEED_CALL_ID);
    if (!seedCall) throw new Error('no seed call');
    seeded = await seedAllocatableCases(t.ctx.store.db, seedCall, variedCases(14), {
      firstSeq: 100,
    });
  }, 60_000);
  afterAll(async () => t.close());

  const entryOf = (s: ScenarioDetail, caseId: string) => {
    const e = s.entries.find((x) => x.caseId === caseId);
    if (!e) throw new Error(`no entry ${caseId}`);
    return e;
  };

  it('R27: the workspace ranks cases with consensus and lists those not ready', async () => {
    const ws = await workspace();
    expect(ws.potNok).toBe(20_000_000);
    expect(ws.cases).toHaveLength(14);
    expect(ws.cases.map((c) => c.rank)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    // Recommended first, the holistic conclusion before the score.
    const firstNot = ws.cases.findIndex((c) => !c.recommended);
    expect(ws.cases.slice(firstNot).every((c) => !c.recommended)).toBe(true);
    expect(ws.cases[0]?.holistic).toBe('fund');
    expect(ws.cases[0]?.budgetLines).toHaveLength(2);
    expect(ws.notReady.map((c) => c.caseId)).toEqual([notReadyId]);
    expect(ws.baseline.totals.grantedNok).toBeLessThanOrEqual(20_000_000);
    expect(ws.baseline.cutRank).not.toBeNull();
    expect(ws.scenarios).toEqual([]);
  });

  let scenario: ScenarioDetail;

  it('R27: a scenario from the greedy baseline places every case as the baseline does', async () => {
    const res = await call('officer', 'POST', `/api/calls/${SEED_CALL_ID}/allocation/scenarios`, {
      name: 'Rangering',
      from: 'greedy',
    });
    expect(res.statusCode, res.body).toBe(201);
    scenario = res.json<ScenarioDetail>();
    const ws = await workspace();
    expect(scenario.entries.map(({ version: _v, ...e }) => e)).toEqual(ws.baseline.entries);
    expect(scenario.totals).toEqual(ws.baseline.totals);
    expect(scenario.departures).toEqual([]);
    expect(scenario.history.map((h) => h.action)).toEqual(['created']);
    expect(ws.scenarios.map((s) => s.id)).toEqual([scenario.id]);
  });

  const put = (caseId: string, body: Record<string, unknown>, persona = 'officer') =>
    call(persona, 'PUT', `/api/allocation/scenarios/${scenario.id}/entries/${caseId}`, body);

  it('R27: a reduction needs a reason and cut lines summing to applied − grant', async () => {
    const funded = scenario.entries.find(
      (e) =>
        e.placement === 'main' &&
        e.grantNok === seeded.find((s) => s.caseId === e.caseId)?.appliedNok,
    );
    if (!funded) throw new Error('no fully funded case');
    const c = seeded.find((s) => s.caseId === funded.caseId) as SeededCase;
    const grant = c.appliedNok - 100_000;
    const base = {
      baseVersion: funded.version,
      placement: 'main',
      grantNok: grant,
      reservePosition: null,
      departureReason: null,
    };
    const noReason = await put(c.caseId, {
      ...base,
      reduction: { reason: ' ', cuts: [{ lineId: c.lines[0]?.id, cutNok: 100_000 }] },
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json()).toMatchObject({
      errors: [
        { path: 'reduction.reason', message: 'skriv hvorfor tilskuddet er lavere enn omsøkt' },
      ],
    });
    const badSum = await put(c.caseId, {
      ...base,
      reduction: {
        reason: 'Lavere reisekostnader',
        cuts: [{ lineId: c.lines[0]?.id, cutNok: 90_000 }],
      },
    });
    expect(badSum.statusCode).toBe(422);
    expect(JSON.stringify(badSum.json())).toContain('reduction.cuts');
    const ok = await put(c.caseId, {
      ...base,
      reduction: {
        reason: 'Lavere reisekostnader',
        cuts: [
          { lineId: c.lines[0]?.id, cutNok: 60_000 },
          { lineId: c.lines[1]?.id, cutNok: 40_000 },
        ],
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    scenario = ok.json<ScenarioDetail>();
    expect(entryOf(scenario, c.caseId)).toMatchObject({
      grantNok: grant,
      version: funded.version + 1,
    });
    expect(scenario.totals.grantedNok).toBe(
      scenario.entries.reduce((s, e) => s + (e.grantNok ?? 0), 0),
    );
    // The same base again is a conflict that hands back what is stored now.
    const stale = await put(c.caseId, { ...base, grantNok: c.appliedNok, reduction: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'allocation_entry_changed',
      current: { grantNok: grant },
    });
  });

  it('R27: a grant that would take the total past the pot is refused with what is left', async () => {
    const recommended = new Set(
      (await workspace()).cases.filter((c) => c.recommended).map((c) => c.caseId),
    );
    const out = scenario.entries.find((e) => e.placement !== 'main' && recommended.has(e.caseId));
    if (!out) throw new Error('no unfunded recommended case');
    const c = seeded.find((s) => s.caseId === out.caseId) as SeededCase;
    const grantNok = Math.min(c.appliedNok, 2_500_000);
    expect(scenario.totals.remainingNok).toBeLessThan(grantNok);
    const res = await put(c.caseId, {
      baseVersion: out.version,
      placement: 'main',
      grantNok,
      reduction: null,
      reservePosition: null,
      departureReason: null,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'allocation_pot_exceeded',
      remainingNok: scenario.totals.remainingNok,
    });
    const after = (
      await call('officer', 'GET', `/api/allocation/scenarios/${scenario.id}`)
    ).json<ScenarioDetail>();
    expect(after.totals).toEqual(scenario.totals);
  });

  it('R27: a case moves to the reserve list; a departure needs a reason before propose', async () => {
    const firstMain = scenario.entries.find((e) => e.placement === 'main');
    if (!firstMain) throw new Error('no main');
    const res = await put(firstMain.caseId, {
      baseVersion: firstMain.version,
      placement: 'reserve',
      grantNok: null,
      reduction: null,
      reservePosition: 1,
      departureReason: null,
    });
    expect(res.statusCode, res.body).toBe(200);
    scenario = res.json<ScenarioDetail>();
    expect(entryOf(scenario, firstMain.caseId)).toMatchObject({
      placement: 'reserve',
      reservePosition: 1,
    });
    expect(
      scenario.entries
        .filter((e) => e.placement === 'reserve')
        .map((e) => e.reservePosition)
        .sort(),
    ).toEqual(Array.from({ length: scenario.reserveCount }, (_, i) => i + 1));
    expect(scenario.departures).toEqual([
      { caseId: firstMain.caseId, kind: 'left_out_above_cut', reason: null },
    ]);
    const refused = await call(
      'officer',
      'POST',
      `/api/allocation/scenarios/${scenario.id}/propose`,
      {},
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'allocation_departures_unexplained',
      caseIds: [firstMain.caseId],
    });
    const moved = entryOf(scenario, firstMain.caseId);
    const { caseId: _id, version, ...movedBody } = moved;
    const reasoned = await put(firstMain.caseId, {
      ...movedBody,
      baseVersion: version,
      departureReason: 'Prosjektet er delvis finansiert av fylket',
    });
    expect(reasoned.statusCode, reasoned.body).toBe(200);
    scenario = reasoned.json<ScenarioDetail>();
    expect(scenario.departures[0]?.reason).toBe('Prosjektet er delvis finansiert av fylket');
  });

  it('R27: applicants and assessors may not read or change an allocation', async () => {
    for (const persona of ['applicant-ntnu', 'assessor-1']) {
      expect((await call(persona, 'GET', `/api/calls/${SEED_CALL_ID}/allocation`)).statusCode).toBe(
        403,
      );
      expect(
        (await call(persona, 'GET', `/api/allocation/scenarios/${scenario.id}`)).statusCode,
      ).toBe(403);
      expect(
        (
          await put(
            seeded[0]?.caseId ?? '',
            {
              baseVersion: 0,
              placement: 'refused',
              grantNok: null,
              reduction: null,
              reservePosition: null,
              departureReason: null,
            },
            persona,
          )
        ).statusCode,
      ).toBe(403);
    }
    expect(
      (await call('leader', 'GET', `/api/allocation/scenarios/${scenario.id}`)).statusCode,
    ).toBe(200);
    expect(
      (await call('officer', 'POST', `/api/allocation/scenarios/${scenario.id}/approve`, {}))
        .statusCode,
    ).toBe(403);
  });

  let approvedId = '';

  it('R27: the leader returns with a comment, then approves; the approved allocation is frozen', async () => {
    const proposed = await call(
      'officer',
      'POST',
      `/api/allocation/scenarios/${scenario.id}/propose`,
      { comment: 'Til godkjenning' },
    );
    if (
      proposed.statusCode === 422 &&
      proposed.json<{ code: string }>().code === 'allocation_limits_broken'
    ) {
      throw new Error(`limits: ${proposed.body}`);
    }
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json<ScenarioDetail>().state).toBe('proposed');
    const noComment = await call(
      'leader',
      'POST',
      `/api/allocation/scenarios/${scenario.id}/return`,
      { comment: '  ' },
    );
    expect(noComment.statusCode).toBe(422);
    expect(noComment.json()).toMatchObject({ errors: [{ path: 'comment' }] });
    const returned = await call(
      'leader',
      'POST',
      `/api/allocation/scenarios/${scenario.id}/return`,
      { comment: 'Se på fylkesfordelingen' },
    );
    expect(returned.json<ScenarioDetail>().state).toBe('returned');
    expect(
      (await call('leader', 'POST', `/api/allocation/scenarios/${scenario.id}/approve`, {}))
        .statusCode,
    ).toBe(409);
    expect(
      (await call('officer', 'POST', `/api/allocation/scenarios/${scenario.id}/propose`, {}))
        .statusCode,
    ).toBe(200);
    const approved = await call(
      'leader',
      'POST',
      `/api/allocation/scenarios/${scenario.id}/approve`,
      { comment: 'Godkjent' },
    );
    expect(approved.statusCode, approved.body).toBe(200);
    const detail = approved.json<ScenarioDetail>();
    expect(detail.state).toBe('approved');
    expect(detail.history.map((h) => [h.action, h.comment])).toEqual(
      expect.arrayContaining([
        ['returned', 'Se på fylkesfordelingen'],
        ['approved', 'Godkjent'],
      ]),
    );
    approvedId = detail.id;
    const { caseId, version, ...body } = detail.entries[0] ?? { caseId: '', version: 0 };
    const frozen = await put(caseId, { ...body, baseVersion: version });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json()).toMatchObject({ code: 'allocation_frozen' });
    expect(
      (await call('officer', 'PATCH', `/api/allocation/scenarios/${approvedId}`, { name: 'Nytt' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await call('officer', 'DELETE', `/api/allocation/scenarios/${approvedId}`)).statusCode,
    ).toBe(409);
    expect((await workspace()).approvedScenarioId).toBe(approvedId);
  });

  it('R27: a change after approval needs a copy and a new approval; the history shows both', async () => {
    const copy = await call('officer', 'POST', `/api/calls/${SEED_CALL_ID}/allocation/scenarios`, {
      name: 'Endring',
      from: 'copy',
      scenarioId: approvedId,
    });
    expect(copy.statusCode, copy.body).toBe(201);
    const c = copy.json<ScenarioDetail>();
    expect(c).toMatchObject({ state: 'draft', origin: 'copy', copiedFrom: approvedId });
    expect(c.history.map((h) => h.action)).toEqual(['copied']);
    expect(
      (await call('officer', 'POST', `/api/allocation/scenarios/${c.id}/propose`, {})).statusCode,
    ).toBe(200);
    expect(
      (await call('leader', 'POST', `/api/allocation/scenarios/${c.id}/approve`, {})).statusCode,
    ).toBe(200);
    const old = (
      await call('leader', 'GET', `/api/allocation/scenarios/${approvedId}`)
    ).json<ScenarioDetail>();
    expect(old.state).toBe('superseded');
    expect(old.history.map((h) => h.action)).toEqual([
      'created',
      'changed',
      'changed',
      'changed',
      'proposed',
      'returned',
      'proposed',
      'approved',
      'superseded',
    ]);
    expect((await workspace()).approvedScenarioId).toBe(c.id);
    const cmp = await call(
      'leader',
      'GET',
      `/api/calls/${SEED_CALL_ID}/allocation/compare?a=${approvedId}&b=${c.id}`,
    );
    expect(cmp.statusCode, cmp.body).toBe(200);
    expect(cmp.json<{ rows: { change: string }[] }>().rows.every((r) => r.change === 'same')).toBe(
      true,
    );
    const xlsx = await call(
      'leader',
      'GET',
      `/api/allocation/scenarios/${c.id}/export.xlsx?lang=en`,
    );
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
