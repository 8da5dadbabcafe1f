/**
 * A hostile upload must not stall the server (issue 14, item 1): random bytes after a %PDF
 * header cost pdf-lib seconds of CPU per megabyte, and on the event loop that kept /healthz
 * waiting 5.8 s. Both requests go over real HTTP, as two clients would send them.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import { createDraft } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { multipartBody, multipartContentType } from '../../../../test/fixtures/files/multipart.js';
import { randomAfterPdfHeader } from '../../../../test/fixtures/files/hostile-pdf.js';
import { uploadFile } from '../../../../test/fixtures/files/upload.js';

const OPEN = osloWallTimeToInstant('2021-09-13T09:00');

function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): { sent: Promise<void>; answered: Promise<{ status: number; body: string }> } {
  let onSent: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => (onSent = resolve));
  const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.on('finish', onSent);
    req.end(options.body);
  });
  return { sent, answered };
}

/**
 * Another client, in its own process (a client in this process would be frozen with the server
 * and could not notice): asks /healthz every 100 ms until its stdin closes, and prints, per
 * probe, when it was sent and how long its answer took, timed from its own send.
 */
const PROBER = `
const url = process.argv[1];
const probes = [];
let running = true;
process.stdin.on('end', () => (running = false)).resume();
console.log('ready');
while (running) {
  const sentAt = Date.now();
  const started = performance.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(20000) }).catch(() => null);
  probes.push({ sentAt, waitMs: performance.now() - started, status: res ? res.status : 0 });
  await new Promise((resolve) => setTimeout(resolve, 100));
}
console.log(JSON.stringify(probes));
`;

interface Probe {
  sentAt: number;
  waitMs: number;
  status: number;
}

function startProber(url: string) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', PROBER, url], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const ready = new Promise<void>((resolve) => {
    const check = () => (output.startsWith('ready') ? resolve() : setTimeout(check, 20));
    check();
  });
  const finish = () =>
    new Promise<Probe[]>((resolve, reject) => {
      child.once('exit', () => {
        const line = output.trim().split('\n').at(-1) ?? '[]';
        try {
          resolve(JSON.parse(line) as Probe[]);
        } catch (error) {
          reject(error as Error);
        }
      });
      child.stdin.end();
    });
  return { ready, finish, kill: () => child.kill() };
}

describeEachDialect('a hostile PDF upload does not stall the server', (dialect) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    // The parse of 2 MB of noise takes pdf-lib 4 s or more, so a 1.5 s budget always stops it,
    // while the inspection still runs long enough for /healthz to be asked many times.
    t = await createTestApp(dialect, { now: OPEN, env: { TILSKUDD_INSPECTION_BUDGET_MS: '1500' } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers another client\'s /healthz within a second while 2 MB of "%PDF" and random bytes are inspected', async () => {
    const id = await createDraft(t);
    const prober = startProber(`${base}/healthz`);
    onTestFinished(() => {
      prober.kill();
    });
    await prober.ready;
    const hostile = randomAfterPdfHeader(2 * 1024 * 1024);
    const upload = send(`${base}/api/applications/${id}/attachments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await t.tokenFor('applicant-ntnu')}`,
        'content-type': multipartContentType,
      },
      body: multipartBody({ kind: 'signed-agreement', fileName: 'vedlegg.pdf', bytes: hostile }),
    });
    await upload.sent;
    const from = Date.now();
    const answer = await upload.answered;
    const until = Date.now();
    // Every probe that was waiting at some moment while the upload was judged.
    const probes = (await prober.finish()).filter(
      (p) => p.sentAt < until && p.sentAt + p.waitMs >= from,
    );
    expect(probes.length, 'no /healthz was asked while the upload was judged').toBeGreaterThan(0);
    // The one timed assertion the issue asks for; generous against a loaded machine.
    const waits = probes.map((p) => `${Math.round(p.waitMs)} ms (${p.status})`);
    expect(
      Math.max(...probes.map((p) => p.waitMs)),
      `health waits ${waits.join(', ')}`,
    ).toBeLessThan(1000);
    expect(probes.every((p) => p.status === 200)).toBe(true);
    // The deep check was stopped at its budget: taken on its raw bytes, and flagged.
    expect(answer.status, answer.body).toBe(201);
    const { attachment } = JSON.parse(answer.body) as {
      attachment: { warnings: { code: string }[] };
    };
    expect(attachment.warnings.map((w) => w.code)).toEqual(['pdf-check-stopped']);
  }, 60_000);
});

describeEachDialect('uploads beyond the inspection queue', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      now: OPEN,
      env: {
        TILSKUDD_INSPECTION_WORKERS: '1',
        TILSKUDD_INSPECTION_QUEUE: '0',
        TILSKUDD_INSPECTION_BUDGET_MS: '1500',
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('are turned away with 503 and a "try again", and nothing of them is stored', async () => {
    const id = await createDraft(t);
    const hostile = randomAfterPdfHeader(512 * 1024);
    const answers = await Promise.all(
      ['a.pdf', 'b.pdf'].map((fileName) =>
        uploadFile(t, id, { kind: 'other', fileName, bytes: hostile }, { language: 'en' }),
      ),
    );
    // Which of the two reaches the pool first is up to the event loop; one is taken, one not.
    const taken = answers.findIndex((a) => a.statusCode === 201);
    const turnedAway = answers[1 - taken];
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 503]);
    const name = taken === 0 ? 'b.pdf' : 'a.pdf';
    expect(turnedAway?.json()).toMatchObject({
      code: 'attachment_inspection_busy',
      detail: `The file “${name}” was not stored because many files are being checked right now. Try again in half a minute.`,
    });
    const listed = await t.app.inject({
      url: `/api/applications/${id}/attachments`,
      headers: { authorization: `Bearer ${await t.tokenFor('applicant-ntnu')}` },
    });
    expect(listed.json<{ fileName: string }[]>().map((a) => a.fileName)).toEqual([
      taken === 0 ? 'a.pdf' : 'b.pdf',
    ]);
  }, 60_000);
});
