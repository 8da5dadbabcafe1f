/**
 * R34: every route, called as every role and as nobody, is allowed or refused exactly as this
 * table says. The table is written by hand, not derived from the policy module, so a change to
 * the policy that is not also made here fails the test.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { actions, type Action } from '../../src/domain/access/policy.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

type Caller =
  | 'anonymous'
  | 'applicant-ntnu'
  | 'applicant-kristiania'
  | 'officer'
  | 'assessor-1'
  | 'leader'
  | 'admin';

const callers: Caller[] = [
  'anonymous',
  'applicant-ntnu',
  'applicant-kristiania',
  'officer',
  'assessor-1',
  'leader',
  'admin',
];
const signedIn = callers.filter((c) => c !== 'anonymous');

/** Who may take each action. */
const expected: Record<Action, readonly Caller[]> = {
  'public.read': callers,
  'session.read': callers,
  'clock.read': callers,
  'session.keepalive': signedIn,
  'session.logout': signedIn,
  'me.read': signedIn,
  'clock.set': ['admin'],
  'institution.list': ['applicant-ntnu', 'applicant-kristiania'],
  'company.lookup': ['applicant-ntnu', 'applicant-kristiania', 'officer'],
  'application.list': ['applicant-ntnu', 'applicant-kristiania'],
  'application.create': ['applicant-ntnu', 'applicant-kristiania'],
  'application.read': ['applicant-ntnu', 'applicant-kristiania'],
  'application.update': ['applicant-ntnu', 'applicant-kristiania'],
  'application.submit': ['applicant-ntnu', 'applicant-kristiania'],
  'application.withdraw': ['applicant-ntnu', 'applicant-kristiania'],
  'attachment.read': ['applicant-ntnu', 'applicant-kristiania'],
  'attachment.upload': ['applicant-ntnu', 'applicant-kristiania'],
  'application.document.read': ['applicant-ntnu', 'applicant-kristiania'],
  'submission.document.read': ['officer', 'leader'],
  'institution.people.read': ['applicant-ntnu', 'applicant-kristiania'],
  'institution.invite': ['applicant-ntnu', 'applicant-kristiania'],
  'case.list': ['officer', 'leader'],
  'case.read': ['officer', 'leader'],
  'case.formal-check': ['officer'],
  'case.assign': ['officer'],
  'case.assessment.reopen': ['officer'],
  'case.consensus': ['officer'],
  'case.export': ['officer', 'leader'],
  'allocation.read': ['officer', 'leader'],
  'allocation.edit': ['officer'],
  'allocation.propose': ['officer'],
  'allocation.approve': ['leader'],
  'allocation.export': ['officer', 'leader'],
  'decision.read': ['officer', 'leader'],
  'decision.prepare': ['officer'],
  'decision.approve': ['leader'],
  'decision.issue': ['officer', 'leader'],
  'decision.own.read': ['applicant-ntnu', 'applicant-kristiania'],
  'appeal.read': ['officer', 'leader'],
  'appeal.handle': ['officer'],
  'appeal.file': ['applicant-ntnu', 'applicant-kristiania'],
  'journal.read': ['officer', 'leader'],
  'journal.screen': ['officer'],
  'grant.own.read': ['applicant-ntnu', 'applicant-kristiania'],
  'grant.answer': ['applicant-ntnu', 'applicant-kristiania'],
  'grant.read': ['officer', 'leader'],
  'payment.record': ['officer'],
  'assessor.list': ['officer', 'admin'],
  'assessor.manage': ['admin'],
  'audit.verify': ['admin'],
  'mailbox.read': ['admin'],
  'me.personal-data': signedIn,
  'person.list': ['admin'],
  'person.erase': ['admin'],
  'assessment.list-own': ['assessor-1'],
  'assessment.declare': ['assessor-1'],
  'assessment.read-own': ['assessor-1'],
  'assessment.write': ['assessor-1'],
};

/** A request for each route that passes validation where it can, so only policy refuses. */
function sampleRequest(method: string, url: string): { url: string; payload?: unknown } {
  const path = url
    .replace(':callId', 'kompetanseloft-industriklynger-2021')
    .replace(':submissionId', '00000000-0000-4000-8000-000000000001')
    .replace(':attachmentId', '00000000-0000-4000-8000-000000000002')
    .replace(':id', '00000000-0000-4000-8000-000000000000')
    .replace(':decisionId', '00000000-0000-4000-8000-000000000003')
    .replace(':appealId', '00000000-0000-4000-8000-000000000004')
    .replace(':jobId', '00000000-0000-4000-8000-000000000005')
    .replace(':applicationId', '00000000-0000-4000-8000-000000000006')
    .replace(':sectionId', 'project')
    .replace(':orgnr', '968430777');
  if (method === 'POST' && url === '/api/admin/clock') {
    return { url: path, payload: { callId: 'kompetanseloft-industriklynger-2021', phase: 'open' } };
  }
  return method === 'GET' ? { url: path } : { url: path, payload: {} };
}

describeEachDialect('role matrix', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('R34: every action of the policy has a row in this table', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(actions).sort());
  });

  it('R34: every /api route names an action', () => {
    const apiRoutes = t.routes.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
    );
    expect(apiRoutes.length).toBeGreaterThan(5);
    for (const route of apiRoutes)
      expect(route.action, `${route.method} ${route.url}`).toBeDefined();
  });

  it('R34: each route allows exactly the roles of its action and refuses the rest', async () => {
    const routes = t.routes.filter(
      (r) => r.action !== undefined && r.method !== 'HEAD' && r.method !== 'OPTIONS',
    );
    const failures: string[] = [];
    for (const route of routes) {
      const action = route.action as Action;
      for (const caller of callers) {
        const headers: Record<string, string> = {};
        if (caller !== 'anonymous') headers.authorization = `Bearer ${await t.tokenFor(caller)}`;
        const { url, payload } = sampleRequest(route.method, route.url);
        const res = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers,
          ...(payload !== undefined ? { payload: payload as object } : {}),
        });
        const refused = res.statusCode === 401 || res.statusCode === 403;
        const shouldAllow = expected[action].includes(caller);
        const expectedStatus = caller === 'anonymous' ? 401 : 403;
        if (shouldAllow && refused) {
          failures.push(`${route.method} ${route.url} as ${caller}: refused (${res.statusCode})`);
        }
        if (!shouldAllow && res.statusCode !== expectedStatus) {
          failures.push(
            `${route.method} ${route.url} as ${caller}: ${res.statusCode}, expected ${expectedStatus}`,
          );
        }
        if (res.statusCode >= 500)
          failures.push(`${route.method} ${route.url} as ${caller}: ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
