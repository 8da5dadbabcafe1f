/**
 * Virus scanning of uploads with a real ClamAV daemon (started here with a local EICAR
 * signature), on both databases: an infected file is refused at upload, a clean one is offered;
 * with clamd stopped a file waits in quarantine and the durable job scans it once clamd is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import { listJobs } from '../../../store/repositories/jobs.repository.js';
import {
  authHeaders,
  createCompleteApplication,
  createDraft,
  SEED_CALL_ID,
  submit,
} from '../../../../test/helpers/applications.js';
import {
  eicarBytes,
  EICAR_SIGNATURE,
  startTestClamd,
  type TestClamd,
} from '../../../../test/helpers/clamd.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { signedAgreementPdf } from '../../../../test/fixtures/files/build-files.js';
import { uploadFile } from '../../../../test/fixtures/files/upload.js';
import { jobHandlers } from '../../jobs/handlers.js';
import { createJobRunner, type JobRunner } from '../../jobs/job-runner.js';
import { SCAN_JOB_KIND } from './scan-attachment-job.js';

const OPEN = osloWallTimeToInstant('2021-09-13T09:00');
const AFTER_DEADLINE = new Date('2021-09-15T15:00:00Z');
const AGREEMENT = 'signed-agreement';
const silentLog = { warn: () => undefined, error: () => undefined };

/** A real PDF that carries the EICAR test string in a comment after its end. */
async function infectedPdf(): Promise<Buffer> {
  return Buffer.concat([
    await signedAgreementPdf(),
    Buffer.from('\n%'),
    eicarBytes(),
    Buffer.from('\n'),
  ]);
}

interface Uploaded {
  attachment: { id: string; downloadUrl: string; scan: { state: string; message: string } };
}

let clamd: TestClamd;
beforeAll(async () => {
  clamd = await startTestClamd();
});
afterAll(async () => {
  await clamd?.dispose();
});

