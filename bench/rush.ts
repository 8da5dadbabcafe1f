/**
 * Deadline day: 1 000 complete applications exist; 200 clients autosave 5 KB sections for the
 * whole window while 1 000 submissions arrive in the last 60 s. Run on SQLite, on PostgreSQL, and
 * on PostgreSQL with two app processes (npm run start:cluster). Each run starts with the baseline
 * (a bare durable insert of the same payload into the same database, same connections).
 *
 *   npm run bench                                   # all three, 60 s windows
 *   BENCH_SECONDS=20 BENCH_APPLICATIONS=300 BENCH_TARGETS=sqlite npm run bench
 *
 * Afterwards every 2xx submission must be in the database with a unique receipt number.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import pg from 'pg';
import BetterSqlite from 'better-sqlite3';
import {
  createBenchDatabase,
  PG_URL,
  ROOT,
  runLoad,
  startChild,
  type BenchDatabase,
  type LoadResult,
} from './support.js';
import { issueToken } from './token.js';
import { autosaveLoad, caseSection, inParallel, prepareApplication } from './applications.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const clients = Number(process.env.BENCH_CLIENTS ?? 200);
const applications = Number(process.env.BENCH_APPLICATIONS ?? 1000);
const targets = (process.env.BENCH_TARGETS ?? 'sqlite,postgres,postgres-2').split(',');

async function countSubmissions(
  db: BenchDatabase,
): Promise<{ rows: number; uniqueReceipts: number; receipts: Set<string> }> {
  if (db.dialect === 'sqlite') {
    const sqlite = new BetterSqlite(join(db.env.TILSKUDD_DATA_DIR ?? '', 'tilskudd.sqlite'), {
      readonly: true,
    });
    const row = sqlite
      .prepare('select count(*) as n, count(distinct receipt_number) as u from submission')
      .get() as { n: number; u: number };
    const receipts = sqlite.prepare('select receipt_number as r from submission').all() as {
      r: string;
    }[];
    sqlite.close();
    return { rows: row.n, uniqueReceipts: row.u, receipts: new Set(receipts.map((x) => x.r)) };
  }
  const client = new pg.Client({
    connectionString: PG_URL,
    options: `-c search_path=${db.env.TILSKUDD_PG_SCHEMA}`,
  });
  await client.connect();
  const res = await client.query<{ n: string; u: string }>(
    'select count(*) as n, count(distinct receipt_number) as u from submission',
  );
  const receipts = await client.query<{ r: string }>('select receipt_number as r from submission');
  await client.end();
  return {
    rows: Number(res.rows[0]?.n),
    uniqueReceipts: Number(res.rows[0]?.u),
    receipts: new Set(receipts.rows.map((x) => x.r)),
  };
}

interface TargetResult {
  target: string;
  baseline: LoadResult;
  autosave: LoadResult;
  submit: LoadResult;
  serverCpuPercent: number;
  loaderCpuPercent: number;
  submissionsStored: number;
  submissions2xx: number;
  uniqueReceipts: number;
  /** Receipts answered with 2xx that are not in the database afterwards: must be 0. */
  submissionsMissing: number;
}

