/**
 * Section save and submission under load, on SQLite and PostgreSQL, each against the baseline (a
 * bare durable insert of the same payload into the same database) measured in the same run.
 *
 *   npm run bench:save-submit            # both databases, 10 s per scenario, 20 connections
 *   BENCH_SECONDS=30 BENCH_CONNECTIONS=50 BENCH_DIALECTS=postgres npm run bench:save-submit
 *
 * Writes bench/results/save-submit-<date>.json and prints a table.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import {
  createBenchDatabase,
  printTable,
  ROOT,
  runLoad,
  startChild,
  type ChildServer,
  type LoadResult,
} from './support.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',') as (
  'sqlite' | 'postgres'
)[];
const CALL_ID = 'kompetanseloft-industriklynger-2021';
const NTNU = '974767880';

const base = JSON.parse(readFileSync(join(ROOT, 'test/cases/base-application.json'), 'utf8')) as {
  content: Record<string, unknown>;
};

/** About 5 KB of section content: the size of a well-filled text section. */
function caseSection(n: number): Record<string, string> {
  const text = (label: string, size: number) =>
    `${label} ${n}: ${'Klyngen er utsatt for internasjonal konkurranse. '.repeat(size)}`.slice(
      0,
      size * 48,
    );
  return {
    vulnerability: text('Sårbarhet', 30),
    competitiveSituation: text('Konkurranse', 25),
    restructuringNeed: text('Omstilling', 30),
    effect: text('Effekt', 20),
  };
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

async function api(
  server: ChildServer,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

async function createCompleteApplications(
  server: ChildServer,
  token: string,
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const { id } = (await api(server, token, 'POST', '/api/applications', {
      callId: CALL_ID,
      institutionOrgnr: NTNU,
    })) as { id: string };
    for (const [sectionId, content] of Object.entries(base.content)) {
      await api(server, token, 'PUT', `/api/applications/${id}/sections/${sectionId}`, content, {
        'if-match': '"0"',
      });
    }
    ids.push(id);
  }
  return ids;
}

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
    const token = tokenFor('applicant-ntnu', db.env);
    const ids = await createCompleteApplications(app, token, connections);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    // autocannon clears a connection's context after each pass over `requests`; a long list keeps
    // each connection on its own application with its own version chain for the whole run.
    let nextSave = 0;
    const saveRequest = {
      method: 'PUT' as const,
      setupRequest: (req: autocannon.Request, c: object) => {
        const context = c as Record<string, unknown>;
        context.id ??= ids[nextSave++ % ids.length];
        context.version ??= 1;
        context.n = Number(context.n ?? 0) + 1;
        return {
          ...req,
          path: `/api/applications/${String(context.id)}/sections/case`,
          headers: { ...headers, 'if-match': `"${String(context.version)}"` },
          body: JSON.stringify(caseSection(Number(context.n))),
        };
      },
      onResponse: (status: number, body: string, c: object) => {
        const context = c as Record<string, unknown>;
        if (status === 200) context.version = (JSON.parse(body) as { version: number }).version;
      },
    };
    const save = await runLoad('section save (PUT, If-Match)', app, {
      connections,
      duration: seconds,
      headers,
      requests: Array.from({ length: 100_000 }, () => saveRequest),
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
