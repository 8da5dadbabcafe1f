/**
 * Deadline day: complete applications exist; 200 clients autosave 5 KB sections while 1 000
 * submissions arrive in the same 60 s, in two phases:
 *
 * - saturated: the 200 clients save back to back, as fast as the server answers (autocannon,
 *   closed loop). This is the server's autosave throughput, compared with the baseline. In a
 *   closed loop every request waits for the ones ahead of it, so latency here is clients ÷
 *   throughput and says little about what a user sees.
 * - paced: each client saves once a second (the browser saves at most once per 2.5 s of a pause
 *   in typing, `AUTOSAVE_DELAY_MS`), 200 saves/s offered. This is the latency a user sees on the
 *   busiest day.
 *
 * In both, the submissions arrive on a schedule (open loop), each timed from its own send. Run on
 * SQLite, on PostgreSQL, and on PostgreSQL with two app processes (npm run start:cluster). Each
 * run starts with the baseline: a bare durable insert of the same payload into the same database,
 * with 200 connections.
 *
 *   npm run bench                                   # all three, 60 s phases
 *   BENCH_SECONDS=20 BENCH_APPLICATIONS=300 BENCH_TARGETS=sqlite npm run bench
 *
 * Afterwards every 2xx submission must be in the database with a unique receipt number.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import BetterSqlite from 'better-sqlite3';
import {
  createBenchDatabase,
  PG_URL,
  ROOT,
  runArrivals,
  runLoad,
  runPaced,
  startChild,
  type ChildServer,
  type BenchDatabase,
  type LoadResult,
} from './support.js';
import { issueToken } from './token.js';
import {
  autosaveLoad,
  caseSection,
  inParallel,
  pacedAutosaveLoad,
  prepareApplication,
} from './applications.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const clients = Number(process.env.BENCH_CLIENTS ?? 200);
const applications = Number(process.env.BENCH_APPLICATIONS ?? 1000);
const targets = (process.env.BENCH_TARGETS ?? 'sqlite,postgres,postgres-2').split(',');
/** Each paced client saves this often: 2.5 times the browser's fastest autosave. */
const PACED_INTERVAL_MS = 1_000;

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

/** The version each application's case section is at, so paced saves start from it. */
async function currentCaseVersions(
  app: ChildServer,
  authorization: string,
  ids: readonly string[],
): Promise<number[]> {
  return inParallel(ids.length, 8, async (i) => {
    const res = await fetch(`${app.baseUrl}/api/applications/${ids[i] ?? ''}`, {
      headers: { authorization },
    });
    const body = (await res.json()) as { sections: { id: string; version: number }[] };
    return body.sections.find((s) => s.id === 'case')?.version ?? 0;
  });
}

interface TargetResult {
  target: string;
  baseline: LoadResult;
  autosave: LoadResult;
  submit: LoadResult;
  pacedAutosave: LoadResult;
  pacedSubmit: LoadResult;
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

    const acknowledged: string[] = [];
    const submissions = (label: string) =>
      runArrivals(label, app, {
        count: applications,
        durationMs: seconds * 1000,
        request: (i) => ({
          method: 'POST',
          path: `/api/applications/${ids[i % ids.length] ?? ''}/submissions`,
          headers: { authorization: headers.authorization, 'idempotency-key': randomUUID() },
        }),
        onResponse: (status, body) => {
          if (status >= 200 && status < 300)
            acknowledged.push((JSON.parse(body) as { receiptNumber: string }).receiptNumber);
        },
      });

    const cpuBefore = app.cpuSeconds();
    const loaderBefore = process.cpuUsage();
    const started = Date.now();
    const [autosave, submit] = await Promise.all([
      runLoad('saturated: autosave 5 KB, back to back', app, {
        connections: clients,
        duration: seconds,
        headers,
        ...autosaveLoad(ids.slice(0, clients), headers),
      }),
      submissions('saturated: submit'),
    ]);
    const window = (Date.now() - started) / 1000;
    const serverCpuPercent = ((app.cpuSeconds() - cpuBefore) / window) * 100;
    const loader = process.cpuUsage(loaderBefore);

    const pacedIds = ids.slice(0, clients);
    const versions = await currentCaseVersions(app, headers.authorization, pacedIds);
    const [pacedAutosave, pacedSubmit] = await Promise.all([
      runPaced(`paced: autosave 5 KB, 1 per client per ${PACED_INTERVAL_MS / 1000} s`, app, {
        clients: pacedIds.length,
        intervalMs: PACED_INTERVAL_MS,
        durationMs: seconds * 1000,
        ...pacedAutosaveLoad(pacedIds, versions, headers.authorization),
      }),
      submissions('paced: submit'),
    ]);
    await app.stop();
    const stored = await countSubmissions(db);
    const submissions2xx = [submit, pacedSubmit].reduce(
      (n, r) => n + (r.statuses['200'] ?? 0) + (r.statuses['201'] ?? 0),
      0,
    );
    return {
      target,
      baseline,
      autosave,
      submit,
      pacedAutosave,
      pacedSubmit,
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
  `\nDeadline-day rush: ${applications} applications, ${clients} autosave clients for ${seconds} s, ${applications} submissions in the same window, twice: saturated, then paced (2 cores). Saturated autosave p95 is autocannon's p97.5.\n`,
);
console.log(
  '| target | load | req/s | × baseline | p50 ms | p95 ms | p99 ms | statuses | errors | server CPU | loader CPU |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|');
for (const r of results) {
  for (const row of [r.baseline, r.autosave, r.submit, r.pacedAutosave, r.pacedSubmit]) {
    // Throughput compares with the baseline only where the server was driven as fast as it goes.
    const ratio =
      row === r.baseline
        ? '1.00'
        : row === r.autosave
          ? (row.rps / r.baseline.rps).toFixed(2)
          : '–';
    // The saturated pair ran together: their CPU is measured over the shared window.
    const [cpu, loader] =
      row === r.autosave || row === r.submit
        ? [r.serverCpuPercent, r.loaderCpuPercent]
        : [row.serverCpuPercent, row.loaderCpuPercent];
    console.log(
      `| ${r.target} | ${row.name} | ${row.rps.toFixed(0)} | ${ratio} | ${row.p50} | ${row.p95} | ${row.p99} | ${JSON.stringify(row.statuses)} | ${row.errors} | ${cpu.toFixed(0)} % | ${loader.toFixed(0)} % |`,
    );
  }
  console.log(
    `| ${r.target} | submissions 2xx / stored / unique receipts / 2xx missing | ${r.submissions2xx} / ${r.submissionsStored} / ${r.uniqueReceipts} / ${r.submissionsMissing} | | | | | | | | |`,
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
