/**
 * The allocation workspace for 2 000 cases with consensus (issue 15, R27): GET
 * /api/calls/:callId/allocation through the real app (a child process, bearer token), on SQLite
 * and PostgreSQL, beside the baseline of the officer's case list for the same 2 000 cases
 * measured in the same run on the same server.
 *
 *   npm run bench:allocation                    # both allocation benchmarks
 *   BENCH_CASES=500 BENCH_SECONDS=5 BENCH_DIALECTS=sqlite npx tsx bench/allocation-page.ts
 *
 * The server loads the real call with its pot and per-institution cap scaled to the number of
 * cases (bench/allocation-life.ts), from a copy of its call.json. Target: the workspace in under
 * 300 ms at p95 (autocannon reports p97.5, which is stricter). One officer by default
 * (BENCH_CONNECTIONS). Writes bench/results/allocation-page-<date>.json and prints a table.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { canonicalJson } from '../src/domain/audit/canonical-json.js';
import { caseFactsOf, caseSearchText } from '../src/domain/cases/case-facts.js';
import type { ConsensusContent } from '../src/domain/cases/assessment-content.js';
import { readConfig } from '../src/platform/config.js';
import { openContext } from '../src/platform/start-context.js';
import { rankCases } from '../src/domain/allocation/ranking.js';
import { loadAllocationCases } from '../src/server/services/allocation/allocation-cases.js';
import { readWorkspace } from '../src/server/services/allocation/read-workspace.js';
import { caseNumberOf } from '../src/server/services/cases/intake.js';
import { analyzeCases } from '../src/store/repositories/cases.repository.js';
import type {
  ApplicationRow,
  CaseConsensusRow,
  CaseFileRow,
  SubmissionRow,
} from '../src/store/database.js';
import { benchLife, CALL_ID, percentile, type BenchLife } from './allocation-life.js';
import {
  createBenchDatabase,
  printTable,
  ROOT,
  runLoad,
  startChild,
  type LoadResult,
} from './support.js';
import { issueToken } from './token.js';

const size = Number(process.env.BENCH_CASES ?? 2000);
// The workspace answers a few times a second: 20 s gives some 40 samples for its p97.5.
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 1);
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',') as (
  'sqlite' | 'postgres'
)[];
// The call's own phase jump (three weeks after its deadline): only the clock is set at start.
const AFTER_DEADLINE = 'assessment-done';
const loadBefore = loadavg();

const bench = benchLife(size);

/** The real call.json with the pot and the cap of benchLife, in a folder of its own. */
function scaledCallsDir(life: BenchLife): string {
  const dir = mkdtempSync(join(tmpdir(), 'tilskudd-bench-calls-'));
  const raw = JSON.parse(readFileSync(join(ROOT, 'calls', CALL_ID, 'call.json'), 'utf8')) as Record<
    string,
    unknown
  > & { allocation: { limits: Record<string, unknown> } };
  raw.potNok = life.call.potNok;
  raw.allocation.limits = { ...life.call.allocation.limits };
  mkdirSync(join(dir, CALL_ID));
  writeFileSync(join(dir, CALL_ID, 'call.json'), JSON.stringify(raw, null, 2));
  return dir;
}

/**
 * Writes the cases straight through the tables, as intake and the consensus service leave them:
 * application, submission (the generated content as its snapshot), case_file (the facts intake
 * takes from the snapshot, formal check passed, status consensus_recorded, the mean score) and
 * case_consensus (the panel's planned consensus). Left out, as the workspace never reads them:
 * the individual assessments, assignments, audit events and receipts. Through the services this
 * takes far longer than the measurement (every case assigned, declared, assessed twice, agreed).
 */
