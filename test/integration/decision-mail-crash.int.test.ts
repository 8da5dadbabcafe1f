/**
 * Crash safety of decision e-mail (R28, docs/adr/0020), counted at an SMTP server this test runs:
 * the server issues decisions (each letter's e-mails committed with the decision), and is killed
 * with SIGKILL while the SMTP server still holds the first message, before any got through. After
 * a restart every decision e-mail arrives exactly once, with the letter attached.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../src/store/create-store.js';
import { listOutboxMessages } from '../../src/store/repositories/outbox.repository.js';
import { createApiToken } from '../../src/store/repositories/sessions.repository.js';
import { findUserBySubject } from '../../src/store/repositories/users.repository.js';
import { loadCallDefinitions } from '../../src/platform/load-calls.js';
import { SEED_CALL_ID } from '../helpers/applications.js';
import { seedAllocatableCases } from '../helpers/allocation.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../helpers/dialects.js';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp.js';
import { ROOT } from '../helpers/test-app.js';
import { join } from 'node:path';

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeEachDialect('decision e-mail crash safety', (dialect) => {
  let db: TestDatabase;
  let store: Store;
  let relay: TestSmtpServer;
  let server: RunningServer | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    store = db.store;
    relay = await startTestSmtpServer();
    env = {
      ...db.env,
      TILSKUDD_DEMO_CLOCK: 'open',
      SMTP_URL: relay.url,
      TILSKUDD_JOB_POLL_MS: '200',
      // Short leases, so the restarted process takes up the dead one's attempt within seconds.
      TILSKUDD_JOB_LEASE_MS: '1500',
    };
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
    await relay?.close();
    await db?.drop();
  });

  async function bearer(persona: string): Promise<string> {
    const user = await findUserBySubject(store.db, `dev-idp|${persona}`);
    const { token } = await createApiToken(
      store.db,
      { userId: user?.id ?? '', label: 'decision-mail-crash', ttlMinutes: 30 },
      new Date(),
    );
    return token;
  }

  async function api(token: string, method: string, path: string, body?: unknown) {
    const res = await fetch(`${server?.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  }

  it('R28: killed after decisions are issued, while the first e-mail is at the SMTP server, each is delivered exactly once after restart', async () => {
    // The SMTP server holds the first message until the sender is dead, then refuses it.
    let release: (code: number) => void = () => undefined;
    const held = new Promise<number>((resolve) => (release = resolve));
    let holding = false;
    relay.answer = () => {
      holding = true;
      return held;
    };
    server = await startServer(env, { dataDir: db.env.TILSKUDD_DATA_DIR ?? '' });
    const call = loadCallDefinitions(join(ROOT, 'calls')).find((c) => c.id === SEED_CALL_ID);
    if (!call) throw new Error('no call');
    const orgnrs = (
      await store.db.selectFrom('institution').select('orgnr').orderBy('orgnr').execute()
    ).map((r) => r.orgnr);
    const counties = ['Trøndelag', 'Vestland', 'Møre og Romsdal', 'Nordland'];
    await seedAllocatableCases(
      store.db,
      call,
      counties.map((county, i) => ({
        appliedNok: 1_000_000,
        holistic: 'fund',
        score: 7 - i,
        county,
        institution: orgnrs.indexOf(i % 2 === 0 ? '954831604' : '974767880'),
      })),
    );
    const officer = await bearer('officer');
    const leader = await bearer('leader');
    const calls = `/api/calls/${SEED_CALL_ID}`;
    const scenario = await api(officer, 'POST', `${calls}/allocation/scenarios`, {
      name: 'Rangering',
      from: 'greedy',
    });
    await api(officer, 'POST', `/api/allocation/scenarios/${String(scenario.id)}/propose`, {});
    await api(leader, 'POST', `/api/allocation/scenarios/${String(scenario.id)}/approve`, {});
    const prepare = await api(officer, 'POST', `${calls}/decisions/prepare`, {});
    await until('decisions drafted', async () => {
      const job = await api(officer, 'GET', `/api/decision-jobs/${String(prepare.id)}`);
      return job.state === 'done';
    });
    const list = await api(officer, 'GET', `${calls}/decisions`);
    const ids = (list.decisions as { id: string }[]).map((d) => d.id);
    expect(ids).toHaveLength(4);
    await api(leader, 'POST', `${calls}/decisions/approve`, { decisionIds: ids });
    const issue = await api(leader, 'POST', `${calls}/decisions/issue`, {});
    await until('decisions issued', async () => {
      const job = await api(officer, 'GET', `/api/decision-jobs/${String(issue.id)}`);
      return job.state === 'done';
    });
    await until('the first e-mail held at the SMTP server', () => holding);
    await server.kill('SIGKILL');
    server = undefined;
    release(451);

    const queued = (await listOutboxMessages(store.db)).filter((m) => m.topic === 'decision');
    // Two Kristiania cases (one person each), two NTNU cases (two people each).
    expect(queued).toHaveLength(6);
    expect(queued.every((m) => m.state !== 'sent')).toBe(true);
    expect(relay.received, 'nothing got through before the kill').toEqual([]);

    relay.answer = () => undefined;
    server = await startServer(env, { dataDir: db.env.TILSKUDD_DATA_DIR ?? '' });
    await until(
      'six decision e-mails at the SMTP server',
      () => relay.received.length >= 6,
      90_000,
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(relay.received.map((m) => m.messageId).sort()).toEqual(
      queued.map((m) => m.message_id).sort(),
    );
    expect(relay.received.every((m) => m.topic === 'decision')).toBe(true);
    expect(
      relay.received.every(
        (m) => m.attachments.length === 1 && (m.attachments[0]?.size ?? 0) > 1000,
      ),
    ).toBe(true);
  }, 180_000);
});
