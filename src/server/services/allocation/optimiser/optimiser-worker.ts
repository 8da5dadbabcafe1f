/**
 * The optimiser's worker thread: HiGHS' `solve()` is synchronous and a 2 000-case model takes
 * most of a second, so it runs here and never on the event loop. One request per worker; the
 * main thread terminates the worker if it runs past its time.
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import * as highsPackage from 'highs';
import type { Highs } from 'highs';
import type { Localized } from '../../../../domain/call/call-schema-parts.js';
import type { OptimiserProblem } from '../../../../domain/allocation/optimiser-model.js';
import {
  solveAllocation,
  type AllocationResult,
  type LpSolution,
} from '../../../../domain/allocation/optimiser-solve.js';

export interface OptimiserRequest {
  problem: OptimiserProblem;
  reductionReason: Localized;
  options: Record<string, string | number | boolean>;
  /** Wall time for the whole run; re-solves for sensitivity stop when it is near. */
  timeLimitMs: number;
}

export type OptimiserAnswer =
  | { type: 'done'; result: AllocationResult; solvedInMs: number; solves: number; totalMs: number }
  | { type: 'failed'; message: string };

const port = parentPort;
if (!port) throw new Error('optimiser-worker runs only as a worker thread');

// The package calls itself CommonJS but types an ESM default export, so under NodeNext TypeScript
// sees only the namespace; at run time the "import" condition loads highs.mjs, whose default is
// the loader.
const highsLoader = (highsPackage as unknown as { default: () => Promise<Highs> }).default;
const highs = await highsLoader();

port.once('message', (request: OptimiserRequest) => {
  try {
    const started = performance.now();
    let firstMs: number | null = null;
    let solves = 0;
    const left = () => request.timeLimitMs - (performance.now() - started);
    const result = solveAllocation(request.problem, request.reductionReason, {
      solve(lp: string): LpSolution {
        const t0 = performance.now();
        const answer = highs.solve(lp, {
          ...request.options,
          time_limit: Math.max(0.05, left() / 1000),
        });
        firstMs ??= performance.now() - t0;
        solves += 1;
        const columns: Record<string, number> = {};
        for (const [name, column] of Object.entries(answer.Columns ?? {}) as [string, object][]) {
          if ('Primal' in column && typeof column.Primal === 'number')
            columns[name] = column.Primal;
        }
        return { status: answer.Status, objective: answer.ObjectiveValue, columns };
      },
      // Sensitivity re-solves are optional: they stop with a fifth of the time still left.
      hasTime: () => left() > request.timeLimitMs / 5,
    });
    port.postMessage({
      type: 'done',
      result,
      solvedInMs: firstMs ?? 0,
      solves,
      totalMs: performance.now() - started,
    } satisfies OptimiserAnswer);
  } catch (error) {
    port.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    } satisfies OptimiserAnswer);
  }
});
port.postMessage({ type: 'ready' });
