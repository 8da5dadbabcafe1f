/**
 * Readiness and graceful shutdown: after SIGTERM, /readyz answers 503 while draining, a save whose
 * body is still arriving completes and is stored, and the process exits cleanly.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiToken } from '../../src/store/repositories/sessions.repository.js';
import { findUserBySubject } from '../../src/store/repositories/users.repository.js';
import { NTNU, SEED_CALL_ID } from '../helpers/applications.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../helpers/dialects.js';

describeEachDialect('graceful shutdown', (dialect) => {
  let db: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const dataDir = db.env.TILSKUDD_DATA_DIR;
    server = await startServer(
      { ...db.env, TILSKUDD_SHUTDOWN_GRACE_MS: '1500', TILSKUDD_DEMO_CLOCK: 'open' },
      dataDir ? { dataDir } : {},
    );
  });
  afterAll(async () => {
    await server.kill('SIGKILL');
    await db.drop();
  });

  it('readyz turns false while draining; a save still arriving is stored; exit code 0', async () => {
    const user = await findUserBySubject(db.store.db, 'dev-idp|applicant-ntnu');
    const { token } = await createApiToken(
      db.store.db,
      { userId: user?.id ?? '', label: 'drain', ttlMinutes: 10 },
      new Date(),
    );
    const created = await fetch(`${server.baseUrl}/api/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ callId: SEED_CALL_ID, institutionOrgnr: NTNU }),
    });
    const { id } = (await created.json()) as { id: string };
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);

    const body = JSON.stringify({ title: 'Lagret under nedstenging' });
    const half = Math.floor(body.length / 2);
    const inFlight = new Promise<number>((resolve, reject) => {
      const req = request(
        `${server.baseUrl}/api/applications/${id}/sections/project`,
        {
          method: 'PUT',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'if-match': '"0"',
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, half));
      setTimeout(() => req.end(body.slice(half)), 1000);
    });
    await new Promise((r) => setTimeout(r, 200));
    const exited = server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const ready = await fetch(`${server.baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ code: 'not_ready' });
    expect(await inFlight).toBe(200);
    expect(await exited).toBe(0);
    const row = await db.store.db
      .selectFrom('application_section')
      .select('content')
      .where('application_id', '=', id)
      .executeTakeFirst();
    expect(row?.content).toContain('Lagret under nedstenging');
  });
});
