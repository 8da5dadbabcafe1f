/**
 * Documents: how long a PDF/A receipt and a full application copy take to make (p50, in process,
 * against an empty one-page PDF/A made by the same renderer in the same run), and the upload
 * throughput of a 10 MB file through the real route (app in a child process, SQLite and
 * PostgreSQL) against the same bytes posted to a route that only drains the multipart stream.
 *
 *   npx tsx bench/documents.ts
 *   BENCH_ITERATIONS=60 BENCH_UPLOADS=10 BENCH_DIALECTS=sqlite npx tsx bench/documents.ts
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { renderApplicationCopy } from '../src/documents/application-copy/build-copy.js';
import { renderReceipt } from '../src/documents/receipt/build-receipt.js';
import { renderPdf } from '../src/documents/pdf/render-pdf.js';
import { readSnapshot } from '../src/documents/submission-snapshot.js';
import { canonicalJson } from '../src/domain/audit/canonical-json.js';
import { loadCallDefinitions } from '../src/platform/load-calls.js';
import { createBenchDatabase, ROOT, startChild, type ChildServer } from './support.js';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 40);
const uploads = Number(process.env.BENCH_UPLOADS ?? 8);
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',') as (
  'sqlite' | 'postgres'
)[];
const FILE_BYTES = 10 * 1024 * 1024;
const BOUNDARY = '----tilskudd-bench-boundary';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timeOnce(make: () => Promise<Buffer>): Promise<number> {
  const started = performance.now();
  await make();
  return performance.now() - started;
}

/** p50 and p95 of each maker, runs interleaved so drift hits all of them alike. */
async function measure(
  makers: Record<string, () => Promise<Buffer>>,
): Promise<Record<string, number[]>> {
  const times: Record<string, number[]> = Object.fromEntries(
    Object.keys(makers).map((k) => [k, []]),
  );
  for (let i = 0; i < 5; i += 1) for (const make of Object.values(makers)) await make();
  for (let i = 0; i < iterations; i += 1) {
    for (const [name, make] of Object.entries(makers)) times[name]?.push(await timeOnce(make));
  }
  return times;
}

async function benchGeneration(): Promise<void> {
  const call = loadCallDefinitions(join(ROOT, 'calls'))[0];
  if (!call) throw new Error('no call in calls/');
  const base = JSON.parse(readFileSync(join(ROOT, 'test/cases/base-application.json'), 'utf8')) as {
    content: Record<string, unknown>;
  };
  const stored = readSnapshot(
    canonicalJson({
      applicationId: '00000000-0000-4000-8000-000000000000',
      callId: call.id,
      callVersion: call.version,
      institutionOrgnr: '974767880',
      versionNo: 1,
      receiptNumber: `${call.receiptPrefix}-00001`,
      receivedAt: '2021-09-13T07:00:00.000Z',
      submittedBy: { userId: 'bench', name: 'Kari Nordmann' },
      content: base.content,
      attachments: [
        {
          itemId: 'a-signed-agreement',
          kind: 'signed-agreement',
          fileId: '00000000-0000-4000-8000-000000000001',
          fileName: 'samarbeidsavtale-signert.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 482113,
          sha256: '338573d0faac5851aa99777588cc91e1a875dc27a36f94d4ac064d55a01a533f',
        },
      ],
      findings: [],
    }),
  );
  const input = {
    stored,
    call,
    institutionName: 'Norges teknisk-naturvitenskapelige universitet (NTNU)',
  };
  const empty = () =>
    renderPdf({
      language: 'nb-NO',
      title: 'Tom',
      author: 'bench',
      subject: 'bench',
      createdAt: new Date('2021-09-13T07:00:00.000Z'),
      footer: '',
      pageLabel: () => '',
      blocks: [{ type: 'paragraph', text: ' ' }],
    });
  const times = await measure({
    'baseline: empty one-page PDF/A': empty,
    receipt: () => renderReceipt(input),
    'full copy': () => renderApplicationCopy(input),
  });
  const baseline = percentile(times['baseline: empty one-page PDF/A'] ?? [], 50);
  const sizes = {
    'baseline: empty one-page PDF/A': (await empty()).length,
    receipt: (await renderReceipt(input)).length,
    'full copy': (await renderApplicationCopy(input)).length,
  };
  console.log(`\nPDF/A generation, in process, ${iterations} runs each (after 5 warm-up runs)\n`);
  console.log('| document | p50 ms | p95 ms | × baseline (p50) | bytes |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, values] of Object.entries(times)) {
    const p50 = percentile(values, 50);
    console.log(
      `| ${name} | ${p50.toFixed(1)} | ${percentile(values, 95).toFixed(1)} | ${(p50 / baseline).toFixed(2)} | ${sizes[name as keyof typeof sizes]} |`,
    );
  }
}

