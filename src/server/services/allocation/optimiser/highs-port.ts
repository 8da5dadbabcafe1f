/**
 * HiGHS behind the domain's SolverPort: the LP text in, the status, objective and primal values
 * out. Used by the worker thread, and by the tests, which solve in their own thread.
 */
import { performance } from 'node:perf_hooks';
import * as highsPackage from 'highs';
import type { Highs } from 'highs';
import type { LpSolution, SolverPort } from '../../../../domain/allocation/optimiser-solve.js';

// The package calls itself CommonJS but types an ESM default export, so under NodeNext TypeScript
// sees only the namespace; at run time the "import" condition loads highs.mjs, whose default is
// the loader.
const highsLoader = (highsPackage as unknown as { default: () => Promise<Highs> }).default;

let loading: Promise<Highs> | undefined;
export function loadHighs(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

export interface MeteredPort extends SolverPort {
  /** Wall time of the first solve (the proposal), and how many solves the run made. */
  readonly firstSolveMs: number | null;
  readonly solves: number;
}

/**
 * A port whose solves share one time limit: each solve gets what is left of it as HiGHS'
 * `time_limit`, and optional re-solves stop once a fifth of it is left.
 */
export function highsPort(
  highs: Highs,
  options: Readonly<Record<string, string | number | boolean>>,
  timeLimitMs: number,
): MeteredPort {
  const started = performance.now();
  const left = () => timeLimitMs - (performance.now() - started);
  let firstSolveMs: number | null = null;
  let solves = 0;
  return {
    get firstSolveMs() {
      return firstSolveMs;
    },
    get solves() {
      return solves;
    },
    solve(lp: string): LpSolution {
      const t0 = performance.now();
      const answer = highs.solve(lp, { ...options, time_limit: Math.max(0.05, left() / 1000) });
      firstSolveMs ??= performance.now() - t0;
      solves += 1;
      const columns: Record<string, number> = {};
      for (const [name, column] of Object.entries(answer.Columns ?? {}) as [string, object][]) {
        if ('Primal' in column && typeof column.Primal === 'number') columns[name] = column.Primal;
      }
      return { status: answer.Status, objective: answer.ObjectiveValue, columns };
    },
    hasTime: () => left() > timeLimitMs / 5,
  };
}