describeEachDialect('virus scanning with ClamAV', (dialect) => {
  let t: TestApp;
  let jobs: JobRunner;
  // How far the job runner's wall clock is ahead of real time (to reach a retry's turn).
  let ahead = 0;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      now: OPEN,
      env: { TILSKUDD_CLAMD: clamd.setting, TILSKUDD_CLAMD_TIMEOUT_MS: '20000' },
    });
    // The job runner of a server process, driven by hand; its wall clock moves on when told.
    jobs = createJobRunner({
      store: t.db.store,
      handlers: jobHandlers(t.ctx, silentLog),
      log: silentLog,
      now: () => new Date(Date.now() + ahead),
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function download(url: string, persona = 'applicant-ntnu') {
    return t.app.inject({ url, headers: await authHeaders(t, persona) });
  }

  async function stateOf(applicationId: string, attachmentId: string) {
    const res = await download(`/api/applications/${applicationId}/attachments`);
    return res
      .json<{ id: string; scan: { state: string; message: string } }[]>()
      .find((a) => a.id === attachmentId)?.scan;
  }

  it('refuses a file with a virus at upload, names the signature, and stores nothing', async () => {
    const id = await createDraft(t);
    const res = await uploadFile(t, id, {
      kind: AGREEMENT,
      fileName: 'avtale.pdf',
      bytes: await infectedPdf(),
    });
    expect(res.statusCode, res.body).toBe(422);
    const problem = res.json<{ code: string; detail: string }>();
    expect(problem.code).toBe('attachment_infected');
    expect(problem.detail).toContain(EICAR_SIGNATURE);
    expect(problem.detail).toContain('«avtale.pdf»');
    const list = await download(`/api/applications/${id}/attachments`);
    expect(list.json()).toEqual([]);
    expect(await listJobs(t.db.store.db, SCAN_JOB_KIND)).toEqual([]);
  });

  it('says so in English too', async () => {
    const id = await createDraft(t);
    const res = await uploadFile(
      t,
      id,
      { kind: AGREEMENT, fileName: 'agreement.pdf', bytes: await infectedPdf() },
      { language: 'en' },
    );
    expect(res.json()).toMatchObject({
      code: 'attachment_infected',
      title: 'The file contains a virus and was not stored',
    });
  });

  it('marks a clean PDF clean and offers it', async () => {
    const id = await createDraft(t);
    const bytes = await signedAgreementPdf();
    const res = await uploadFile(t, id, { kind: AGREEMENT, fileName: 'avtale.pdf', bytes });
    expect(res.statusCode, res.body).toBe(201);
    const { attachment } = res.json<Uploaded>();
    expect(attachment.scan.state).toBe('clean');
    expect(attachment.scan.message).toMatch(/ingen virus funnet/);
    const file = await download(attachment.downloadUrl);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(bytes)).toBe(true);
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.json()).toMatchObject({ status: 'ready', virusScan: 'ready' });
  });

  it('with clamd stopped: the file waits in quarantine, staff are refused, the job scans it when clamd is back', async () => {
    await clamd.stop();
    try {
      expect((await t.app.inject({ url: '/readyz' })).json()).toMatchObject({
        status: 'ready',
        virusScan: 'unreachable',
      });
      const id = await createCompleteApplication(t);
      const files = await download(`/api/applications/${id}/attachments`);
      const file = files.json<{ id: string; downloadUrl: string; scan: { state: string } }[]>()[0];
      expect(file?.scan.state).toBe('pending');
      const refused = await download(file?.downloadUrl ?? '');
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        code: 'attachment_quarantined',
        scanState: 'pending',
      });

      const submitted = await submit(t, id, `scan-${dialect}`);
      expect(submitted.statusCode, submitted.body).toBe(201);
      const { submissionId } = submitted.json<{ submissionId: string }>();
      const officerUrl = `/api/submissions/${submissionId}/attachments/${file?.id ?? ''}`;
      const officer = await download(officerUrl, 'officer');
      expect(officer.statusCode).toBe(409);
      expect(officer.json<{ detail: string }>().detail).toMatch(/karantene/);

      // The durable job runs while clamd is still away: the file stays pending, retried later.
      expect(await jobs.runDue()).toBe(1);
      const [job] = await listJobs(t.db.store.db, SCAN_JOB_KIND);
      expect(job).toMatchObject({ state: 'queued', attempts: 1 });
      expect(job?.last_error).toMatch(/could not be reached/);
      expect(await jobs.runDue()).toBe(0);
      expect((await stateOf(id, file?.id ?? ''))?.state).toBe('pending');

      await clamd.start();
      ahead += 10 * 60_000;
      expect(await jobs.runDue()).toBe(1);
      expect((await listJobs(t.db.store.db, SCAN_JOB_KIND))[0]?.state).toBe('done');
      expect((await stateOf(id, file?.id ?? ''))?.state).toBe('clean');
      expect((await download(officerUrl, 'officer')).statusCode).toBe(200);
      expect((await download(file?.downloadUrl ?? '')).statusCode).toBe(200);
      const event = await t.db.store.db
        .selectFrom('audit_event')
        .select(['detail', 'actor_label'])
        .where('action', '=', 'application.attachment-scanned')
        .where('entity_id', '=', id)
        .executeTakeFirst();
      expect(event?.actor_label).toBe('virus scanner');
      expect(JSON.parse(event?.detail ?? '{}')).toMatchObject({ state: 'clean' });
    } finally {
      await clamd.start().catch(() => undefined);
    }
  });

  it('quarantines a file the job finds infected, and shows it as such', async () => {
    await clamd.stop();
    const id = await createDraft(t);
    let uploaded: Uploaded['attachment'];
    try {
      const res = await uploadFile(t, id, {
        kind: AGREEMENT,
        fileName: 'avtale.pdf',
        bytes: await infectedPdf(),
      });
      expect(res.statusCode, res.body).toBe(201);
      uploaded = res.json<Uploaded>().attachment;
      expect(uploaded.scan.state).toBe('pending');
    } finally {
      await clamd.start();
    }
    ahead += 10 * 60_000;
    expect(await jobs.runDue()).toBe(1);
    const scan = await stateOf(id, uploaded.id);
    expect(scan).toMatchObject({ state: 'infected' });
    expect(scan?.message).toMatch(/Virus funnet/);
    const refused = await download(uploaded.downloadUrl);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ scanState: 'infected' });
  });

  // Last: intake closes once, after which nothing more can be submitted.
  it("shows each file's scan state in the officer's case documents", async () => {
    await clamd.stop();
    try {
      const id = await createCompleteApplication(t, 'applicant-ntnu-2');
      const submitted = await submit(t, id, `pending-${dialect}`, 'applicant-ntnu-2');
      expect(submitted.statusCode, submitted.body).toBe(201);
    } finally {
      await clamd.start();
    }
    await t.clock.set(AFTER_DEADLINE);
    const list = await download(`/api/calls/${SEED_CALL_ID}/cases`, 'officer');
    expect(list.statusCode, list.body).toBe(200);
    const states: string[] = [];
    for (const item of list.json<{ items: { id: string }[] }>().items) {
      const detail = await download(`/api/cases/${item.id}`, 'officer');
      const files = detail.json<{ attachments: { scanState: string }[] }>().attachments;
      states.push(...files.map((f) => f.scanState));
    }
    expect(states.sort()).toEqual(['clean', 'pending']);
  });
});

describeEachDialect('without a virus scanner', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: OPEN });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores files as not scanned, offers them, and says it does not scan', async () => {
    const id = await createDraft(t);
    const res = await uploadFile(t, id, {
      kind: AGREEMENT,
      fileName: 'avtale.pdf',
      bytes: await signedAgreementPdf(),
    });
    expect(res.statusCode, res.body).toBe(201);
    const { attachment } = res.json<Uploaded>();
    expect(attachment.scan).toEqual({
      state: 'not_scanned',
      message: 'Ikke virusskannet: denne installasjonen har ingen virusskanner.',
    });
    expect(
      (
        await t.app.inject({
          url: attachment.downloadUrl,
          headers: await authHeaders(t, 'applicant-ntnu'),
        })
      ).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ url: '/readyz' })).json()).toMatchObject({ virusScan: 'off' });
    expect(await listJobs(t.db.store.db, SCAN_JOB_KIND)).toEqual([]);
  });
});

describe('TILSKUDD_CLAMD', () => {
  it('refuses a setting that is no address, naming the variable', async () => {
    const { readConfig } = await import('../../../platform/config.js');
    expect(() => readConfig({ NODE_ENV: 'test', TILSKUDD_CLAMD: 'localhost:3310' })).toThrow(
      /TILSKUDD_CLAMD: expected unix:\/path or tcp:host:port/,
    );
  });
});
