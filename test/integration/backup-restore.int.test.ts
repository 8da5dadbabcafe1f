/**
 * R32: `npm run backup` and `npm run restore` on SQLite (docs/adr/0022). A backup taken while
 * submissions stream in restores with every receipt given before it started and a verifying
 * trail; a backup killed with SIGKILL mid-copy leaves the previous backup whole; a restore refuses
 * a tampered or corrupted backup, or a database in use, and changes nothing.
 */
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/platform/config.js';
import { writeAuditCheckpoint } from '../../src/server/services/audit/checkpoints.js';
import { inspectAuditTrail } from '../../src/server/services/audit/verify-chain.js';
import { integrityCheck } from '../../src/store/backup/sqlite-file-check.js';
import { createStore } from '../../src/store/create-store.js';
import { runCli, sha256File, startCli, submitOne, waitForOutput } from '../helpers/backup.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const KEY = `backup-1:${randomBytes(32).toString('base64')}`;
const CHECKPOINTS = 'audit-checkpoints.jsonl';

describe('npm run backup / npm run restore [sqlite]', { timeout: 120_000 }, () => {
  let t: TestApp;
  let dataDir: string;
  let scratch: string;
  const env = () => ({ TILSKUDD_DATA_DIR: dataDir, TILSKUDD_AUDIT_KEY: KEY });
  const checkpoint = () =>
    writeAuditCheckpoint({ config: t.ctx.config, store: t.ctx.store }, 'periodic', new Date());

  /** A data dir elsewhere, holding a copy of the live checkpoint file (as an operator keeps it). */
  const otherDataDir = () => {
    const dir = mkdtempSync(join(scratch, 'restored-'));
    copyFileSync(join(dataDir, CHECKPOINTS), join(dir, CHECKPOINTS));
    return dir;
  };

  const receiptsIn = async (dbPath: string) => {
    const store = createStore({ sqlitePath: dbPath });
    try {
      const rows = await store.db.selectFrom('submission').select('receipt_number').execute();
      return rows.map((r) => r.receipt_number);
    } finally {
      await store.close();
    }
  };

  const auditReportOf = async (dir: string) => {
    const config = readConfig({
      NODE_ENV: 'test',
      TILSKUDD_DATA_DIR: dir,
      TILSKUDD_AUDIT_KEY: KEY,
    });
    const store = createStore({ sqlitePath: config.sqlitePath });
    try {
      return (await inspectAuditTrail({ config, store })).report;
    } finally {
      await store.close();
    }
  };

  beforeAll(async () => {
    t = await createTestApp('sqlite', { env: { TILSKUDD_AUDIT_KEY: KEY } });
    dataDir = t.ctx.config.dataDir;
    scratch = mkdtempSync(join(tmpdir(), 'tilskudd-backup-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('R32: a backup taken during a stream of submissions restores with every receipt given before it, integrity ok and a verifying trail', async () => {
    const before = [await submitOne(t), await submitOne(t)];
    await checkpoint();
    const out = join(scratch, 'during.sqlite');
    const run = startCli('backup', ['--out', out], env());
    let exited = false;
    void run.exited.then(() => (exited = true));
    const during: string[] = [];
    while (!exited) during.push(await submitOne(t));
    expect(await run.exited, run.stderr()).toBe(0);
    const after = await submitOne(t);
    await checkpoint();

    const target = otherDataDir();
    const restored = runCli('restore', [out], {
      TILSKUDD_DATA_DIR: target,
      TILSKUDD_AUDIT_KEY: KEY,
    });
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('Audit trail INTACT.');
    // The checkpoint signed after the backup names events it does not have: said, not hidden.
    expect(restored.stdout).toContain('LOST: 1 checkpoints were signed after this backup');

    const livePath = join(target, 'tilskudd.sqlite');
    expect(integrityCheck(livePath)).toEqual(['ok']);
    const receipts = await receiptsIn(livePath);
    expect(receipts).toEqual(expect.arrayContaining(before));
    expect(receipts).not.toContain(after);
    // What was received during the copy is there or not, each whole: never half a submission.
    expect(receipts.length).toBeGreaterThanOrEqual(before.length);
    const report = await auditReportOf(target);
    expect(report.ok, JSON.stringify(report)).toBe(true);
    expect(report.stored.submissions).toBe(receipts.length);
  });

  it('R32: a backup killed with SIGKILL mid-copy leaves the previous backup whole and verifying, and nothing under its name', async () => {
    const out = join(scratch, 'nightly.sqlite');
    const first = runCli('backup', ['--out', out], env());
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('SQLite integrity check ok');
    const previous = sha256File(out);
    const slow = ['--pages-per-step', '1', '--step-delay-ms', '1000', '--progress'];

    const killed = startCli('backup', ['--out', out, ...slow], env());
    await waitForOutput(killed, 'progress ');
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect(existsSync(`${out}.partial`)).toBe(true);
    expect(sha256File(out)).toBe(previous);
    expect(integrityCheck(out)).toEqual(['ok']);

    const fresh = join(scratch, 'never.sqlite');
    const killedFresh = startCli('backup', ['--out', fresh, ...slow], env());
    await waitForOutput(killedFresh, 'progress ');
    killedFresh.child.kill('SIGKILL');
    await killedFresh.exited;
    expect(existsSync(`${fresh}.partial`)).toBe(true);
    expect(existsSync(fresh)).toBe(false);

    const restored = runCli('restore', [out], {
      TILSKUDD_DATA_DIR: otherDataDir(),
      TILSKUDD_AUDIT_KEY: KEY,
    });
    expect(restored.status, restored.stderr).toBe(0);

    // On another machine without the checkpoint file: checked against its own checkpoints.
    const bare = mkdtempSync(join(scratch, 'bare-'));
    const elsewhere = runCli('restore', [out], {
      TILSKUDD_DATA_DIR: bare,
      TILSKUDD_AUDIT_KEY: KEY,
    });
    expect(elsewhere.status, elsewhere.stderr).toBe(0);
    expect((await auditReportOf(bare)).ok).toBe(true);
  });

  describe('R32: restore refuses and changes nothing', () => {
    let good: string;
    let target: string;
    const snapshotOf = () => ({
      files: readdirSync(target).sort(),
      database: sha256File(join(target, 'tilskudd.sqlite')),
      checkpoints: sha256File(join(target, CHECKPOINTS)),
    });
    const restoreInto = (file: string) =>
      runCli('restore', [file], { TILSKUDD_DATA_DIR: target, TILSKUDD_AUDIT_KEY: KEY });

    beforeAll(() => {
      good = join(scratch, 'good.sqlite');
      expect(runCli('backup', ['--out', good], env()).status).toBe(0);
      target = otherDataDir();
      const first = restoreInto(good);
      expect(first.status, first.stderr).toBe(0);
    });

    it('R32: a backup with an edited snapshot', () => {
      const tampered = join(scratch, 'tampered.sqlite');
      copyFileSync(good, tampered);
      const db = new SqliteDatabase(tampered);
      const edit = db.prepare(
        "update submission set snapshot = replace(snapshot, 'NTNU', 'NTNV') where rowid = (select min(rowid) from submission)",
      );
      expect(edit.run().changes).toBe(1);
      db.close();
      const before = snapshotOf();
      const result = restoreInto(tampered);
      expect(result.status, result.stdout).toBe(1);
      expect(result.stderr).toContain('Restore REFUSED, nothing changed');
      expect(result.stderr).toContain('the audit verification of the backup failed');
      expect(result.stderr).toContain('Audit trail BROKEN.');
      expect(result.stderr).toMatch(/snapshot/i);
      expect(snapshotOf()).toEqual(before);
    });

    it('R32: a backup with corrupted pages', () => {
      const corrupted = join(scratch, 'corrupted.sqlite');
      copyFileSync(good, corrupted);
      const fd = openSync(corrupted, 'r+');
      writeSync(fd, randomBytes(8192), 0, 8192, 4096 * 3);
      closeSync(fd);
      const before = snapshotOf();
      const result = restoreInto(corrupted);
      expect(result.status, result.stdout).toBe(1);
      expect(result.stderr).toMatch(/integrity check failed|not a readable SQLite database/);
      expect(snapshotOf()).toEqual(before);
    });

    it('R32: a file that is not a database, and a file that does not exist', () => {
      const text = join(scratch, 'notes.txt');
      copyFileSync(join(target, CHECKPOINTS), text);
      const before = snapshotOf();
      expect(restoreInto(text).stderr).toContain('not a readable SQLite database');
      expect(restoreInto(join(scratch, 'missing.sqlite')).stderr).toContain('no backup file at');
      expect(snapshotOf()).toEqual(before);
    });

    it('R32: while a server holds the database open', () => {
      const files = readdirSync(dataDir).sort();
      const result = runCli('restore', [good], env());
      expect(result.status, result.stdout).toBe(1);
      expect(result.stderr).toContain('is open in another process');
      expect(readdirSync(dataDir).sort()).toEqual(files);
    });
  });
});
