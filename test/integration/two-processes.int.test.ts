/**
 * Two app processes on one PostgreSQL, requests alternating between them: no lost update
 * (conflicts are 409s), exactly one snapshot per idempotency key, receipt numbers unique and
 * gapless, the deadline enforced identically, and sessions and the simulated clock shared.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../src/domain/time/oslo.js';
import { createApiToken, createSession } from '../../src/store/repositories/sessions.repository.js';
import { findUserBySubject } from '../../src/store/repositories/users.repository.js';
import { createCompleteApplicationOverHttp } from '../helpers/applications.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../helpers/dialects.js';

describePostgres('two app processes', () => {
  let db: TestDatabase;
  let a: RunningServer;
  let b: RunningServer;
  let token: string;
  let adminToken: string;

  const send = (
    server: RunningServer,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    auth = token,
  ) =>
    fetch(`${server.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${auth}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });

  const completeApplication = (server: RunningServer) =>
    createCompleteApplicationOverHttp(server.baseUrl, token);

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    const env = { ...db.env, TILSKUDD_DEMO_CLOCK: 'open' };
    a = await startServer(env);
    b = await startServer({ ...env, TILSKUDD_SEED: '0' });
    const user = await findUserBySubject(db.store.db, 'dev-idp|applicant-ntnu');
    const admin = await findUserBySubject(db.store.db, 'dev-idp|admin');
    token = (
      await createApiToken(
        db.store.db,
        { userId: user?.id ?? '', label: 'two', ttlMinutes: 30 },
        new Date(),
      )
    ).token;
    adminToken = (
      await createApiToken(
        db.store.db,
        { userId: admin?.id ?? '', label: 'two', ttlMinutes: 30 },
        new Date(),
      )
    ).token;
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  it('a session made by one process is honoured by the other', async () => {
    const user = await findUserBySubject(db.store.db, 'dev-idp|applicant-ntnu-2');
    const { sessionId } = await createSession(
      db.store.db,
      { userId: user?.id ?? '', idToken: null },
      new Date(),
      { idleMinutes: 30, maxHours: 12 },
    );
    for (const server of [a, b]) {
      const res = await fetch(`${server.baseUrl}/api/session`, {
        headers: { cookie: `tilskudd_session=${sessionId}` },
      });
      expect(await res.json()).toMatchObject({ authenticated: true, user: { name: 'Ola Haugen' } });
    }
  });

  it('no lost update: the same section saved through both processes from one version, one wins, one gets 409', async () => {
    const id = await completeApplication(a);
    const [ra, rb] = await Promise.all([
      send(
        a,
        'PUT',
        `/api/applications/${id}/sections/project`,
        { title: 'Fra prosess A' },
        { 'if-match': '"1"' },
      ),
      send(
        b,
        'PUT',
        `/api/applications/${id}/sections/project`,
        { title: 'Fra prosess B' },
        { 'if-match': '"1"' },
      ),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([200, 409]);
  });

  it('exactly one snapshot per idempotency key, and receipt numbers unique and gapless', async () => {
    const ids = await Promise.all([
      completeApplication(a),
      completeApplication(b),
      completeApplication(a),
    ]);
    const answers = await Promise.all(
      ids.flatMap((id, i) =>
        [a, b, a, b].map((server, j) =>
          send(server, 'POST', `/api/applications/${id}/submissions`, undefined, {
            'idempotency-key': `two-processes-${i}-${j % 2}`,
          }),
        ),
      ),
    );
    const statuses = await Promise.all(
      answers.map(async (r) => `${r.status} ${r.status >= 300 ? await r.text() : ''}`),
    );
    expect(statuses.filter((s) => !s.startsWith('200') && !s.startsWith('201'))).toEqual([]);
    const rows = await db.store.db
      .selectFrom('submission')
      .select(['idempotency_key', 'receipt_seq', 'receipt_number'])
      .execute();
    expect(rows).toHaveLength(ids.length * 2);
    expect(new Set(rows.map((r) => r.receipt_number)).size).toBe(rows.length);
    expect(rows.map((r) => r.receipt_seq).sort((x, y) => x - y)).toEqual(
      Array.from({ length: rows.length }, (_, i) => i + 1),
    );
  });

  it('the clock set through one process is the clock of both, and the deadline is enforced identically', async () => {
    const id = await completeApplication(b);
    const deadline = osloWallTimeToInstant('2021-09-15T17:00');
    const set = await send(
      a,
      'POST',
      '/api/admin/clock',
      { at: deadline.toISOString() },
      {},
      adminToken,
    );
    expect(set.status).toBe(200);
    for (const server of [a, b]) {
      const clock = (await (await fetch(`${server.baseUrl}/api/clock`)).json()) as { now: string };
      expect(Date.parse(clock.now) - deadline.getTime()).toBeLessThan(5_000);
      expect(Date.parse(clock.now)).toBeGreaterThanOrEqual(deadline.getTime());
      const res = await send(server, 'POST', `/api/applications/${id}/submissions`, undefined, {
        'idempotency-key': `late-${server.port}`,
      });
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'deadline_passed' });
    }
  });
});