async function runTarget(target: string): Promise<TargetResult> {
  const dialect = target.startsWith('postgres') ? 'postgres' : 'sqlite';
  const db = await createBenchDatabase(dialect);
  try {
    const payload = JSON.stringify(caseSection(0));
    const baselineServer = await startChild('bench/baseline-server.ts', db.env, '/baseline/ready');
    const baseline = await runLoad('baseline: durable insert', baselineServer, {
      url: `${baselineServer.baseUrl}/baseline/1`,
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: payload,
      connections: clients,
      duration: Math.min(seconds, 20),
    });
    await baselineServer.stop();

    const script = target === 'postgres-2' ? 'src/cluster.ts' : 'src/main.ts';
    const app = await startChild(
      script,
      { ...db.env, TILSKUDD_DEMO_CLOCK: 'open', TILSKUDD_WORKERS: '2', LOG_LEVEL: 'error' },
      '/readyz',
    );
    const token = await issueToken('applicant-ntnu', db.env);
    console.error(`[${target}] preparing ${applications} complete applications…`);
    const ids = await inParallel(applications, 8, (i) => prepareApplication(app, token, i));
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    const saveLoad = autosaveLoad(ids.slice(0, clients), headers);
    let nextSubmit = 0;
    const acknowledged: string[] = [];
    const submitRequest = {
      method: 'POST' as const,
      setupRequest: (req: autocannon.Request) => ({
        ...req,
        path: `/api/applications/${ids[nextSubmit++ % ids.length] ?? ''}/submissions`,
        headers: { authorization: headers.authorization, 'idempotency-key': randomUUID() },
      }),
      onResponse: (status: number, body: string) => {
        if (status >= 200 && status < 300)
          acknowledged.push((JSON.parse(body) as { receiptNumber: string }).receiptNumber);
      },
    };

    const cpuBefore = app.cpuSeconds();
    const loaderBefore = process.cpuUsage();
    const started = Date.now();
    const [autosave, submit] = await Promise.all([
      runLoad('autosave 5 KB (PUT, If-Match)', app, {
        connections: clients,
        duration: seconds,
        headers,
        ...saveLoad,
      }),
      runLoad('submit', app, {
        connections: 20,
        amount: applications,
        overallRate: Math.ceil(applications / seconds),
        headers,
        requests: [submitRequest],
      }),
    ]);
    const window = (Date.now() - started) / 1000;
    const serverCpuPercent = ((app.cpuSeconds() - cpuBefore) / window) * 100;
    const loader = process.cpuUsage(loaderBefore);
    await app.stop();
    const stored = await countSubmissions(db);
    const submissions2xx = (submit.statuses['200'] ?? 0) + (submit.statuses['201'] ?? 0);
    return {
      target,
      baseline,
      autosave,
      submit,
      serverCpuPercent,
      loaderCpuPercent: ((loader.user + loader.system) / 1e6 / window) * 100,
      submissionsStored: stored.rows,
      submissions2xx,
      uniqueReceipts: stored.uniqueReceipts,
      submissionsMissing: acknowledged.filter((r) => !stored.receipts.has(r)).length,
    };
  } finally {
    await db.drop();
  }
}

const results: TargetResult[] = [];
for (const target of targets) results.push(await runTarget(target));

console.log(
  `\nDeadline-day rush: ${applications} applications, ${clients} autosave clients for ${seconds} s, ${applications} submissions in the same window (2 cores).\n`,
);
console.log(
  '| target | endpoint | req/s | × baseline | p50 ms | p95 ms | p99 ms | statuses | server CPU | loader CPU |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---|---:|---:|');
for (const r of results) {
  for (const row of [r.baseline, r.autosave, r.submit]) {
    const ratio = row === r.baseline ? 1 : row.rps / r.baseline.rps;
    const cpu =
      row === r.baseline
        ? `${row.serverCpuPercent.toFixed(0)} %`
        : `${r.serverCpuPercent.toFixed(0)} %`;
    const loader =
      row === r.baseline
        ? `${row.loaderCpuPercent.toFixed(0)} %`
        : `${r.loaderCpuPercent.toFixed(0)} %`;
    console.log(
      `| ${r.target} | ${row.name} | ${row.rps.toFixed(0)} | ${ratio.toFixed(2)} | ${row.p50} | ${row.p95} | ${row.p99} | ${JSON.stringify(row.statuses)} | ${cpu} | ${loader} |`,
    );
  }
  console.log(
    `| ${r.target} | submissions 2xx / stored / unique receipts / 2xx missing | ${r.submissions2xx} / ${r.submissionsStored} / ${r.uniqueReceipts} / ${r.submissionsMissing} | | | | | | | |`,
  );
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const file = join(
  ROOT,
  'bench/results',
  `rush-${new Date().toISOString().slice(0, 16).replace(':', '')}.json`,
);
writeFileSync(
  file,
  JSON.stringify(
    { date: new Date().toISOString(), seconds, clients, applications, results },
    null,
    2,
  ),
);
console.log(`\nResults: ${file}`);
// A submission whose answer the client gave up on (timeout) may be stored without a 2xx; a 2xx
// whose receipt is not stored, or a receipt stored twice, is a failure.
const lost = results.filter(
  (r) => r.submissionsMissing > 0 || r.uniqueReceipts !== r.submissionsStored,
);
if (lost.length > 0) {
  console.error(
    `A 2xx submission is missing or a receipt repeats: ${lost.map((r) => r.target).join(', ')}`,
  );
  process.exitCode = 1;
}
