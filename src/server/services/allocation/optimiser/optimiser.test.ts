import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Highs } from 'highs';
import type { AllocationMethod } from '../../../../domain/call/call-allocation-schema.js';
import { ceilingOf, floorOf, greedyAllocation } from '../../../../domain/allocation/greedy.js';
import type { RankedCase } from '../../../../domain/allocation/model.js';
import { modelCases } from '../../../../domain/allocation/optimiser-model.js';
import { objectiveOf } from '../../../../domain/allocation/optimiser-solution.js';
import {
  solveAllocation,
  type AllocationResult,
} from '../../../../domain/allocation/optimiser-solve.js';
import { rankCases } from '../../../../domain/allocation/ranking.js';
import { bruteForce } from '../../../../../test/fixtures/allocation/brute-force.js';
import {
  allocationCase,
  allocationMethod,
  instanceArb,
} from '../../../../../test/fixtures/allocation/arbitraries.js';
import { highsPort, loadHighs } from './highs-port.js';
import { SOLVER_OPTIONS } from './run-optimiser.js';

const REASON = { nb: 'Redusert', nn: 'Redusert', en: 'Reduced' };
// Each property solves in this thread (the worker is tested in run-optimiser.test.ts); a few
// dozen random instances per property keep the file quick on a shared machine.
const RUNS = Number(process.env.R27_RUNS ?? 40);
const LONG = RUNS * 500;

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

function solve(method: AllocationMethod, potNok: number, ranked: RankedCase[]): AllocationResult {
  const scale = { min: 1, max: 6 };
  return solveAllocation(
    { method, potNok, scale, ranked },
    REASON,
    highsPort(highs, SOLVER_OPTIONS, 10_000),
  );
}

describe('R27 optimiser: the MILP against exact oracles', () => {
  it(
    'R27: equals brute force over funded subsets on random instances with n ≤ 12 (within 1e-6)',
    () => {
      fc.assert(
        fc.property(instanceArb, ({ method, potNok, cases, scale }) => {
          const ranked = rankCases(method, cases);
          const oracle = bruteForce(method, potNok, scale, ranked);
          const result = solve(method, potNok, ranked);
          if (oracle.objective === null) {
            expect(result.kind).toBe('infeasible');
            return;
          }
          expect(result.kind).toBe('solved');
          if (result.kind !== 'solved') return;
          expect(Math.abs(result.objective - oracle.objective)).toBeLessThan(1e-6);
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it(
    'R27: never passes the pot or a cap, grants are whole kroner within the limits, every case placed once',
    () => {
      fc.assert(
        fc.property(instanceArb, ({ method, potNok, cases }) => {
          const ranked = rankCases(method, cases);
          const result = solve(method, potNok, ranked);
          if (result.kind !== 'solved') return;
          expect(result.entries.map((e) => e.caseId)).toEqual(ranked.map((r) => r.case.caseId));
          const byInstitution = new Map<string, number>();
          let total = 0;
          for (const [i, entry] of result.entries.entries()) {
            const r = ranked[i] as RankedCase;
            if (entry.placement !== 'main') {
              expect(entry.grantNok).toBeNull();
              continue;
            }
            const grant = entry.grantNok ?? -1;
            expect(r.recommended).toBe(true);
            expect(Number.isInteger(grant)).toBe(true);
            expect(grant).toBeLessThanOrEqual(ceilingOf(method, r.case.appliedNok));
            expect(grant).toBeGreaterThanOrEqual(floorOf(method, r.case.appliedNok));
            if (method.atBudgetLine !== 'partial')
              expect(grant).toBe(ceilingOf(method, r.case.appliedNok));
            if (grant < r.case.appliedNok) {
              const cut = entry.reduction?.cuts.reduce((a, c) => a + c.cutNok, 0);
              expect(cut).toBe(r.case.appliedNok - grant);
            }
            total += grant;
            const org = r.case.institutionOrgnr;
            byInstitution.set(org, (byInstitution.get(org) ?? 0) + grant);
          }
          expect(total).toBeLessThanOrEqual(potNok);
          for (const sum of byInstitution.values()) {
            expect(sum).toBeLessThanOrEqual(method.limits.maxPerInstitutionNok ?? Infinity);
          }
          const reserve = result.entries.filter((e) => e.placement === 'reserve');
          expect(reserve.map((e) => e.reservePosition)).toEqual(reserve.map((_, i) => i + 1));
          expect(reserve.length).toBeLessThanOrEqual(method.reserveListLength);
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it(
    'R27: equals the greedy rank order where rank order is optimal (equal amounts, values falling with rank)',
    () => {
      // Equal applied amounts and strictly falling values: any funded set is at best the top k, and
      // with partial grants the remainder goes to the next case (fractional knapsack), which the
      // greedy does too as long as the remainder is at least the floor — so the pot is drawn so.
      const arb = fc.record({
        n: fc.integer({ min: 1, max: 12 }),
        applied: fc.integer({ min: 100, max: 2000 }).map((k) => k * 1000),
        rule: fc.constantFrom('stop' as const, 'skip' as const, 'partial' as const),
        full: fc.integer({ min: 0, max: 12 }),
        rest: fc.integer({ min: 0, max: 99 }),
      });
      fc.assert(
        fc.property(arb, ({ n, applied, rule, full, rest }) => {
          const share = 0.1;
          const remainder = rest < 10 ? 0 : Math.floor((applied * rest) / 100);
          const potNok = full * applied + remainder;
          const method = allocationMethod({
            atBudgetLine: rule,
            limits: rule === 'partial' ? { minPartialShare: share } : {},
          });
          const cases = Array.from({ length: n }, (_, i) =>
            allocationCase(i + 1, applied, { meanScore: 6 - i * 0.4 }),
          );
          const ranked = rankCases(method, cases);
          const greedy = greedyAllocation(method, potNok, ranked, 'x');
          const grants = new Map(
            greedy.entries.flatMap((e) =>
              e.grantNok === null ? [] : [[e.caseId, e.grantNok] as const],
            ),
          );
          const scale = { min: 1, max: 6 };
          const greedyObjective = objectiveOf(
            modelCases({ method, potNok, scale, ranked }),
            grants,
          );
          const result = solve(method, potNok, ranked);
          expect(result.kind).toBe('solved');
          if (result.kind !== 'solved') return;
          expect(Math.abs(result.objective - greedyObjective)).toBeLessThan(1e-6);
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );
});
