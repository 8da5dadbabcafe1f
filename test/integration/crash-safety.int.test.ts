/**
 * Crash safety: submissions stream in, the server is killed with SIGKILL mid-stream, and after a
 * restart every submission that got a receipt is stored with a matching SHA-256, none twice, the
 * receipt numbers are gapless, and the database is intact. Retrying the unanswered requests with
 * their keys then yields exactly one snapshot per key.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../src/store/create-store.js';
import { verifyAuditChain } from '../../src/store/repositories/audit.repository.js';
import { createApiToken } from '../../src/store/repositories/sessions.repository.js';
import { findUserBySubject } from '../../src/store/repositories/users.repository.js';
import { createCompleteApplicationOverHttp } from '../helpers/applications.js';
import { startServer, type RunningServer } from '../helpers/child-server.js';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../helpers/dialects.js';

const APPLICATIONS = 10;
const ROUNDS = 3;
/** Submissions in flight at once. */
const IN_FLIGHT = 4;

interface Attempt {
  applicationId: string;
  key: string;
  receipt?: { receiptNumber: string; submissionId: string; sha256: string };
}

async function call(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

describeEachDialect('crash safety', (dialect) => {
  let db: TestDatabase;
  let store: Store;
  let server: RunningServer;
  let env: Record<string, string>;
  let dataDir: string | undefined;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    env = { ...db.env, TILSKUDD_DEMO_CLOCK: 'open' };
    dataDir = env.TILSKUDD_DATA_DIR;
    store = db.store;
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
    await db.drop();
  });

  it('every receipt survives SIGKILL, none twice, numbers gapless, database intact', async () => {
    server = await startServer(env, dataDir ? { dataDir } : {});
    const user = await findUserBySubject(store.db, 'dev-idp|applicant-ntnu');
    const { token } = await createApiToken(
      store.db,
      { userId: user?.id ?? '', label: 'crash', ttlMinutes: 30 },
      new Date(),
    );

    const ids: string[] = [];
    for (let i = 0; i < APPLICATIONS; i += 1) {
      ids.push(await createCompleteApplicationOverHttp(server.baseUrl, token));
    }

    const attempts: Attempt[] = ids.flatMap((applicationId) =>
      Array.from({ length: ROUNDS }, (_, round) => ({
        applicationId,
        key: `crash-${applicationId}-${round}`,
      })),
    );
    let answered = 0;
    let killed: Promise<unknown> | undefined;
    // A stream, not one burst: a few requests in flight at a time. One burst is answered within a
    // turn or two of the server's event loop (its transactions share a commit, docs/adr/0010), so
    // a kill sent after the first receipts would land after the last.
    let next = 0;
    const submitNext = async (): Promise<void> => {
      while (next < attempts.length && killed === undefined) {
        const attempt = attempts[next];
        next += 1;
        if (!attempt) return;
        const res = await call(
          server.baseUrl,
          token,
          'POST',
          `/api/applications/${attempt.applicationId}/submissions`,
          undefined,
          {
            'idempotency-key': attempt.key,
          },
        ).catch(() => undefined);
        if (res && (res.status === 201 || res.status === 200)) {
          attempt.receipt = (await res.json()) as Attempt['receipt'];
          answered += 1;
          // Kill mid-stream: after a third of the receipts, with others still in flight.
          if (answered === Math.ceil(attempts.length / 3)) killed = server.kill('SIGKILL');
        }
      }
    };
    await Promise.allSettled(Array.from({ length: IN_FLIGHT }, () => submitNext()));
    await killed;
    const receipted = attempts.filter((a) => a.receipt);
    expect(receipted.length).toBeGreaterThan(0);
    expect(receipted.length, 'the kill came while submissions were still in flight').toBeLessThan(
      attempts.length,
    );

    server = await startServer(env, dataDir ? { dataDir } : {});

    for (const attempt of receipted) {
      const row = await store.db
        .selectFrom('submission')
        .selectAll()
        .where('id', '=', attempt.receipt?.submissionId ?? '')
        .executeTakeFirst();
      expect(row, `receipt ${attempt.receipt?.receiptNumber} is stored`).toBeDefined();
      expect(row?.receipt_number).toBe(attempt.receipt?.receiptNumber);
      expect(
        createHash('sha256')
          .update(row?.snapshot ?? '', 'utf8')
          .digest('hex'),
      ).toBe(attempt.receipt?.sha256);
    }

    // The unanswered requests are retried with their keys: each key ends with exactly one snapshot.
    for (const attempt of attempts.filter((a) => !a.receipt)) {
      const res = await call(
        server.baseUrl,
        token,
        'POST',
        `/api/applications/${attempt.applicationId}/submissions`,
        undefined,
        {
          'idempotency-key': attempt.key,
        },
      );
      expect([200, 201]).toContain(res.status);
    }
    const rows = await store.db
      .selectFrom('submission')
      .select(['idempotency_key', 'receipt_seq'])
      .execute();
    expect(rows).toHaveLength(attempts.length);
    expect(new Set(rows.map((r) => r.idempotency_key)).size).toBe(attempts.length);
    const seqs = rows.map((r) => r.receipt_seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));

    if (dialect === 'sqlite') {
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(
        store.db,
      );
      expect(check.rows[0]?.integrity_check).toBe('ok');
    }
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: true });
  });
});
