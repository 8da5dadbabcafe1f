/**
 * The optimiser's proposal for 2 000 cases (issue 15, R27): the real call's selection method, its
 * pot and per-institution cap scaled to the number of cases (bench/allocation-life.ts), solved by
 * HiGHS through the real worker thread (runOptimiser), beside the rank-order baseline (the greedy
 * allocation) timed in the same run.
 *
 *   npm run bench:allocation                    # both allocation benchmarks
 *   BENCH_CASES=500 BENCH_RUNS=5 npx tsx bench/allocation-optimiser.ts
 *
 * Target: the proposal the officer waits for (worker start, HiGHS loaded, the solve, the
 * explanations) under 1 s at p50. The sensitivity re-solves run afterwards as a durable job
 * (sensitivity-job.ts); they are timed here in this thread with the run's default budget, and
 * how many of the cases left out above the cut they answered is reported.
 * Writes bench/results/allocation-optimiser-<date>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { greedyAllocation } from '../src/domain/allocation/greedy.js';
import { buildOptimiserModel } from '../src/domain/allocation/optimiser-model.js';
import { solveAllocation } from '../src/domain/allocation/optimiser-solve.js';
import { rankCases } from '../src/domain/allocation/ranking.js';
import type { AllocationMethod } from '../src/domain/call/call-allocation-schema.js';
import { highsPort, loadHighs } from '../src/server/services/allocation/optimiser/highs-port.js';
import {
  DEFAULT_TIME_LIMIT_MS,
  runOptimiser,
  SOLVER_OPTIONS,
  type OptimiserInput,
  type OptimiserOutcome,
} from '../src/server/services/allocation/optimiser/run-optimiser.js';
import { texts } from '../src/server/services/allocation/texts.js';
import { benchLife, percentile } from './allocation-life.js';
import { ROOT } from './support.js';

const size = Number(process.env.BENCH_CASES ?? 2000);
const runs = Number(process.env.BENCH_RUNS ?? 15);
const warmups = Number(process.env.BENCH_WARMUPS ?? 1);
const loadBefore = loadavg();

const { call, scale, cases } = benchLife(size);
const method: AllocationMethod = call.allocation;

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

const rankTimes: number[] = [];
let ranked = rankCases(method, cases);
for (let i = 0; i < 5; i += 1) {
  const r = timed(() => rankCases(method, cases));
  rankTimes.push(r.ms);
  ranked = r.value;
}

interface Variant {
  name: string;
  input: OptimiserInput;
}

/**
 * The scaled call, and the same with a per-institution cap that binds for every institution
 * (the pot shared out evenly over them), so the institution rows are in the model too.
 */
const institutions = new Set(cases.map((c) => c.institutionOrgnr)).size;
const tightCap = Math.round(call.potNok / institutions / 1000) * 1000;
const base = {
  potNok: call.potNok,
  scale: { min: call.scale.min, max: call.scale.max },
  ranked,
  reductionReason: texts.optimiserReduction,
};
const variants: Variant[] = [
  { name: 'scaled call', input: { ...base, method } },
  {
    name: 'institution cap binding',
    input: {
      ...base,
      method: { ...method, limits: { ...method.limits, maxPerInstitutionNok: tightCap } },
    },
  },
];

function summary(values: readonly number[]) {
  return {
    p50: Math.round(percentile(values, 0.5) * 10) / 10,
    p95: Math.round(percentile(values, 0.95) * 10) / 10,
    min: Math.round(Math.min(...values) * 10) / 10,
    max: Math.round(Math.max(...values) * 10) / 10,
  };
}

const applied = cases.reduce((a, c) => a + c.appliedNok, 0);
console.log(
  `${size} cases, ${institutions} institutions, ${new Set(cases.map((c) => c.county)).size} counties; ` +
    `applied ${(applied / 1e6).toFixed(0)} MNOK against a pot of ${(call.potNok / 1e6).toFixed(0)} MNOK ` +
    `(${(applied / call.potNok).toFixed(2)}×; the call's pot × ${scale})`,
);

