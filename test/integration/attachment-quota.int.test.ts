/**
 * Limits on expensive work (files): an application stores at most the call's quota of files and
 * bytes, every version counted; the refusal names the limit in the user's language and stores
 * nothing. The call here is the seed call with a small quota, written to a temporary folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedAgreementPdf } from '../fixtures/files/build-files.js';
import { uploadFile } from '../fixtures/files/upload.js';
import { createDraft, SEED_CALL_ID } from '../helpers/applications.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { ROOT, createTestApp, type TestApp } from '../helpers/test-app.js';

const seedCall = readFileSync(join(ROOT, 'calls', SEED_CALL_ID, 'call.json'), 'utf8');

it('the seed call names its attachment quota as data', () => {
  expect(JSON.parse(seedCall)).toMatchObject({
    attachmentQuota: { maxFiles: expect.any(Number), maxTotalBytes: expect.any(Number) },
  });
});

/** A calls folder holding the seed call with the given quota. */
function callsWithQuota(quota: { maxFiles: number; maxTotalBytes: number }): string {
  const dir = mkdtempSync(join(tmpdir(), 'tilskudd-quota-calls-'));
  mkdirSync(join(dir, SEED_CALL_ID));
  const call = JSON.parse(seedCall) as Record<string, unknown>;
  call.attachmentQuota = quota;
  writeFileSync(join(dir, SEED_CALL_ID, 'call.json'), JSON.stringify(call));
  return dir;
}

describeEachDialect('attachment quota per application', (dialect) => {
  let pdf: Buffer;
  let byBytes: TestApp;
  let byCount: TestApp;
  const dirs: string[] = [];

  beforeAll(async () => {
    pdf = await signedAgreementPdf();
    dirs.push(callsWithQuota({ maxFiles: 10, maxTotalBytes: Math.floor(pdf.byteLength * 2.5) }));
    dirs.push(callsWithQuota({ maxFiles: 3, maxTotalBytes: pdf.byteLength * 10 }));
    byBytes = await createTestApp(dialect, { callsDir: dirs[0] });
    byCount = await createTestApp(dialect, { callsDir: dirs[1] });
  });
  afterAll(async () => {
    await byBytes.close();
    await byCount.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const stored = async (t: TestApp, id: string) =>
    Number(
      (
        await sql<{
          n: string | number;
        }>`select count(*) as n from attachment where application_id = ${id}`.execute(t.db.store.db)
      ).rows[0]?.n,
    );
  const upload = (t: TestApp, id: string, language = 'nb') =>
    uploadFile(
      t,
      id,
      { kind: 'signed-agreement', fileName: 'avtale.pdf', bytes: pdf },
      { language },
    );

  it('refuses the file past the total bytes, naming the MB limit, and stores nothing', async () => {
    const id = await createDraft(byBytes);
    expect((await upload(byBytes, id)).statusCode).toBe(201);
    expect((await upload(byBytes, id)).statusCode).toBe(201);
    const third = await upload(byBytes, id);
    expect(third.statusCode, third.body).toBe(413);
    expect(third.json()).toMatchObject({
      code: 'attachment_quota_exceeded',
      limit: 'maxTotalBytes',
      detail: expect.stringContaining('høyst'),
    });
    const en = await upload(byBytes, id, 'en');
    expect(en.json<{ detail: string }>().detail).toMatch(/at most [\d.]+ MB/);
    expect(await stored(byBytes, id)).toBe(2);
  });

  it('refuses the file past the count, replaced versions included (en)', async () => {
    const id = await createDraft(byCount);
    for (let i = 0; i < 3; i += 1) expect((await upload(byCount, id)).statusCode).toBe(201);
    const fourth = await upload(byCount, id, 'en');
    expect(fourth.statusCode, fourth.body).toBe(413);
    expect(fourth.json()).toMatchObject({
      code: 'attachment_quota_exceeded',
      limit: 'maxFiles',
      detail: expect.stringContaining('the limit is 3'),
    });
    expect(await stored(byCount, id)).toBe(3);
  });
});
