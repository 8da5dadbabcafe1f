/**
 * R26: a tie registered after the assignment is enforced at every read and write of it. Per Olsen
 * (assessor-1) is assigned with no ties; then the admin registers him as employed by the applicant
 * institution: he can no longer declare "no grounds", read the case or its files, or save, and
 * the officer sees the conflict on the case's assessors panel.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NTNU } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { callAs, createAssessableCase, userIdOf } from '../../../../test/helpers/cases.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

interface Detail {
  assignments: {
    id: string;
    assessor: { name: string };
    status: string;
    standingConflicts: { orgnr: string; party: string }[];
  }[];
}

describeEachDialect('conflicts registered after an assignment', (dialect) => {
  let t: TestApp;
  let caseId: string;
  let perId: string;
  let assignmentId: string;
  let affiliationId: string;

  const registerTie = async () => {
    const res = await callAs(t, 'admin', 'POST', `/api/assessors/${perId}/affiliations`, {
      orgnr: NTNU,
      role: 'employee',
    });
    expect(res.statusCode, res.body).toBe(201);
    affiliationId = res.json<{ affiliations: { id: string }[] }>().affiliations[0]?.id ?? '';
  };
  const removeTie = async () => {
    const res = await callAs(
      t,
      'admin',
      'DELETE',
      `/api/assessors/${perId}/affiliations/${affiliationId}`,
    );
    expect(res.statusCode, res.body).toBe(200);
  };
  const detail = async () =>
    (await callAs(t, 'officer', 'GET', `/api/cases/${caseId}`)).json<Detail>();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    caseId = await createAssessableCase(t);
    perId = await userIdOf(t, 'assessor-1');
    const assigned = await callAs(t, 'officer', 'POST', `/api/cases/${caseId}/assignments`, {
      assessorUserId: perId,
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    assignmentId = assigned.json<Detail>().assignments[0]?.id ?? '';
  });
  afterAll(async () => {
    await t.close();
  });

  it('R26: after a tie is registered the assessor cannot declare "no grounds"', async () => {
    await registerTie();
    const res = await callAs(
      t,
      'assessor-1',
      'POST',
      `/api/assessor/assignments/${assignmentId}/declaration`,
      { grounds: [] },
    );
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json()).toMatchObject({
      code: 'assignment_conflict_registered',
      conflicts: [{ orgnr: NTNU, party: 'institution' }],
    });
    const mine = await callAs(t, 'assessor-1', 'GET', '/api/assessor/assignments');
    expect(mine.json()).toEqual([
      expect.objectContaining({ status: 'awaiting_declaration', barredByConflict: true }),
    ]);
  });

  it('R26: the officer sees the registered conflict on the assessors panel', async () => {
    const a = (await detail()).assignments.find((x) => x.id === assignmentId);
    expect(a?.standingConflicts).toEqual([
      expect.objectContaining({ orgnr: NTNU, party: 'institution', role: 'employee' }),
    ]);
  });

  it('R26: a tie registered after the declaration bars reading the case, its files and saving', async () => {
    await removeTie();
    const declared = await callAs(
      t,
      'assessor-1',
      'POST',
      `/api/assessor/assignments/${assignmentId}/declaration`,
      { grounds: [] },
    );
    expect(declared.statusCode, declared.body).toBe(200);
    const open = await callAs(t, 'assessor-1', 'GET', `/api/assessor/assignments/${assignmentId}`);
    expect(open.statusCode, open.body).toBe(200);
    const fileId = open.json<{ attachments: { id: string }[] }>().attachments[0]?.id ?? '';
    const file = `/api/assessor/assignments/${assignmentId}/attachments/${fileId}`;
    expect((await callAs(t, 'assessor-1', 'GET', file)).statusCode).toBe(200);

    await registerTie();
    const read = await callAs(t, 'assessor-1', 'GET', `/api/assessor/assignments/${assignmentId}`);
    expect(read.statusCode).toBe(403);
    expect(read.json()).toMatchObject({ code: 'assignment_conflict_registered' });
    expect(read.body).not.toContain('Kompetanseløft for maritim industri');
    const download = await callAs(t, 'assessor-1', 'GET', file);
    expect(download.statusCode).toBe(403);
    const save = await callAs(
      t,
      'assessor-1',
      'PUT',
      `/api/assessor/assignments/${assignmentId}/assessment`,
      { scores: {}, holistic: { recommendation: null, reasons: '' } },
    );
    expect(save.statusCode, save.body).toBe(403);
    expect(save.json()).toMatchObject({ code: 'assignment_conflict_registered' });
    const a = (await detail()).assignments.find((x) => x.id === assignmentId);
    expect(a?.standingConflicts).toHaveLength(1);
  });

  it('R26: a tie the officer overrode when assigning does not bar the assessor afterwards', async () => {
    const anneId = await userIdOf(t, 'assessor-2');
    const assigned = await callAs(t, 'officer', 'POST', `/api/cases/${caseId}/assignments`, {
      assessorUserId: anneId,
      overrideReason: 'Ingen annen fagekspert har kompetanse på sveiseteknikk.',
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    const anne = assigned.json<Detail>().assignments.find((a) => a.assessor.name === 'Anne Lie');
    expect(anne?.standingConflicts).toEqual([]);
    const declared = await callAs(
      t,
      'assessor-2',
      'POST',
      `/api/assessor/assignments/${anne?.id ?? ''}/declaration`,
      { grounds: [] },
    );
    expect(declared.statusCode, declared.body).toBe(200);
    const open = await callAs(t, 'assessor-2', 'GET', `/api/assessor/assignments/${anne?.id}`);
    expect(open.statusCode, open.body).toBe(200);
  });
});
