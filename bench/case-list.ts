/**
 * The officer's case list with 10 000 cases (issue 6, and the officer scenario of the rush):
 * a filtered, sorted page and the opening of one case, on SQLite and PostgreSQL, each beside the
 * baseline (a bare durable insert into the same database) measured in the same run.
 *
 *   npm run bench:cases                                # both databases, 10 000 cases, 10 s each
 *   BENCH_CASES=2000 BENCH_SECONDS=5 BENCH_DIALECTS=sqlite npm run bench:cases
 *
 * Target: a filtered page in under 100 ms at p95 (autocannon reports p97.5, which is stricter).
 * Writes bench/results/case-list-<date>.json and prints a table.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../src/domain/audit/canonical-json.js';
import { caseSearchText } from '../src/domain/cases/case-facts.js';
import { readConfig } from '../src/platform/config.js';
import { openContext } from '../src/platform/start-context.js';
import { caseNumberOf } from '../src/server/services/cases/intake.js';
import {
  analyzeCases,
  caseStatusCounts,
  listCases,
} from '../src/store/repositories/cases.repository.js';
import type { ApplicationRow, CaseFileRow, SubmissionRow } from '../src/store/database.js';
import {
  createBenchDatabase,
  printTable,
  ROOT,
  runLoad,
  startChild,
  type LoadResult,
} from './support.js';
import { issueToken } from './token.js';

const cases = Number(process.env.BENCH_CASES ?? 10_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
// A few officers working at once; latency under this load is what each of them sees.
const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',') as (
  'sqlite' | 'postgres'
)[];
const AFTER_DEADLINE = '2021-09-16T08:00:00Z';
const COUNTIES = [
  'Trøndelag',
  'Vestland',
  'Møre og Romsdal',
  'Nordland',
  'Rogaland',
  'Viken',
  'Agder',
];
const STATUSES = [
  'formal_check',
  'awaiting_assessors',
  'in_assessment',
  'assessed',
  'consensus_recorded',
];

interface Base {
  callId: string;
  content: Record<string, unknown>;
}

/** Writes `cases` cases (with their applications and snapshots) straight into the database. */
async function seedCases(env: Record<string, string>): Promise<string[]> {
  const ctx = await openContext(readConfig({ ...env, TILSKUDD_DEMO_CLOCK: AFTER_DEADLINE }));
  const db = ctx.store.db;
  const call = ctx.calls[0];
  if (!call) throw new Error('no call loaded');
  const base = JSON.parse(
    readFileSync(join(ROOT, 'test/cases/base-application.json'), 'utf8'),
  ) as Base;
  const institutions = await db.selectFrom('institution').select(['orgnr', 'name']).execute();
  const user = await db.selectFrom('app_user').select('id').executeTakeFirstOrThrow();
  const ids: string[] = [];
  const at = '2021-09-15T14:00:00.000Z';
  const batch = 200;
  for (let start = 0; start < cases; start += batch) {
    const applications: ApplicationRow[] = [];
    const submissions: SubmissionRow[] = [];
    const rows: CaseFileRow[] = [];
    for (let i = start; i < Math.min(cases, start + batch); i += 1) {
      const institution = institutions[i % institutions.length] ?? {
        orgnr: '974767880',
        name: 'NTNU',
      };
      const applicationId = randomUUID();
      const submissionId = randomUUID();
      const receiptNumber = `${call.receiptPrefix}-${String(i + 1).padStart(5, '0')}`;
      const snapshot = canonicalJson({
        applicationId,
        callId: call.id,
        callVersion: call.version,
        institutionOrgnr: institution.orgnr,
        institutionName: institution.name,
        versionNo: 1,
        receiptNumber,
        receivedAt: at,
        submittedBy: { userId: user.id, name: 'Bench' },
        content: base.content,
        attachments: [],
        findings: [],
      });
      applications.push({
        id: applicationId,
        call_id: call.id,
        institution_orgnr: institution.orgnr,
        status: 'submitted',
        created_at: at,
        created_by: user.id,
        updated_at: at,
        updated_by: user.id,
      });
      submissions.push({
        id: submissionId,
        application_id: applicationId,
        call_id: call.id,
        version_no: 1,
        receipt_seq: i + 1,
        receipt_number: receiptNumber,
        received_at: at,
        submitted_by: user.id,
        idempotency_key: `bench-${i}`,
        snapshot,
        sha256: '0'.repeat(64),
        withdrawn_at: null,
        withdrawn_by: null,
      });
      const caseId = randomUUID();
      ids.push(caseId);
      rows.push({
        id: caseId,
        call_id: call.id,
        case_number: caseNumberOf(call, i + 1),
        case_seq: i + 1,
        application_id: applicationId,
        submission_id: submissionId,
        receipt_number: receiptNumber,
        title: `Kompetanseløft for klynge ${i + 1}`,
        institution_orgnr: institution.orgnr,
        institution_name: institution.name,
        county: COUNTIES[i % COUNTIES.length] ?? null,
        grant_applied: 500_000 + ((i * 7919) % 2_500_000),
        companies: 3 + (i % 9),
        participants: 10 + ((i * 31) % 190),
        findings: i % 4 === 0 ? 1 + (i % 3) : 0,
        status: STATUSES[i % STATUSES.length] ?? 'formal_check',
        formal_result: 'passed',
        disagreement: i % 11 === 0 ? 1 : 0,
        mean_score: i % 5 === 0 ? null : 1 + ((i * 13) % 60) / 10,
        created_at: at,
        updated_at: at,
        search_text: caseSearchText({
          caseNumber: caseNumberOf(call, i + 1),
          receiptNumber,
          title: `Kompetanseløft for klynge ${i + 1}`,
          institutionName: institution.name,
        }),
      });
    }
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('application').values(applications).execute();
      await tx.insertInto('submission').values(submissions).execute();
      await tx.insertInto('case_file').values(rows).execute();
    });
  }
  await db
    .insertInto('case_intake')
    .values({ call_id: call.id, closed_at: '2021-09-15T15:00:00.000Z', cases, not_submitted: 0 })
    .execute();
  await analyzeCases(db); // as intake does once it has made the cases
  // The queries alone, in process: what the database costs per page, apart from HTTP and auth.
  const timings: Record<string, number[]> = { listCases: [], caseStatusCounts: [] };
  for (let i = 0; i < 30; i += 1) {
    let t0 = performance.now();
    await listCases(db, call.id, {
      county: COUNTIES[i % COUNTIES.length],
      minCompanies: 4,
      sort: 'grantApplied',
      dir: 'desc',
      limit: 50,
      offset: 50 * (i % 3),
    });
    timings.listCases?.push(performance.now() - t0);
    t0 = performance.now();
    await caseStatusCounts(db, call.id);
    timings.caseStatusCounts?.push(performance.now() - t0);
  }
  for (const [name, list] of Object.entries(timings)) {
    const sorted = list.sort((a, b) => a - b);
    console.log(`  ${name}: median ${sorted[15]?.toFixed(1)} ms in process`);
  }
  await ctx.store.close();
  return ids;
}

