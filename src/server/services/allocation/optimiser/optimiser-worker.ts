/**
 * The optimiser's worker thread: HiGHS' `solve()` is synchronous and a 2 000-case model takes
 * most of a second, so it runs here and never on the event loop. One request per worker; the
 * main thread terminates the worker if it runs past its time.
 */
import { parentPort } from 'node:worker_threads';
import type { Localized } from '../../../../domain/call/call-schema-parts.js';
import type { OptimiserProblem } from '../../../../domain/allocation/optimiser-model.js';
import {
  solveAllocation,
  type AllocationResult,
  type SolveMode,
} from '../../../../domain/allocation/optimiser-solve.js';
import { highsPort, loadHighs } from './highs-port.js';

export interface OptimiserRequest {
  problem: OptimiserProblem;
  reductionReason: Localized;
  options: Record<string, string | number | boolean>;
  /** Wall time for the whole run; re-solves for sensitivity stop when it is near. */
  timeLimitMs: number;
  /** The proposal alone, or with the sensitivity re-solves. */
  mode: SolveMode;
}

export type OptimiserAnswer =
  | { type: 'done'; result: AllocationResult; solvedInMs: number; solves: number }
  | { type: 'failed'; message: string };

const port = parentPort;
if (!port) throw new Error('optimiser-worker runs only as a worker thread');

const highs = await loadHighs();

port.once('message', (request: OptimiserRequest) => {
  try {
    const solver = highsPort(highs, request.options, request.timeLimitMs);
    const result = solveAllocation(request.problem, request.reductionReason, solver, request.mode);
    port.postMessage({
      type: 'done',
      result,
      solvedInMs: solver.firstSolveMs ?? 0,
      solves: solver.solves,
    } satisfies OptimiserAnswer);
  } catch (error) {
    port.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    } satisfies OptimiserAnswer);
  }
});
port.postMessage({ type: 'ready' });
