/**
 * Crash safety of e-mail (docs/adr/0020), counted at an SMTP server this test runs itself.
 * 1. The server commits submissions and an invitation, and is killed with SIGKILL before any of
 *    their e-mails is sent: after a restart each message arrives exactly once.
 * 2. The server is killed while the SMTP server holds the message (it took the data, the sender
 *    never heard the 250): the at-least-once window. After a restart the message is sent again
 *    with the same Message-ID, so de-duplicated by Message-ID it is delivered exactly once.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../src/store/create-store.js';
import { listOutboxMessages } from '../../src/store/repositories/outbox.repository.js';
import { createApiToken } from '../../src/store/repositories/sessions.repository.js';
import { findUserBySubject } from '../../src/store/repositories/users.repository.js';
import { createCompleteApplicationOverHttp, NTNU } from '../helpers/applications.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../helpers/dialects.js';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp.js';

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeEachDialect('e-mail crash safety', (dialect) => {
  let db: TestDatabase;
  let store: Store;
  let relay: TestSmtpServer;
  let server: RunningServer | undefined;
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    store = db.store;
    relay = await startTestSmtpServer();
    dataDir = db.env.TILSKUDD_DATA_DIR ?? '';
    env = { ...db.env, TILSKUDD_DEMO_CLOCK: 'open', SMTP_URL: relay.url };
  });
  afterEach(async () => {
    await server?.kill('SIGKILL');
    server = undefined;
  });
  afterAll(async () => {
    await relay?.close();
    await db?.drop();
  });

  async function bearer(): Promise<string> {
    const user = await findUserBySubject(store.db, 'dev-idp|applicant-ntnu');
    const { token } = await createApiToken(
      store.db,
      { userId: user?.id ?? '', label: 'mail-crash', ttlMinutes: 30 },
      new Date(),
    );
    return token;
  }

  async function invite(baseUrl: string, token: string, email: string) {
    const res = await fetch(`${baseUrl}/api/institutions/${NTNU}/invitations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }

  it('killed between the commits and their e-mails, every message is delivered exactly once after restart', async () => {
    // No job poll after the first at start: nothing is sent until the process is gone.
    server = await startServer({ ...env, TILSKUDD_JOB_POLL_MS: '600000' }, { dataDir });
    const token = await bearer();
    for (let n = 0; n < 2; n += 1) {
      const id = await createCompleteApplicationOverHttp(server.baseUrl, token);
      const res = await fetch(`${server.baseUrl}/api/applications/${id}/submissions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'idempotency-key': `mail-crash-${id}` },
      });
      expect(res.status).toBe(201);
    }
    await invite(server.baseUrl, token, 'ola.ny@ntnu.example');
    await server.kill('SIGKILL');
    const queued = await listOutboxMessages(store.db);
    expect(queued.map((m) => m.topic).sort()).toEqual(['invitation', 'receipt', 'receipt']);
    expect(queued.every((m) => m.state === 'queued')).toBe(true);
    expect(relay.received, 'nothing was sent before the kill').toEqual([]);

    server = await startServer({ ...env, TILSKUDD_JOB_POLL_MS: '200' }, { dataDir });
    await until('three messages at the SMTP server', () => relay.received.length >= 3);
    // Several more polls: nothing arrives a second time.
    await new Promise((r) => setTimeout(r, 1500));
    expect(relay.received.map((m) => m.messageId).sort()).toEqual(
      queued.map((m) => m.message_id).sort(),
    );
    const after = await listOutboxMessages(store.db);
    expect(after.map((m) => m.state)).toEqual(['sent', 'sent', 'sent']);
    expect(relay.received.find((m) => m.topic === 'invitation')?.to).toBe('ola.ny@ntnu.example');
  });

  it('killed while the SMTP server holds the message, it is sent again with the same Message-ID: once after de-duplication', async () => {
    relay.received.length = 0;
    // Short leases, so the restarted process takes up the dead one's attempt within seconds.
    const fast = { ...env, TILSKUDD_JOB_POLL_MS: '200', TILSKUDD_JOB_LEASE_MS: '1500' };
    server = await startServer(fast, { dataDir });
    let killed: Promise<unknown> | undefined;
    relay.answer = async () => {
      if (!killed && server) {
        killed = server.kill('SIGKILL');
        await killed;
      }
      return undefined;
    };
    await invite(server.baseUrl, await bearer(), 'siri.ny@ntnu.example');
    await until('the kill', () => killed !== undefined);
    await killed;
    const [held] = (await listOutboxMessages(store.db)).filter((m) => m.state !== 'sent');
    expect(held).toMatchObject({ topic: 'invitation', state: 'sending' });

    server = await startServer(fast, { dataDir });
    await until('the message sent', async () =>
      (await listOutboxMessages(store.db)).every((m) => m.state === 'sent'),
    );
    await new Promise((r) => setTimeout(r, 1000));
    const ids = relay.received.map((m) => m.messageId);
    expect(ids, 'at least once: the SMTP server got it twice').toEqual([
      held?.message_id,
      held?.message_id,
    ]);
    expect(new Set(ids).size, 'exactly once by Message-ID').toBe(1);
  });
});