async function seedCases(
  env: Record<string, string>,
): Promise<{ withConsensus: number; inProcess: Record<string, number> }> {
  const ctx = await openContext(readConfig({ ...env, TILSKUDD_DEMO_CLOCK: AFTER_DEADLINE }));
  const db = ctx.store.db;
  const call = ctx.calls.find((c) => c.id === CALL_ID);
  if (!call) throw new Error('no call loaded');
  const user = await db.selectFrom('app_user').select(['id', 'name']).executeTakeFirstOrThrow();
  const at = '2021-09-15T14:00:00.000Z';
  const agreedAt = '2021-10-20T10:00:00.000Z';
  let withConsensus = 0;
  const applications = bench.life.applications;
  for (let start = 0; start < applications.length; start += 200) {
    const rows = {
      applications: [] as ApplicationRow[],
      submissions: [] as SubmissionRow[],
      cases: [] as CaseFileRow[],
      consensus: [] as CaseConsensusRow[],
    };
    applications.slice(start, start + 200).forEach((a, k) => {
      const i = start + k;
      const applicationId = `bench-app-${i + 1}`;
      const submissionId = `bench-sub-${i + 1}`;
      const caseId = bench.cases[i]?.caseId ?? `bench-case-${i + 1}`;
      const receiptNumber = `${call.receiptPrefix}-${String(i + 1).padStart(5, '0')}`;
      const facts = caseFactsOf(call, a.content);
      rows.applications.push({
        id: applicationId,
        call_id: call.id,
        institution_orgnr: a.institution.orgnr,
        status: 'submitted',
        created_at: at,
        created_by: user.id,
        updated_at: at,
        updated_by: user.id,
      });
      rows.submissions.push({
        id: submissionId,
        application_id: applicationId,
        call_id: call.id,
        version_no: 1,
        receipt_seq: i + 1,
        receipt_number: receiptNumber,
        received_at: at,
        submitted_by: user.id,
        idempotency_key: `bench-${i}`,
        snapshot: canonicalJson({
          applicationId,
          callId: call.id,
          callVersion: call.version,
          institutionOrgnr: a.institution.orgnr,
          institutionName: a.institution.name,
          versionNo: 1,
          receiptNumber,
          receivedAt: at,
          submittedBy: { userId: user.id, name: user.name },
          content: a.content,
          attachments: [],
          findings: [],
        }),
        sha256: '0'.repeat(64),
        withdrawn_at: null,
        withdrawn_by: null,
      });
      const consensus: ConsensusContent = a.assessment.consensus;
      const scores = Object.values(consensus.scores).map((s) => s.score);
      rows.cases.push({
        id: caseId,
        call_id: call.id,
        case_number: caseNumberOf(call, i + 1),
        case_seq: i + 1,
        application_id: applicationId,
        submission_id: submissionId,
        receipt_number: receiptNumber,
        title: facts.title,
        institution_orgnr: a.institution.orgnr,
        institution_name: a.institution.name,
        county: facts.county,
        grant_applied: facts.grantApplied,
        companies: facts.companies,
        participants: facts.participants,
        findings: 0,
        // Every case has its consensus: the workspace at its largest, all of them ranked.
        status: 'consensus_recorded',
        formal_result: 'passed',
        disagreement: a.assessment.disagreement ? 1 : 0,
        mean_score: scores.reduce((x, y) => x + y, 0) / scores.length,
        created_at: at,
        updated_at: agreedAt,
        search_text: caseSearchText({
          caseNumber: caseNumberOf(call, i + 1),
          receiptNumber,
          title: facts.title,
          institutionName: a.institution.name,
        }),
      });
      withConsensus += 1;
      rows.consensus.push({
        case_id: caseId,
        content: JSON.stringify(consensus),
        version: 1,
        recorded_by: user.id,
        recorded_at: agreedAt,
      });
    });
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('application').values(rows.applications).execute();
      await tx.insertInto('submission').values(rows.submissions).execute();
      await tx.insertInto('case_file').values(rows.cases).execute();
      await tx.insertInto('case_consensus').values(rows.consensus).execute();
    });
  }
  await db
    .insertInto('case_intake')
    .values({
      call_id: call.id,
      closed_at: '2021-09-15T15:00:00.000Z',
      cases: size,
      not_submitted: 0,
    })
    .execute();
  await analyzeCases(db);
  // The service alone, in process, and its parts: what the workspace costs apart from HTTP, auth,
  // the response schema and serialising (the first reads also parse the snapshots: skipped).
  const times: Record<string, number[]> = {
    readWorkspace: [],
    loadAllocationCases: [],
    rankCases: [],
  };
  const cases = bench.cases;
  for (let i = 0; i < 12; i += 1) {
    let t0 = performance.now();
    await readWorkspace(ctx, call, 'nb');
    if (i >= 2) times.readWorkspace?.push(performance.now() - t0);
    t0 = performance.now();
    await loadAllocationCases(db, call, 'nb');
    if (i >= 2) times.loadAllocationCases?.push(performance.now() - t0);
    t0 = performance.now();
    rankCases(call.allocation, cases);
    if (i >= 2) times.rankCases?.push(performance.now() - t0);
  }
  const inProcess = Object.fromEntries(
    Object.entries(times).map(([name, list]) => [name, Math.round(percentile(list, 0.5))]),
  );
  console.log(
    `  in process, p50: readWorkspace ${inProcess.readWorkspace} ms, of which loadAllocationCases ` +
      `${inProcess.loadAllocationCases} ms, of which rankCases ${inProcess.rankCases} ms`,
  );
  await ctx.store.close();
  return { withConsensus, inProcess };
}