const results: (LoadResult & { dialect: string; ratio: number })[] = [];
for (const dialect of dialects) {
  const db = await createBenchDatabase(dialect);
  try {
    const seedStarted = Date.now();
    const ids = await seedCases(db.env);
    console.log(
      `${dialect}: ${cases} cases seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`,
    );

    const baseline = await startChild('bench/baseline-server.ts', db.env, '/baseline/ready');
    const baseResult = await runLoad('baseline: durable insert', baseline, {
      url: `${baseline.baseUrl}/baseline/1`,
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ filter: 'county', page: 3 }),
      connections,
      duration: seconds,
    });
    await baseline.stop();
    results.push({ ...baseResult, dialect, ratio: 1 });

    const app = await startChild(
      'src/main.ts',
      { ...db.env, TILSKUDD_DEMO_CLOCK: AFTER_DEADLINE },
      '/readyz',
    );
    try {
      const token = await issueToken('officer', db.env);
      const headers = { authorization: `Bearer ${token}` };
      const callId = 'kompetanseloft-industriklynger-2021';
      // Varied filtered pages, as officers click through them.
      const pages = COUNTIES.flatMap((county, i) => [
        `/api/calls/${callId}/cases?county=${encodeURIComponent(county)}&minCompanies=4&sort=grantApplied&dir=desc&page=${1 + (i % 3)}`,
        `/api/calls/${callId}/cases?status=in_assessment&status=assessed&hasFindings=false&sort=meanScore&dir=desc&page=${2 + i}`,
        `/api/calls/${callId}/cases?q=klynge%20${i + 1}&sort=institution`,
      ]);
      const list = await runLoad('case list: filtered page of 50', app, {
        connections,
        duration: seconds,
        requests: pages.map((path) => ({ method: 'GET', path, headers })),
      });
      results.push({ ...list, dialect, ratio: list.rps / baseResult.rps });
      const open = await runLoad('open a case', app, {
        connections,
        duration: seconds,
        requests: ids
          .slice(0, 500)
          .map((id) => ({ method: 'GET', path: `/api/cases/${id}`, headers })),
      });
      results.push({ ...open, dialect, ratio: open.rps / baseResult.rps });
    } finally {
      await app.stop();
    }
  } finally {
    await db.drop();
  }
}

printTable(results);
const target = results.filter((r) => r.name.startsWith('case list'));
for (const r of target) {
  console.log(
    `${r.dialect}: filtered page p97.5 ${r.p95} ms — target < 100 ms: ${r.p95 < 100 ? 'met' : 'NOT met'}`,
  );
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const file = join(
  ROOT,
  'bench/results',
  `case-list-${new Date().toISOString().slice(0, 16).replace(/:/g, '')}.json`,
);
writeFileSync(
  file,
  JSON.stringify(
    { cases, seconds, connections, measuredAt: new Date().toISOString(), results },
    null,
    2,
  ),
);
console.log(`results: ${file}`);