const results = [];
for (const variant of variants) {
  const m = variant.input.method;
  const model = buildOptimiserModel({ ...variant.input, method: m });
  const rows = (model.lp.match(/^ \w+:/gm) ?? []).length - 1;
  const greedyTimes: number[] = [];
  let greedy = greedyAllocation(m, variant.input.potNok, ranked, texts.optimiserReduction.nb);
  for (let i = 0; i < warmups + runs; i += 1) {
    const g = timed(() =>
      greedyAllocation(m, variant.input.potNok, ranked, texts.optimiserReduction.nb),
    );
    if (i >= warmups) greedyTimes.push(g.ms);
    greedy = g.value;
  }
  const wall: number[] = [];
  const firstSolve: number[] = [];
  let outcome: OptimiserOutcome | undefined;
  for (let i = 0; i < warmups + runs; i += 1) {
    const t0 = performance.now();
    outcome = await runOptimiser(variant.input, DEFAULT_TIME_LIMIT_MS, 'proposal');
    const ms = performance.now() - t0;
    if (i >= warmups) {
      wall.push(ms);
      firstSolve.push(outcome.solver.solvedInMs);
    }
  }
  if (!outcome) throw new Error('no run');
  const granted = (entries: { grantNok: number | null }[]) =>
    entries.reduce((a, e) => a + (e.grantNok ?? 0), 0);
  const funded = (entries: { placement: string }[]) =>
    entries.filter((e) => e.placement === 'main').length;
  const objectiveOfGreedy = (() => {
    // The call's objective of the greedy grants, to show what the optimiser gains.
    const byId = new Map(greedy.entries.map((e) => [e.caseId, e.grantNok ?? 0]));
    return model.cases.reduce(
      (a, c) => a + (c.value * (byId.get(c.ranked.case.caseId) ?? 0)) / c.ranked.case.appliedNok,
      0,
    );
  })();
  // Where the run's time goes, in this thread with the same options: how many solves the
  // sensitivity re-solves add, and the proposal alone at HiGHS' default gaps for comparison.
  const highs = await loadHighs();
  const port = highsPort(highs, SOLVER_OPTIONS, DEFAULT_TIME_LIMIT_MS);
  const diagnostic = timed(() =>
    solveAllocation({ ...variant.input, method: m }, variant.input.reductionReason, port),
  );
  const leftOutAboveCut = outcome.explanations.filter((e) => e.sensitivityPending).length;
  const answered =
    diagnostic.value.kind === 'solved'
      ? diagnostic.value.explanations.filter((e) => e.sensitivity !== null).length
      : 0;
  const { mip_rel_gap: _gap, mip_abs_gap: _abs, ...defaultGaps } = SOLVER_OPTIONS;
  const looser = timed(() => highs.solve(model.lp, { ...defaultGaps, time_limit: 60 }));
  const result = {
    variant: variant.name,
    potNok: variant.input.potNok,
    maxPerInstitutionNok: m.limits.maxPerInstitutionNok ?? null,
    modelColumns: model.cases.length * 2,
    modelRows: rows,
    optimiser: {
      wallMs: summary(wall),
      proposalSolveMs: summary(firstSolve),
      status: outcome.solver.status,
      objective: outcome.solver.objective,
      funded: funded(outcome.entries),
      grantedNok: granted(outcome.entries),
      inputHash: outcome.solver.inputHash,
      version: outcome.solver.version,
    },
    greedy: {
      ms: summary(greedyTimes),
      objective: objectiveOfGreedy,
      funded: funded(greedy.entries),
      grantedNok: granted(greedy.entries),
    },
    ratioP50: percentile(wall, 0.5) / percentile(greedyTimes, 0.5),
    inThread: {
      wholeRunMs: Math.round(diagnostic.ms),
      solves: port.solves,
      proposalSolveMs: Math.round(port.firstSolveMs ?? 0),
      casesPendingInProposal: leftOutAboveCut,
      casesAnsweredBySensitivity: answered,
      proposalAtDefaultGapsMs: Math.round(looser.ms),
      proposalAtDefaultGapsStatus: looser.value.Status,
      proposalAtDefaultGapsObjective: looser.value.ObjectiveValue / model.objectiveScale,
    },
  };
  results.push(result);
  console.log(
    `${variant.name}: ${result.modelColumns} columns, ${rows} rows; optimiser p50 ${result.optimiser.wallMs.p50} ms, ` +
      `p95 ${result.optimiser.wallMs.p95} ms (proposal solve p50 ${result.optimiser.proposalSolveMs.p50} ms); ` +
      `greedy p50 ${result.greedy.ms.p50} ms, p95 ${result.greedy.ms.p95} ms; ratio ${result.ratioP50.toFixed(0)}×; ` +
      `objective ${result.optimiser.objective.toFixed(3)} vs greedy ${objectiveOfGreedy.toFixed(3)}; ` +
      `proposal target p50 < 1 s: ${result.optimiser.wallMs.p50 < 1000 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  sensitivity (the job's work, here in this thread with a ${DEFAULT_TIME_LIMIT_MS / 1000} s budget): ` +
      `${result.inThread.solves} solves in ${result.inThread.wholeRunMs} ms answered ${answered} of ` +
      `${leftOutAboveCut} cases left out above the cut; the proposal solve alone ` +
      `${result.inThread.proposalSolveMs} ms, at HiGHS' default gaps ${result.inThread.proposalAtDefaultGapsMs} ms`,
  );
}

mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const file = join(
  ROOT,
  'bench/results',
  `allocation-optimiser-${new Date().toISOString().slice(0, 16).replace(/:/g, '')}.json`,
);
writeFileSync(
  file,
  JSON.stringify(
    {
      cases: size,
      runs,
      warmups,
      institutions,
      appliedNok: applied,
      potScale: scale,
      rankMs: summary(rankTimes),
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
console.log(`rank order of ${size} cases: p50 ${summary(rankTimes).p50} ms`);
console.log(`results: ${file}`);