/** A valid PDF of about 10 MB: one page and a large incompressible stream. */
async function tenMegabytePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  pdf.context.register(pdf.context.stream(randomBytes(FILE_BYTES - 2048)));
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

function multipart(file: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="itemId"\r\n\r\nbench\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="stor.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

function tokenFor(persona: string, env: Record<string, string>): string {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/token.ts', persona], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const token = out.stdout.trim().split('\n').at(-1);
  if (out.status !== 0 || !token) throw new Error(`token failed: ${out.stderr}`);
  return token;
}

/** Seconds one upload of `body` to `url` takes, answer read. */
async function timeUpload(
  url: string,
  body: Uint8Array<ArrayBuffer>,
  headers: Record<string, string>,
): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    body,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${url}: ${res.status} ${text}`);
  return (performance.now() - started) / 1000;
}

async function benchUploads(): Promise<void> {
  const file = await tenMegabytePdf();
  // A copy on its own ArrayBuffer: what fetch takes as a body.
  const body = new Uint8Array(multipart(file));
  const mb = file.length / (1024 * 1024);
  const rows: string[] = [];
  for (const dialect of dialects) {
    const db = await createBenchDatabase(dialect);
    let drain: ChildServer | undefined;
    let app: ChildServer | undefined;
    try {
      drain = await startChild('bench/documents.ts', { DOCUMENTS_BENCH_ROLE: 'drain' }, '/readyz');
      app = await startChild('src/main.ts', { ...db.env, TILSKUDD_DEMO_CLOCK: 'open' }, '/readyz');
      const token = tokenFor('applicant-ntnu', db.env);
      const created = await fetch(`${app.baseUrl}/api/applications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          callId: 'kompetanseloft-industriklynger-2021',
          institutionOrgnr: '974767880',
        }),
      });
      const { id } = (await created.json()) as { id: string };
      const route = `${app.baseUrl}/api/applications/${id}/attachments`;
      const auth = { authorization: `Bearer ${token}` };
      // One warm-up each, then turn about, so both see the same machine.
      await timeUpload(`${drain.baseUrl}/drain`, body, {});
      await timeUpload(route, body, auth);
      const baseline: number[] = [];
      const real: number[] = [];
      for (let i = 0; i < uploads; i += 1) {
        baseline.push(await timeUpload(`${drain.baseUrl}/drain`, body, {}));
        real.push(await timeUpload(route, body, auth));
      }
      const base = mb / percentile(baseline, 50);
      const measured = mb / percentile(real, 50);
      rows.push(
        `| ${dialect} | baseline: multipart drained, nothing kept | ${base.toFixed(0)} | 1.00 |`,
      );
      rows.push(
        `| ${dialect} | POST /api/applications/:id/attachments | ${measured.toFixed(0)} | ${(measured / base).toFixed(2)} |`,
      );
    } finally {
      await drain?.stop();
      await app?.stop();
      await db.drop();
    }
  }
  console.log(
    `\nUpload of a ${mb.toFixed(1)} MB PDF, ${uploads} uploads each (after 1 warm-up, interleaved), p50 throughput\n`,
  );
  console.log('| database | route | MB/s (p50) | × baseline |');
  console.log('|---|---|---:|---:|');
  for (const row of rows) console.log(row);
}

/** The baseline server: the same multipart parsing, the file read and thrown away. */
async function serveDrain(): Promise<void> {
  const { default: Fastify } = await import('fastify');
  const { default: fastifyMultipart } = await import('@fastify/multipart');
  const app = Fastify({ logger: false });
  await app.register(fastifyMultipart, { limits: { fileSize: 64 * 1024 * 1024, files: 1 } });
  app.get('/readyz', async () => ({ ready: true }));
  app.post('/drain', async (request) => {
    let bytes = 0;
    for await (const part of request.parts()) {
      if (part.type === 'file')
        for await (const chunk of part.file) bytes += (chunk as Buffer).length;
    }
    return { bytes };
  });
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
}

if (process.env.DOCUMENTS_BENCH_ROLE === 'drain') {
  await serveDrain();
} else {
  await benchGeneration();
  await benchUploads();
}
