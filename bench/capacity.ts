/**
 * How much deadline-day load the app holds within the latency targets (autosave p99 < 100 ms,
 * submit p99 < 300 ms): 200 clients autosave at rising paced rates while submissions keep
 * arriving at the rush's rate (1 000 a minute), each step for BENCH_STEP_SECONDS. The answer is the
 * highest rate at which both targets hold, also counted in browsers saving as often as they can
 * (one save per 2.5 s pause in typing).
 *
 *   npm run bench:capacity                     # SQLite, PostgreSQL, PostgreSQL with 2 processes
 *   BENCH_TARGETS=sqlite BENCH_STEP_SECONDS=10 BENCH_RATES=400,800 npm run bench:capacity
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createBenchDatabase,
  ROOT,
  runArrivals,
  runPaced,
  startChild,
  type LoadResult,
} from './support.js';
import { issueToken } from './token.js';
import { inParallel, pacedAutosaveLoad, prepareApplication } from './applications.js';

const clients = 200;
const stepSeconds = Number(process.env.BENCH_STEP_SECONDS ?? 15);
const targets = (process.env.BENCH_TARGETS ?? 'sqlite,postgres,postgres-2').split(',');
const rates = (process.env.BENCH_RATES ?? '200,400,600,800,1000,1200,1600,2000')
  .split(',')
  .map(Number);
/** Submissions per second during every step: the rush's 1 000 a minute. */
const SUBMISSIONS_PER_SECOND = 1000 / 60;
const AUTOSAVE_P99_MS = 100;
const SUBMIT_P99_MS = 300;
/** The browser saves at most once per this many seconds of a pause in typing. */
const BROWSER_SAVE_SECONDS = 2.5;

interface Step {
  offeredPerSecond: number;
  autosave: LoadResult;
  submit: LoadResult;
  withinTargets: boolean;
}

async function runTarget(target: string): Promise<{ target: string; steps: Step[] }> {
  const db = await createBenchDatabase(target.startsWith('postgres') ? 'postgres' : 'sqlite');
  try {
    const app = await startChild(
      target === 'postgres-2' ? 'src/cluster.ts' : 'src/main.ts',
      { ...db.env, TILSKUDD_DEMO_CLOCK: 'open', TILSKUDD_WORKERS: '2', LOG_LEVEL: 'error' },
      '/readyz',
    );
    const token = await issueToken('applicant-ntnu', db.env);
    console.error(`[${target}] preparing ${clients} complete applications…`);
    const ids = await inParallel(clients, 8, (i) => prepareApplication(app, token, i));
    const authorization = `Bearer ${token}`;
    const versions = ids.map(() => 1);
    const steps: Step[] = [];
    for (const rate of rates) {
      const [autosave, submit] = await Promise.all([
        runPaced(`autosave at ${rate}/s offered`, app, {
          clients,
          intervalMs: (clients * 1000) / rate,
          durationMs: stepSeconds * 1000,
          ...pacedAutosaveLoad(ids, versions, authorization),
        }),
        runArrivals('submit', app, {
          count: Math.round(SUBMISSIONS_PER_SECOND * stepSeconds),
          durationMs: stepSeconds * 1000,
          request: (i) => ({
            method: 'POST',
            path: `/api/applications/${ids[i % ids.length] ?? ''}/submissions`,
            headers: { authorization, 'idempotency-key': randomUUID() },
          }),
        }),
      ]);
      const clean = [autosave, submit].every((r) => r.errors === 0 && r.non2xx === 0);
      const withinTargets = clean && autosave.p99 < AUTOSAVE_P99_MS && submit.p99 < SUBMIT_P99_MS;
      steps.push({ offeredPerSecond: rate, autosave, submit, withinTargets });
      console.error(
        `[${target}] ${rate}/s offered: autosave ${autosave.rps.toFixed(0)}/s p99 ${autosave.p99} ms, submit p99 ${submit.p99} ms${withinTargets ? '' : ' (outside the targets)'}`,
      );
      if (!withinTargets) break;
    }
    await app.stop();
    return { target, steps };
  } finally {
    await db.drop();
  }
}

const results: { target: string; steps: Step[] }[] = [];
for (const target of targets) results.push(await runTarget(target));

console.log(
  `\nCapacity within the targets (autosave p99 < ${AUTOSAVE_P99_MS} ms, submit p99 < ${SUBMIT_P99_MS} ms): ${clients} autosave clients at rising paced rates, ${SUBMISSIONS_PER_SECOND.toFixed(1)} submissions/s, ${stepSeconds} s a step (2 cores).\n`,
);
console.log(
  '| target | offered saves/s | answered saves/s | autosave p50 / p95 / p99 ms | submit p50 / p95 / p99 ms | statuses (autosave; submit) | server CPU | within targets |',
);
console.log('|---|---:|---:|---|---|---|---:|---|');
for (const { target, steps } of results) {
  for (const s of steps) {
    console.log(
      `| ${target} | ${s.offeredPerSecond} | ${s.autosave.rps.toFixed(0)} | ${s.autosave.p50} / ${s.autosave.p95} / ${s.autosave.p99} | ${s.submit.p50} / ${s.submit.p95} / ${s.submit.p99} | ${JSON.stringify(s.autosave.statuses)}; ${JSON.stringify(s.submit.statuses)} | ${s.autosave.serverCpuPercent.toFixed(0)} % | ${s.withinTargets ? 'yes' : 'no'} |`,
    );
  }
}
console.log('');
for (const { target, steps } of results) {
  const best = steps.filter((s) => s.withinTargets).at(-1);
  console.log(
    best
      ? `${target}: within the targets up to ${best.autosave.rps.toFixed(0)} saves/s answered, as many as ${Math.floor(best.autosave.rps * BROWSER_SAVE_SECONDS)} browsers saving at their fastest`
      : `${target}: outside the targets at the lowest rate tried`,
  );
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const file = join(
  ROOT,
  'bench/results',
  `capacity-${new Date().toISOString().slice(0, 16).replace(':', '')}.json`,
);
writeFileSync(
  file,
  JSON.stringify({ date: new Date().toISOString(), clients, stepSeconds, results }, null, 2),
);
console.log(`\nResults: ${file}`);
