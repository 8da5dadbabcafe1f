/**
 * The demo's promise (README): Anne Lie (assessor-2) works at a partner company, so assigning her
 * to a case with that company is blocked by the conflict check (R26) until the officer overrides.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { callAs, createAssessableCase, PARTNER, userIdOf } from '../../../../test/helpers/cases.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

describeEachDialect('demo assessor with a seeded tie', (dialect) => {
  let t: TestApp;
  let caseId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    caseId = await createAssessableCase(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('R26: the seed registers assessor-2 as an employee of a partner company', async () => {
    const res = await callAs(t, 'admin', 'GET', '/api/assessors');
    const anne = res
      .json<{ name: string; affiliations: { orgnr: string; role: string }[] }[]>()
      .find((a) => a.name === 'Anne Lie');
    expect(anne?.affiliations).toEqual([
      expect.objectContaining({ orgnr: PARTNER, role: 'employee', orgName: 'Fjordstål Verft AS' }),
    ]);
  });

  it('R26: assigning assessor-2 to the case of her company is blocked as the README says', async () => {
    const res = await callAs(t, 'officer', 'POST', `/api/cases/${caseId}/assignments`, {
      assessorUserId: await userIdOf(t, 'assessor-2'),
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'assignment_conflict',
      conflicts: [{ orgnr: PARTNER, role: 'employee', party: 'partner' }],
    });
  });

  it('R26: seeding again (every start) adds the tie only once', async () => {
    const { seedDemoData } = await import('../../../platform/seed-demo-data.js');
    await seedDemoData(t.db.store, new Date());
    const res = await callAs(t, 'admin', 'GET', '/api/assessors');
    const anne = res
      .json<{ name: string; affiliations: unknown[] }[]>()
      .find((a) => a.name === 'Anne Lie');
    expect(anne?.affiliations).toHaveLength(1);
  });
});
