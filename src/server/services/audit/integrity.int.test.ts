/**
 * R32: a stored snapshot or file edited in the database is never served to staff beside its
 * original receipt hash: it is re-hashed, refused with an alarm (error log, audit event, clear
 * message), and `npm run audit:verify` names it. Intake signs a checkpoint.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  authHeaders,
  createCompleteApplication,
  SEED_CALL_ID,
  submit,
} from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, ROOT, type TestApp } from '../../../../test/helpers/test-app.js';
import { attachSignedAgreement } from '../../../../test/fixtures/files/upload.js';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import { checkpointFilePath } from '../../../platform/audit-checkpoint-file.js';
import { useAuditLog } from '../../../platform/audit-log.js';
import { inspectAuditTrail } from './verify-chain.js';
import { sha256Of } from './integrity.js';

const OPEN = osloWallTimeToInstant('2021-09-13T09:00');
const AFTER_DEADLINE = osloWallTimeToInstant('2021-10-15T13:00');
const KEY = `ops-1:${randomBytes(32).toString('hex')}`;

describeEachDialect('stored content re-hashed when served (R32)', (dialect) => {
  let t: TestApp;
  let caseId: string;
  let submissionId: string;
  let attachmentId: string;
  let applicationId: string;
  const logged: { level: 'info' | 'error'; fields: Record<string, unknown>; message: string }[] =
    [];

  const officer = async (url: string) =>
    t.app.inject({
      url,
      headers: { ...(await authHeaders(t, 'officer')), 'accept-language': 'en' },
    });
  const cli = () =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        LOG_LEVEL: 'silent',
        ...t.db.env,
        TILSKUDD_AUDIT_KEY: KEY,
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
  const alarms = () =>
    t.db.store.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'integrity.mismatch')
      .execute();

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: OPEN, env: { TILSKUDD_AUDIT_KEY: KEY } });
    useAuditLog(t.ctx.config, {
      info: (fields, message) => logged.push({ level: 'info', fields, message }),
      error: (fields, message) => logged.push({ level: 'error', fields, message }),
    });
    applicationId = await createCompleteApplication(t);
    await attachSignedAgreement(t, applicationId);
    const res = await submit(t, applicationId, 'integrity-1');
    expect(res.statusCode, res.body).toBe(201);
    submissionId = res.json<{ submissionId: string }>().submissionId;
    await t.clock.set(AFTER_DEADLINE);
    const cases = await officer(`/api/calls/${SEED_CALL_ID}/cases`);
    caseId = cases.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    const detail = (await officer(`/api/cases/${caseId}`)).json<{
      attachments: { id: string }[];
    }>();
    attachmentId = detail.attachments[0]?.id ?? '';
  });
  afterAll(async () => {
    await t.close();
  });

  it('R32: intake signs a checkpoint into the database, the file outside it and the log', async () => {
    const rows = await t.db.store.db.selectFrom('audit_checkpoint').selectAll().execute();
    expect(rows.map((r) => r.reason)).toContain('intake');
    const intake = rows.find((r) => r.reason === 'intake');
    const file = readFileSync(checkpointFilePath(t.ctx.config, t.db.store), 'utf8');
    expect(file).toContain(intake?.id);
    expect(logged).toContainEqual(
      expect.objectContaining({
        message: 'audit checkpoint',
        fields: { auditCheckpoint: expect.objectContaining({ id: intake?.id }) },
      }),
    );
    expect(cli().status).toBe(0);
  });

  it('R32: the intact case, file and receipt are served to the officer', async () => {
    expect(caseId).not.toBe('');
    expect((await officer(`/api/cases/${caseId}`)).statusCode).toBe(200);
    expect(
      (await officer(`/api/submissions/${submissionId}/attachments/${attachmentId}`)).statusCode,
    ).toBe(200);
    expect((await officer(`/api/submissions/${submissionId}/receipt.pdf`)).statusCode).toBe(200);
    expect(await alarms()).toEqual([]);
  });

  it('R32: a snapshot edited in the database is refused with an alarm, and audit:verify names it', async () => {
    const db = t.db.store.db;
    const original = await db
      .selectFrom('submission')
      .selectAll()
      .where('id', '=', submissionId)
      .executeTakeFirstOrThrow();
    const edited = original.snapshot.replace('"versionNo":1', '"versionNo":2');
    expect(edited).not.toBe(original.snapshot);
    try {
      // Edited alone, and edited with its receipt hash made to match: both are refused.
      for (const sha256 of [original.sha256, sha256Of(edited)]) {
        await db
          .updateTable('submission')
          .set({ snapshot: edited, sha256 })
          .where('id', '=', submissionId)
          .execute();
        const before = (await alarms()).length;
        for (const url of [
          `/api/cases/${caseId}`,
          `/api/submissions/${submissionId}/receipt.pdf`,
        ]) {
          const res = await officer(url);
          expect(res.statusCode, url).toBe(409);
          expect(res.json()).toMatchObject({
            code: 'integrity_mismatch',
            title: expect.stringContaining('does not match'),
          });
        }
        expect((await alarms()).length).toBe(before + 2);
        expect(logged.filter((l) => l.level === 'error').at(-1)?.fields).toMatchObject({
          integrityAlarm: { kind: 'snapshot-altered', submissionId },
        });
        const { report } = await inspectAuditTrail({ config: t.ctx.config, store: t.db.store });
        expect(report.ok).toBe(false);
        expect(report.stored.problems).toEqual([
          expect.objectContaining({
            kind: 'snapshot-altered',
            submissionId,
            against: sha256 === original.sha256 ? 'receipt' : 'audit-chain',
          }),
        ]);
      }
      const run = cli();
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toContain(`the snapshot of submission ${original.receipt_number}`);
    } finally {
      await db
        .updateTable('submission')
        .set({ snapshot: original.snapshot, sha256: original.sha256 })
        .where('id', '=', submissionId)
        .execute();
    }
  });

  it('R32: a file edited in the database is refused with an alarm, and audit:verify names it', async () => {
    const db = t.db.store.db;
    const original = await db
      .selectFrom('attachment')
      .selectAll()
      .where('id', '=', attachmentId)
      .executeTakeFirstOrThrow();
    const edited = Buffer.concat([original.content, Buffer.from('\n% appended')]);
    try {
      for (const sha256 of [original.sha256, sha256Of(edited)]) {
        await db
          .updateTable('attachment')
          .set({ content: edited, sha256 })
          .where('id', '=', attachmentId)
          .execute();
        const res = await officer(`/api/submissions/${submissionId}/attachments/${attachmentId}`);
        expect(res.statusCode).toBe(409);
        expect(res.json()).toMatchObject({ code: 'integrity_mismatch' });
        const { report } = await inspectAuditTrail({ config: t.ctx.config, store: t.db.store });
        expect(report.stored.problems).toEqual([
          expect.objectContaining({
            kind: 'file-altered',
            attachmentId,
            against: sha256 === original.sha256 ? 'upload' : 'snapshot',
          }),
        ]);
      }
      const run = cli();
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toContain(`was altered`);
    } finally {
      await db
        .updateTable('attachment')
        .set({ content: original.content, sha256: original.sha256 })
        .where('id', '=', attachmentId)
        .execute();
    }
    expect(
      (await officer(`/api/submissions/${submissionId}/attachments/${attachmentId}`)).statusCode,
    ).toBe(200);
  });
});
