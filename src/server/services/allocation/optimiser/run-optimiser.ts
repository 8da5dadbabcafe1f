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
 * The options given to HiGHS, recorded with the scenario. The gaps are tight enough that the
 * optimum is proved to about 1e-9 of the call's objective (the LP is scaled by a million).
 */
export const SOLVER_OPTIONS: Readonly<Record<string, string | number | boolean>> = {
  output_flag: false,
  presolve: 'on',
  random_seed: 0,
  mip_rel_gap: 1e-9,
  mip_abs_gap: 1e-3,
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

export async function runOptimiser(
  input: OptimiserInput,
  timeLimitMs: number = DEFAULT_TIME_LIMIT_MS,
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

function inWorker(request: OptimiserRequest): Promise<OptimiserAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { execArgv: [] });
    let timer = setTimeout(
      () => stop(new Error('the optimiser did not start in time')),
      STARTUP_LIMIT_MS,
    );
    let settled = false;
    const stop = (error: Error | null, answer?: OptimiserAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(answer as OptimiserAnswer);
    };
    worker.on('message', (message: OptimiserAnswer | { type: 'ready' }) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        // HiGHS honours its own time limit; this is the backstop if it does not.
        timer = setTimeout(
          () => stop(new Error('the optimiser ran past its time')),
          request.timeLimitMs + 5_000,
        );
        worker.postMessage(request);
        return;
      }
      stop(null, message);
    });
    worker.on('error', (error) => stop(error));
    worker.on('exit', (code) => stop(new Error(`the optimiser worker exited (${code})`)));
  });
}
