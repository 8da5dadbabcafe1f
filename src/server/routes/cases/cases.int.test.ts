/**
 * Case handling over the API (R23–R26): intake at the deadline, the formal check, conflicts and
 * the § 6 declaration, private assessments, consensus, and who may read what.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../store/repositories/audit.repository.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import {
  authHeaders,
  createCompleteApplication,
  createDraft,
  SEED_CALL_ID,
  submit,
} from '../../../../test/helpers/applications.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

const PARTNER = '968430777'; // Fjordstål Verft AS, a partner company of the base application
const AFTER_DEADLINE = new Date('2021-09-15T15:00:00Z'); // 17:00 Oslo time, CEST

const criteria = [
  'competence-need',
  'many-companies',
  'export-import-competing',
  'short-flexible-modules',
  'secures-jobs',
  'less-vulnerable',
  'longer-working-lives',
];

function fullAssessment(score: (i: number) => number) {
  return {
    scores: Object.fromEntries(
      criteria.map((id, i) => [id, { score: score(i), justification: `Begrunnelse for ${id}.` }]),
    ),
    holistic: { recommendation: 'fund', reasons: 'Godt forankret klynge med tydelig behov.' },
  };
}

interface CaseDetail {
  id: string;
  caseNumber: string;
  status: string;
  formalResult: string;
  disagreement: boolean;
  meanScore: number | null;
  formalCheck: { findings: { key: string; severity: string; decision: string | null }[] };
  assignments: { id: string; assessor: { name: string }; status: string }[];
  assessments: { assessor: { name: string } }[];
  notices: { kind: string }[];
  consensus: unknown;
}

describeEachDialect('case handling', (dialect) => {
  let t: TestApp;
  let caseId: string;
  let secondCaseId: string;
  const userIds = new Map<string, string>();

  const as = async (persona: string) => authHeaders(t, persona);
  const call = async (
    persona: string,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ) =>
    t.app.inject({
      method,
      url,
      headers: { ...(await as(persona)), 'accept-language': 'nb' },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const submitted = await createCompleteApplication(t);
    expect((await submit(t, submitted, 'case-handling-1')).statusCode).toBe(201);
    const second = await createCompleteApplication(t, 'applicant-ntnu-2');
    expect((await submit(t, second, 'case-handling-2', 'applicant-ntnu-2')).statusCode).toBe(201);
    await createDraft(t, 'applicant-kristiania', '954831604');
    for (const persona of ['assessor-1', 'assessor-2']) {
      const me = await call(persona, 'GET', '/api/me');
      userIds.set(persona, me.json<{ id: string }>().id);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('R3: before the deadline there are no cases, and intake is open', async () => {
    const res = await call('officer', 'GET', `/api/calls/${SEED_CALL_ID}/cases`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ intake: { closed: false }, total: 0, items: [] });
  });

  it('R23: at the deadline intake closes by itself; the submitted version becomes a case and the draft is listed apart', async () => {
    await t.clock.set(AFTER_DEADLINE);
    const res = await call('officer', 'GET', `/api/calls/${SEED_CALL_ID}/cases`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<{
      intake: { closed: boolean; cases: number; notSubmitted: number };
      total: number;
      items: {
        id: string;
        caseNumber: string;
        companies: number;
        participants: number;
        grantApplied: number;
        county: string;
        status: string;
      }[];
    }>();
    expect(page.intake).toMatchObject({ closed: true, cases: 2, notSubmitted: 1 });
    expect(page.total).toBe(2);
    expect(page.items[0]).toMatchObject({
      caseNumber: 'SAK-KOMP21-0001',
      companies: 4,
      participants: 51,
      grantApplied: 1_850_000,
      county: 'Trøndelag',
      status: 'formal_check',
    });
    caseId = page.items[0]?.id ?? '';
    secondCaseId = page.items[1]?.id ?? '';
    expect(page.items[1]?.caseNumber).toBe('SAK-KOMP21-0002');

    const drafts = await call('officer', 'GET', `/api/calls/${SEED_CALL_ID}/cases/not-submitted`);
    expect(drafts.json()).toEqual([
      expect.objectContaining({
        institution: expect.objectContaining({ orgnr: '954831604' }),
        status: 'draft',
      }),
    ]);

    // A second request, or a second process, never takes the call in twice.
    const again = await call('leader', 'GET', `/api/calls/${SEED_CALL_ID}/cases`);
    expect(again.json<{ total: number }>().total).toBe(2);
  });

  it('filters, sorts and pages in the database, and refuses a bad filter naming it', async () => {
    const filtered = await call(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/cases?minCompanies=5&sort=grantApplied&dir=desc`,
    );
    expect(filtered.json<{ total: number }>().total).toBe(0);
    const text = await call(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/cases?q=komp21-0002&status=formal_check`,
    );
    expect(text.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([secondCaseId]);
    const sorted = await call(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/cases?sort=caseNumber&dir=desc&pageSize=10`,
    );
    expect(sorted.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([
      secondCaseId,
      caseId,
    ]);
    // Upper-case Æ, Ø and Å find their lower-case selves (SQLite's lower() would not).
    const norwegian = await call(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/cases?q=${encodeURIComponent('KOMPETANSELØFT FOR MARITIM')}`,
    );
    expect(norwegian.json<{ total: number }>().total).toBe(2);
    const literal = await call('officer', 'GET', `/api/calls/${SEED_CALL_ID}/cases?q=%25`);
    expect(literal.json<{ total: number }>().total).toBe(0);
    const paged = await call(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/cases?pageSize=10&page=2`,
    );
    expect(paged.json()).toMatchObject({ total: 2, page: 2, items: [] });
    const bad = await call('officer', 'GET', `/api/calls/${SEED_CALL_ID}/cases?sort=secret`);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('sort');
  });

  it('R23: an overruled finding needs a reason; completing the check needs every finding decided', async () => {
    const detail = (await call('officer', 'GET', `/api/cases/${caseId}`)).json<CaseDetail>();
    if (detail.formalCheck.findings.length > 0) {
      const key = detail.formalCheck.findings[0]?.key ?? '';
      const early = await call('officer', 'POST', `/api/cases/${caseId}/formal-check/complete`);
      expect(early.statusCode).toBe(422);
      const noReason = await call('officer', 'PUT', `/api/cases/${caseId}/findings/${key}`, {
        decision: 'overruled',
      });
      expect(noReason.statusCode).toBe(422);
      expect(noReason.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('reason');
      for (const f of detail.formalCheck.findings) {
        const ok = await call('officer', 'PUT', `/api/cases/${caseId}/findings/${f.key}`, {
          decision: 'overruled',
          reason: 'Vurdert manuelt: forholdet er dokumentert i vedlegg.',
        });
        expect(ok.statusCode, ok.body).toBe(200);
      }
    }
    const done = await call('officer', 'POST', `/api/cases/${caseId}/formal-check/complete`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<CaseDetail>()).toMatchObject({
      formalResult: 'passed',
      status: 'awaiting_assessors',
    });
  });

  it('R26: an assessor tied to a partner company is blocked until the officer overrides with a reason', async () => {
    const tie = await call(
      'admin',
      'POST',
      `/api/assessors/${userIds.get('assessor-2')}/affiliations`,
      {
        orgnr: PARTNER,
        role: 'employee',
      },
    );
    expect(tie.statusCode, tie.body).toBe(201);
    expect(tie.json()).toMatchObject({
      affiliations: [expect.objectContaining({ orgnr: PARTNER, orgName: 'Fjordstål Verft AS' })],
    });

    const first = await call('officer', 'POST', `/api/cases/${caseId}/assignments`, {
      assessorUserId: userIds.get('assessor-1'),
    });
    expect(first.statusCode, first.body).toBe(201);

    const blocked = await call('officer', 'POST', `/api/cases/${caseId}/assignments`, {
      assessorUserId: userIds.get('assessor-2'),
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json()).toMatchObject({
      code: 'assignment_conflict',
      conflicts: [{ orgnr: PARTNER, role: 'employee', party: 'partner' }],
    });
    const before = (await call('officer', 'GET', `/api/cases/${caseId}`)).json<CaseDetail>();
    expect(before.assignments).toHaveLength(1);

    const overridden = await call('officer', 'POST', `/api/cases/${caseId}/assignments`, {
      assessorUserId: userIds.get('assessor-2'),
      overrideReason: 'Ingen annen fagekspert har kompetanse på sveiseteknikk.',
    });
    expect(overridden.statusCode, overridden.body).toBe(201);
    expect(overridden.json<CaseDetail>().status).toBe('in_assessment');
  });

  it('R26: an assessor sees no case content before declaring, and a declared conflict removes them', async () => {
    const mine = (await call('assessor-2', 'GET', '/api/assessor/assignments')).json<
      { id: string; status: string; partners: { orgnr: string }[] }[]
    >();
    expect(mine).toHaveLength(1);
    expect(mine[0]?.partners.map((p) => p.orgnr)).toContain(PARTNER);
    const id = mine[0]?.id ?? '';
    const early = await call('assessor-2', 'GET', `/api/assessor/assignments/${id}`);
    expect(early.statusCode).toBe(403);
    const earlyFile = await call(
      'assessor-2',
      'GET',
      `/api/assessor/assignments/${id}/attachments/00000000-0000-4000-8000-000000000003`,
    );
    expect(earlyFile.statusCode).toBe(403);
    expect(early.json()).toMatchObject({ code: 'declaration_required' });
    expect(early.body).not.toContain('Fjordstål Verft AS</');

    const noExplanation = await call(
      'assessor-2',
      'POST',
      `/api/assessor/assignments/${id}/declaration`,
      {
        grounds: ['leads_or_board_of_party'],
      },
    );
    expect(noExplanation.statusCode).toBe(422);
    const declared = await call(
      'assessor-2',
      'POST',
      `/api/assessor/assignments/${id}/declaration`,
      {
        grounds: ['leads_or_board_of_party'],
        explanation: 'Jeg er ansatt i Fjordstål Verft AS.',
      },
    );
    expect(declared.statusCode, declared.body).toBe(200);
    expect(declared.json()).toMatchObject({ status: 'removed_conflict' });
    const after = await call('assessor-2', 'GET', `/api/assessor/assignments/${id}`);
    expect(after.statusCode).toBe(403);
    expect(after.json()).toMatchObject({ code: 'assignment_removed' });

    const detail = (await call('officer', 'GET', `/api/cases/${caseId}`)).json<CaseDetail>();
    expect(detail.notices).toEqual([expect.objectContaining({ kind: 'declared_conflict' })]);
    expect(detail.assignments.find((a) => a.assessor.name === 'Anne Lie')?.status).toBe(
      'removed_conflict',
    );
  });

  it('R24: drafts are private, submission needs every criterion justified, and then locks', async () => {
    const id = (await call('assessor-1', 'GET', '/api/assessor/assignments')).json<
      { id: string }[]
    >()[0]?.id;
    const declared = await call(
      'assessor-1',
      'POST',
      `/api/assessor/assignments/${id}/declaration`,
      {
        grounds: [],
      },
    );
    expect(declared.json()).toMatchObject({ status: 'active' });
    const workspace = await call('assessor-1', 'GET', `/api/assessor/assignments/${id}`);
    expect(workspace.statusCode, workspace.body).toBe(200);
    expect(workspace.json()).toMatchObject({ assessment: null, peers: [] });
    expect(Object.keys(workspace.json<{ content: object }>().content)).toContain('cluster');
    const file = workspace.json<{ attachments: { id: string; sha256: string }[] }>().attachments[0];
    const download = await call(
      'assessor-1',
      'GET',
      `/api/assessor/assignments/${id}/attachments/${file?.id}`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const offScale = await call('assessor-1', 'PUT', `/api/assessor/assignments/${id}/assessment`, {
      scores: { 'competence-need': { score: 9, justification: '' } },
      holistic: { recommendation: null, reasons: '' },
    });
    expect(offScale.statusCode).toBe(422);
    expect(offScale.body).toContain('scores.competence-need.score');

    const draft = await call('assessor-1', 'PUT', `/api/assessor/assignments/${id}/assessment`, {
      scores: { 'competence-need': { score: 6, justification: 'Tydelig behov.' } },
      holistic: { recommendation: null, reasons: '' },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const officerView = (await call('officer', 'GET', `/api/cases/${caseId}`)).json<CaseDetail>();
    expect(officerView.assessments).toEqual([]);

    const incomplete = await call(
      'assessor-1',
      'POST',
      `/api/assessor/assignments/${id}/assessment/submit`,
      {
        scores: { 'competence-need': { score: 6, justification: 'Tydelig behov.' } },
        holistic: { recommendation: null, reasons: '' },
      },
    );
    expect(incomplete.statusCode).toBe(422);
    const paths = incomplete.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toContain('scores.many-companies.score');
    expect(paths).toContain('holistic.recommendation');

    const submitted = await call(
      'assessor-1',
      'POST',
      `/api/assessor/assignments/${id}/assessment/submit`,
      fullAssessment((i) => 4 + (i % 3)),
    );
    expect(submitted.statusCode, submitted.body).toBe(200);
    const locked = await call(
      'assessor-1',
      'PUT',
      `/api/assessor/assignments/${id}/assessment`,
      fullAssessment(() => 1),
    );
    expect(locked.statusCode).toBe(409);
    const detail = (await call('officer', 'GET', `/api/cases/${caseId}`)).json<CaseDetail>();
    expect(detail.status).toBe('assessed');
    expect(detail.assessments).toHaveLength(1);
  });

  it('R24: an assessor sees no other scores before submitting their own; far-apart scores flag disagreement', async () => {
    const complete = async () => {
      const detail = (
        await call('officer', 'GET', `/api/cases/${secondCaseId}`)
      ).json<CaseDetail>();
      for (const f of detail.formalCheck.findings) {
        await call('officer', 'PUT', `/api/cases/${secondCaseId}/findings/${f.key}`, {
          decision: 'confirmed',
        });
      }
      const done = await call(
        'officer',
        'POST',
        `/api/cases/${secondCaseId}/formal-check/complete`,
      );
      expect(done.statusCode, done.body).toBe(200);
    };
    await complete();
    for (const persona of ['assessor-1', 'assessor-2']) {
      const res = await call('officer', 'POST', `/api/cases/${secondCaseId}/assignments`, {
        assessorUserId: userIds.get(persona),
        overrideReason: 'Tilknytningen gjelder en annen avdeling enn den som deltar.',
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const assignmentOf = async (persona: string) =>
      (await call(persona, 'GET', '/api/assessor/assignments'))
        .json<{ id: string; caseId: string }[]>()
        .find((a) => a.caseId === secondCaseId)?.id ?? '';
    const first = await assignmentOf('assessor-1');
    const second = await assignmentOf('assessor-2');
    for (const [persona, id] of [
      ['assessor-1', first],
      ['assessor-2', second],
    ] as const) {
      const declared = await call(persona, 'POST', `/api/assessor/assignments/${id}/declaration`, {
        grounds: [],
      });
      expect(declared.statusCode, declared.body).toBe(200);
    }
    const high = fullAssessment(() => 7);
    high.holistic.reasons = 'Per Olsens hemmelige begrunnelse.';
    expect(
      (
        await call(
          'assessor-1',
          'POST',
          `/api/assessor/assignments/${first}/assessment/submit`,
          high,
        )
      ).statusCode,
    ).toBe(200);

    const before = await call('assessor-2', 'GET', `/api/assessor/assignments/${second}`);
    expect(before.json()).toMatchObject({ peers: [] });
    expect(before.body).not.toContain('hemmelige begrunnelse');

    expect(
      (
        await call(
          'assessor-2',
          'POST',
          `/api/assessor/assignments/${second}/assessment/submit`,
          fullAssessment(() => 2),
        )
      ).statusCode,
    ).toBe(200);
    const after = await call('assessor-2', 'GET', `/api/assessor/assignments/${second}`);
    expect(after.json<{ peers: { assessor: { name: string } }[] }>().peers).toEqual([
      expect.objectContaining({ assessor: expect.objectContaining({ name: 'Per Olsen' }) }),
    ]);
    const detail = (await call('officer', 'GET', `/api/cases/${secondCaseId}`)).json<CaseDetail>();
    expect(detail).toMatchObject({ status: 'assessed', disagreement: true, meanScore: 4.5 });
    const flagged = await call(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/cases?disagreement=true`,
    );
    expect(flagged.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([
      secondCaseId,
    ]);
  });

  it('R34: an assessor cannot read an unassigned case, the officer API, or another case; an applicant reads no assessment', async () => {
    expect((await call('assessor-1', 'GET', `/api/cases/${caseId}`)).statusCode).toBe(403);
    expect(
      (
        await call(
          'assessor-1',
          'GET',
          `/api/assessor/assignments/00000000-0000-4000-8000-000000000009`,
        )
      ).statusCode,
    ).toBe(404);
    const others = (await call('assessor-2', 'GET', '/api/assessor/assignments')).json<
      { id: string }[]
    >();
    const foreign = (await call('assessor-1', 'GET', '/api/assessor/assignments')).json<
      { id: string }[]
    >();
    const stolen = await call('assessor-2', 'GET', `/api/assessor/assignments/${foreign[0]?.id}`);
    expect(stolen.statusCode).toBe(404);
    expect(others[0]?.id).not.toBe(foreign[0]?.id);
    for (const url of [
      `/api/cases/${caseId}`,
      `/api/calls/${SEED_CALL_ID}/cases`,
      `/api/calls/${SEED_CALL_ID}/panel`,
    ]) {
      expect((await call('applicant-ntnu', 'GET', url)).statusCode, url).toBe(403);
    }
    expect(
      (await call('applicant-ntnu', 'GET', `/api/assessor/assignments/${foreign[0]?.id}`))
        .statusCode,
    ).toBe(403);
  });

  it('R25: the officer records consensus with a conclusion; reopening unlocks the assessment', async () => {
    const consensus = {
      scores: Object.fromEntries(criteria.map((id) => [id, { score: 5, text: `Samlet: ${id}` }])),
      conclusion: {
        recommendation: 'fund',
        text: 'Innstilles til tilskudd etter en helhetsvurdering.',
      },
      dissent: null,
    };
    const missing = await call('officer', 'PUT', `/api/cases/${caseId}/consensus`, {
      ...consensus,
      conclusion: { recommendation: 'fund', text: ' ' },
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('conclusion.text');
    const saved = await call('officer', 'PUT', `/api/cases/${caseId}/consensus`, consensus);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'consensus_recorded', meanScore: 5 });

    const panel = await call('leader', 'GET', `/api/calls/${SEED_CALL_ID}/panel`);
    expect(panel.statusCode).toBe(200);
    expect(panel.json<{ criteria: unknown[] }>().criteria).toHaveLength(7);

    const detail = (await call('officer', 'GET', `/api/cases/${caseId}`)).json<
      CaseDetail & { assessments: { assignmentId: string }[] }
    >();
    const assignmentId = detail.assessments[0]?.assignmentId;
    const reopened = await call(
      'officer',
      'POST',
      `/api/cases/${caseId}/assessments/${assignmentId}/reopen`,
      {
        reason: 'Begrunnelsen for kriterium 3 må utdypes.',
      },
    );
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json<CaseDetail>().assessments).toEqual([]);
    const workspace = await call('assessor-1', 'GET', `/api/assessor/assignments/${assignmentId}`);
    expect(workspace.json()).toMatchObject({
      assessment: {
        status: 'draft',
        reopened: { reason: 'Begrunnelsen for kriterium 3 må utdypes.' },
      },
    });
  });

  it('R32: exports download with the case row, and every step is in an intact audit chain', async () => {
    const csv = await call('officer', 'GET', `/api/calls/${SEED_CALL_ID}/cases/export.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.body).toContain('SAK-KOMP21-0001');
    const english = await call(
      'officer',
      'GET',
      `/api/calls/${SEED_CALL_ID}/cases/export.csv?lang=en`,
    );
    expect(english.body.split('\r\n')[0]).toContain('Case number');
    const xlsx = await call('leader', 'GET', `/api/calls/${SEED_CALL_ID}/cases/export.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const actions = (
      await t.db.store.db.selectFrom('audit_event').select('action').orderBy('seq').execute()
    ).map((e) => e.action);
    for (const action of [
      'intake.closed',
      'case.formal_check_completed',
      'assessor.affiliation_added',
      'case.assessor_assigned',
      'case.assessor_assigned_despite_conflict',
      'assessment.conflict_declared',
      'assessment.impartiality_declared',
      'assessment.draft_saved',
      'assessment.submitted',
      'case.consensus_recorded',
      'case.assessment_reopened',
    ]) {
      expect(actions).toContain(action);
    }
    expect(await verifyAuditChain(t.db.store.db)).toMatchObject({ ok: true });
  });
});