const callsDir = scaledCallsDir(bench);
const inProcessMs: Record<string, Record<string, number>> = {};
const results: (LoadResult & { dialect: string; ratio: number; bytes: number })[] = [];
try {
  for (const dialect of dialects) {
    const db = await createBenchDatabase(dialect);
    const env = { ...db.env, TILSKUDD_CALLS_DIR: callsDir };
    try {
      const seedStarted = Date.now();
      const seeded = await seedCases(env);
      inProcessMs[dialect] = seeded.inProcess;
      console.log(
        `${dialect}: ${size} cases (${seeded.withConsensus} with consensus) seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`,
      );
      const app = await startChild(
        'src/main.ts',
        { ...env, TILSKUDD_DEMO_CLOCK: AFTER_DEADLINE },
        '/readyz',
      );
      try {
        const token = await issueToken('officer', env);
        const headers = { authorization: `Bearer ${token}` };
        const listPath = `/api/calls/${CALL_ID}/cases`;
        const workspacePath = `/api/calls/${CALL_ID}/allocation`;
        const sizes: Record<string, number> = {};
        for (const path of [listPath, workspacePath]) {
          // Warm-up: the first workspace read parses every snapshot's budget lines once.
          const res = await fetch(`${app.baseUrl}${path}`, { headers });
          const body = await res.text();
          if (!res.ok) throw new Error(`${path}: ${res.status} ${body.slice(0, 300)}`);
          sizes[path] = Buffer.byteLength(body);
        }
        const list = await runLoad('baseline: case list, first page', app, {
          connections,
          duration: seconds,
          requests: [{ method: 'GET', path: listPath, headers }],
        });
        results.push({ ...list, dialect, ratio: 1, bytes: sizes[listPath] ?? 0 });
        const workspace = await runLoad(`allocation workspace, ${size} cases`, app, {
          connections,
          duration: seconds,
          requests: [{ method: 'GET', path: workspacePath, headers }],
        });
        results.push({
          ...workspace,
          dialect,
          ratio: workspace.rps / list.rps,
          bytes: sizes[workspacePath] ?? 0,
        });
      } finally {
        await app.stop();
      }
    } finally {
      await db.drop();
    }
  }
} finally {
  rmSync(callsDir, { recursive: true, force: true });
}

printTable(results);
for (const dialect of dialects) {
  const list = results.find((r) => r.dialect === dialect && r.name.startsWith('baseline'));
  const page = results.find((r) => r.dialect === dialect && r.name.startsWith('allocation'));
  if (!list || !page) continue;
  console.log(
    `${dialect}: workspace p97.5 ${page.p95} ms (${(page.bytes / 1024).toFixed(0)} KB), case list p97.5 ${list.p95} ms ` +
      `(${(list.bytes / 1024).toFixed(0)} KB); p50 ratio ${(page.p50 / Math.max(1, list.p50)).toFixed(1)}×, ` +
      `req/s ${page.ratio.toFixed(3)}× the case list — target < 300 ms: ${page.p95 < 300 ? 'met' : 'NOT met'}`,
  );
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const file = join(
  ROOT,
  'bench/results',
  `allocation-page-${new Date().toISOString().slice(0, 16).replace(/:/g, '')}.json`,
);
writeFileSync(
  file,
  JSON.stringify(
    {
      cases: size,
      seconds,
      connections,
      potNok: bench.call.potNok,
      inProcessMs,
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model ?? '',
        loadBefore,
        loadAfter: loadavg(),
      },
      results,
    },
    null,
    2,
  ),
);
console.log(`results: ${file}`);
