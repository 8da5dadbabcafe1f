/**
 * The optimiser proposal (R27): the call's selection method as a MILP, solved by HiGHS in a
 * worker thread with a time limit, answered as scenario entries with one explanation per case
 * and the solver's record for reproduction (docs/adr/0018).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { AllocationMethod } from '../../../../domain/call/call-allocation-schema.js';
import type { Localized } from '../../../../domain/call/call-schema-parts.js';
import type {
  Explanation,
  LimitName,
  RankedCase,
  ScenarioEntry,
  SolverRecord,
} from '../../../../domain/allocation/model.js';
import { canonicalJson } from '../../../../domain/audit/canonical-json.js';
import { OBJECTIVE_SCALE } from '../../../../domain/allocation/optimiser-model.js';
import type { OptimiserAnswer, OptimiserRequest } from './optimiser-worker.js';
import type { SolveMode } from '../../../../domain/allocation/optimiser-solve.js';

export interface OptimiserInput {
  method: AllocationMethod;
  potNok: number;
  scale: { min: number; max: number };
  ranked: RankedCase[];
  /** The text a reduction made by the optimiser carries (its nb text is stored on the entry). */
  reductionReason: Localized;
}

export interface OptimiserOutcome {
  entries: ScenarioEntry[];
  explanations: Explanation[];
  solver: SolverRecord;
}

/** A limit of the call that cannot be met with this pot and these cases. */
export class AllocationInfeasible extends Error {
  constructor(
    readonly limit: LimitName,
    readonly text: Localized,
  ) {
    super(`allocation infeasible: ${limit}`);
    this.name = 'AllocationInfeasible';
  }
}

/**
 * The options given to HiGHS, recorded with the scenario. The solve stops once the proposal is
 * proved within a millionth of the best possible objective (relative), or within 5e-7 of it
 * (absolute: the LP is scaled by a million). Tighter gaps took 5–10 times as long on 2 000
 * cases for the same proposal (bench/allocation-optimiser.ts, docs/adr/0018).
 */
export const SOLVER_OPTIONS: Readonly<Record<string, string | number | boolean>> = {
  output_flag: false,
  presolve: 'on',
  random_seed: 0,
  mip_rel_gap: 1e-5,
  mip_abs_gap: 0.5,
};

/** Wall time of a whole run, sensitivity re-solves included, after the worker has loaded. */
export const DEFAULT_TIME_LIMIT_MS = 20_000;
const STARTUP_LIMIT_MS = 30_000;

// Under tsx or vitest this module is TypeScript and the worker needs a bootstrap that loads
// TypeScript; a compiled build has optimiser-worker.js beside this file.
const WORKER_URL = new URL(
  import.meta.url.endsWith('.ts') ? './optimiser-worker.mjs' : './optimiser-worker.js',
  import.meta.url,
);

let highsVersion: string | undefined;
/** The installed HiGHS package's version; its exports hide package.json, so it is read beside the entry. */
export function solverVersion(): string {
  highsVersion ??= (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('highs')), 'utf8')) as {
      version: string;
    }
  ).version;
  return highsVersion;
}

/** SHA-256 of the canonical JSON of what the model is built from. */
export function inputHash(input: OptimiserInput): string {
  const { method, potNok, scale, ranked } = input;
  return createHash('sha256')
    .update(canonicalJson({ method, potNok, scale, ranked }))
    .digest('hex');
}

/**
 * One run in a fresh worker. Mode 'proposal' (what the officer waits for) solves once and marks
 * the sensitivity of cases left out above the cut as pending; mode 'sensitivity' (the background
 * job, and the tests) also runs the re-solves that find what would have funded them.
 */
export async function runOptimiser(
  input: OptimiserInput,
  timeLimitMs: number = DEFAULT_TIME_LIMIT_MS,
  mode: SolveMode = 'sensitivity',
): Promise<OptimiserOutcome> {
  const answer = await inWorker({
    problem: {
      method: input.method,
      potNok: input.potNok,
      scale: input.scale,
      ranked: input.ranked,
    },
    reductionReason: input.reductionReason,
    options: { ...SOLVER_OPTIONS },
    timeLimitMs,
    mode,
  });
  if (answer.type === 'failed') throw new Error(`the optimiser failed: ${answer.message}`);
  const { result } = answer;
  if (result.kind === 'infeasible') throw new AllocationInfeasible(result.limit, result.text);
  return {
    entries: result.entries,
    explanations: result.explanations,
    solver: {
      solver: 'highs',
      version: solverVersion(),
      options: { ...SOLVER_OPTIONS, objective_scale: OBJECTIVE_SCALE },
      inputHash: inputHash(input),
      status: result.status,
      objective: result.objective,
      model: result.model,
      solvedInMs: Math.round(answer.solvedInMs),
    },
  };
}

/** A worker thread that has loaded HiGHS and waits for its one request. */
function launchWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { execArgv: [] });
    // A spare waiting for work must not keep the process alive.
    worker.unref();
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('the optimiser did not start in time'));
    }, STARTUP_LIMIT_MS);
    worker.once('message', (message: { type: string }) => {
      clearTimeout(timer);
      if (message.type === 'ready') resolve(worker);
      else reject(new Error(`the optimiser worker said ${message.type} before it was ready`));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the optimiser worker exited (${code})`));
    });
  });
}

/**
 * One spare worker is kept loaded once the optimiser has run: starting a thread and loading
 * HiGHS' WebAssembly is a few hundred milliseconds the officer would otherwise wait for on
 * every proposal. Each worker still serves one request only and is terminated after it.
 */
let spare: Promise<Worker> | null = null;

async function takeWorker(): Promise<Worker> {
  const taken = spare ?? launchWorker();
  spare = launchWorker();
  spare.catch(() => {
    spare = null;
  });
  try {
    return await taken;
  } catch {
    // The spare died while waiting (or never started): a fresh one.
    return launchWorker();
  }
}

async function inWorker(request: OptimiserRequest): Promise<OptimiserAnswer> {
  const worker = await takeWorker();
  worker.ref();
  return new Promise((resolve, reject) => {
    let settled = false;
    const stop = (error: Error | null, answer?: OptimiserAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(answer as OptimiserAnswer);
    };
    // HiGHS honours its own time limit; this is the backstop if it does not.
    const timer = setTimeout(
      () => stop(new Error('the optimiser ran past its time')),
      request.timeLimitMs + 5_000,
    );
    worker.on('message', (message: OptimiserAnswer) => stop(null, message));
    worker.on('error', (error) => stop(error));
    worker.on('exit', (code) => stop(new Error(`the optimiser worker exited (${code})`)));
    worker.postMessage(request);
  });
}
