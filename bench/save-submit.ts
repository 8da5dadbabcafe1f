/**
 * Section save and submission under load, on SQLite and PostgreSQL, each against the baseline (a
 * bare durable insert of the same payload into the same database) measured in the same run.
 *
 *   npm run bench:save-submit            # both databases, 10 s per scenario, 20 connections
 *   BENCH_SECONDS=30 BENCH_CONNECTIONS=50 BENCH_DIALECTS=postgres npm run bench:save-submit
 *
 * Writes bench/results/save-submit-<date>.json and prints a table.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import {
  createBenchDatabase,
  printTable,
  ROOT,
  runLoad,
  startChild,
  type LoadResult,
} from './support.js';
import { issueToken } from './token.js';
import { autosaveLoad, caseSection, inParallel, prepareApplication } from './applications.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',') as (
  'sqlite' | 'postgres'
)[];

const rows: (LoadResult & { dialect: string; ratio: number })[] = [];
for (const dialect of dialects) {
  const db = await createBenchDatabase(dialect);
  try {
    const payload = JSON.stringify(caseSection(0));
    const baseline = await startChild('bench/baseline-server.ts', db.env, '/baseline/ready');
    const baseResult = await runLoad('baseline: durable insert', baseline, {
      url: `${baseline.baseUrl}/baseline/1`,
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: payload,
      connections,
      duration: seconds,
    });
    await baseline.stop();
    rows.push({ ...baseResult, dialect, ratio: 1 });

    const app = await startChild(
      'src/main.ts',
      { ...db.env, TILSKUDD_DEMO_CLOCK: 'open' },
      '/readyz',
    );
    const token = await issueToken('applicant-ntnu', db.env);
    const ids = await inParallel(connections, 4, (i) => prepareApplication(app, token, i));
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    // Each connection keeps to its own application with its own version chain for the whole run.
    const saveLoad = autosaveLoad(ids, headers);
    const save = await runLoad('section save (PUT, If-Match)', app, {
      connections,
      duration: seconds,
      headers,
      ...saveLoad,
    });
    rows.push({ ...save, dialect, ratio: save.rps / baseResult.rps });

    let nextSubmit = 0;
    const submit = await runLoad('submit (rules, snapshot, receipt)', app, {
      connections,
      duration: seconds,
      headers,
      requests: [
        {
          method: 'POST',
          setupRequest: (req: autocannon.Request, c: object) => {
            const context = c as Record<string, unknown>;
            context.id ??= ids[nextSubmit++ % ids.length];
            return {
              ...req,
              path: `/api/applications/${String(context.id)}/submissions`,
              headers: { authorization: headers.authorization, 'idempotency-key': randomUUID() },
            };
          },
        },
      ],
    });
    rows.push({ ...submit, dialect, ratio: submit.rps / baseResult.rps });
    await app.stop();
  } finally {
    await db.drop();
  }
}

printTable(rows);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const file = join(
  ROOT,
  'bench/results',
  `save-submit-${new Date().toISOString().slice(0, 16).replace(':', '')}.json`,
);
writeFileSync(
  file,
  JSON.stringify({ date: new Date().toISOString(), seconds, connections, rows }, null, 2),
);
console.log(`\nResults: ${file}`);
