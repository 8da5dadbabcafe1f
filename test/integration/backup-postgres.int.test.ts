/**
 * R32: PostgreSQL is backed up with `pg_dump -Fc` and restored with `pg_restore` (README, "Backup
 * and restore"; docs/adr/0022). Filled through the real services, dumped, restored into a fresh
 * database: the restored one has every receipt and passes the audit verification.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkpointFilePath } from '../../src/platform/audit-checkpoint-file.js';
import { writeAuditCheckpoint } from '../../src/server/services/audit/checkpoints.js';
import { inspectAuditTrail } from '../../src/server/services/audit/verify-chain.js';
import { createStore, type Store } from '../../src/store/create-store.js';
import { submitOne } from '../helpers/backup.js';
import { describePostgres, testPgUrl } from '../helpers/dialects.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const KEY = `backup-pg-1:${randomBytes(32).toString('base64')}`;

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPgUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describePostgres('pg_dump and pg_restore', () => {
  let t: TestApp;
  let scratch: string;
  let restored: Store | undefined;
  const database = `tilskudd_restore_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const restoredUrl = () => {
    const url = new URL(testPgUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };

  beforeAll(async () => {
    t = await createTestApp('postgres', { env: { TILSKUDD_AUDIT_KEY: KEY } });
    scratch = mkdtempSync(join(tmpdir(), 'tilskudd-pg-backup-'));
  });
  afterAll(async () => {
    await restored?.close();
    await admin(`drop database if exists ${database}`);
    await t.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('R32: a dump restored into a fresh database has every receipt and a verifying audit trail', async () => {
    const receipts = [await submitOne(t), await submitOne(t), await submitOne(t)];
    await writeAuditCheckpoint(
      { config: t.ctx.config, store: t.ctx.store },
      'periodic',
      new Date(),
    );
    const schema = t.ctx.store.pgSchema ?? 'public';
    const dump = join(scratch, 'tilskudd.dump');
    execFileSync('pg_dump', ['-Fc', '-n', schema, '-f', dump, testPgUrl]);

    await admin(`create database ${database}`);
    execFileSync('pg_restore', ['--no-owner', '--exit-on-error', '-d', restoredUrl(), dump]);
    restored = createStore({ databaseUrl: restoredUrl(), pgSchema: schema, pgPoolSize: 2 });

    const rows = await restored.db.selectFrom('submission').select('receipt_number').execute();
    expect(rows.map((r) => r.receipt_number).sort()).toEqual([...receipts].sort());
    // The checkpoint file outside the database is the original's (an operator restores it too).
    const config = {
      ...t.ctx.config,
      audit: {
        ...t.ctx.config.audit,
        checkpointFile: checkpointFilePath(t.ctx.config, t.ctx.store),
      },
    };
    const { report } = await inspectAuditTrail({ config, store: restored });
    expect(report.ok, JSON.stringify(report)).toBe(true);
    expect(report.stored.submissions).toBe(receipts.length);
    expect(report.checkpoints.matched).toBeGreaterThan(0);
  });
});
