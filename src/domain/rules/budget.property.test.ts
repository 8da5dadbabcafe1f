/**
 * R19–R22 as properties: whatever budget the rules accept balances to the krone and holds no
 * refused or unjustified cost, and the budget sums agree with each other however they are cut.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import { baseApplication } from '../../../test/cases/formal-rule-cases.js';
import { computeBudgetTotals } from '../application/budget.js';
import type { BudgetContent, BudgetLine } from '../application/section-content.js';
import { parseCallDefinition } from '../call/parse-call-definition.js';
import { isBlank } from './format.js';
import { evaluateFormalRules } from './index.js';

const call = parseCallDefinition(seedCall, 'calls/kompetanseloft-industriklynger-2021/call.json');
const budgetSectionId = call.sections.find((s) => s.kind === 'budget')?.id ?? 'budget';
const categoryIds = call.costCategories.map((c) => c.id);
const phaseIds = call.budget.phases.map((p) => p.id);
const categoryById = new Map(call.costCategories.map((c) => [c.id, c]));

/** Mostly what the call allows, now and then what it does not, so both outcomes are reached. */
function mostly<T>(usual: readonly T[], rare: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...usual), weight: 9 },
    { arbitrary: fc.constantFrom(...rare), weight: 1 },
  );
}

const allowedIds = call.costCategories.filter((c) => c.status === 'allowed').map((c) => c.id);
const otherIds = categoryIds.filter((id) => !allowedIds.includes(id));

const lineArb = fc.record(
  {
    category: mostly(allowedIds, otherIds),
    phase: fc.constantFrom(...phaseIds),
    year: mostly([2021, 2022], [2020, 2023]),
    amountNok: fc.integer({ min: 0, max: 3_000_000 }),
    description: fc.constant('Kostnad'),
    justification: fc.constantFrom('', '   ', 'Trengs for å gi undervisningen på nett.'),
  },
  { requiredKeys: ['category', 'phase', 'year', 'amountNok', 'description'] },
);

/** Budgets near the edge: often balanced, sometimes a krone or two off, own share optional. */
const budgetArb = fc
  .record({
    lines: fc.array(lineArb, { minLength: 1, maxLength: 6 }),
    own: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: undefined }),
    other: fc.integer({ min: 0, max: 100_000 }),
    offset: fc.oneof(fc.constant(0), fc.integer({ min: -2, max: 2 })),
  })
  .map(({ lines, own, other, offset }): BudgetContent => {
    const withIds = lines.map((line, i): BudgetLine => ({ ...line, id: `b-${i}` }));
    const costs = withIds.reduce((sum, line) => sum + (line.amountNok ?? 0), 0);
    const grant = Math.max(0, costs - (own ?? 0) - other + offset);
    const financing = [{ sourceId: 'grant', amountNok: grant }];
    if (own !== undefined) financing.push({ sourceId: 'egeninnsats', amountNok: own });
    if (other > 0) financing.push({ sourceId: 'other', amountNok: other });
    return { lines: withIds, financing };
  });

function budgetErrors(budget: BudgetContent) {
  const { content, institution, registeredCompanies } = baseApplication;
  const findings = evaluateFormalRules({
    call,
    content: { ...content, [budgetSectionId]: budget },
    institution,
    registeredCompanies,
  });
  return findings.filter(
    (f) =>
      f.severity === 'error' &&
      (f.path === budgetSectionId || f.path.startsWith(`${budgetSectionId}.`)),
  );
}

function sum(values: Record<string, number>): number {
  return Object.values(values).reduce((total, value) => total + value, 0);
}

describe('budget rules as properties', () => {
  it('R20/R21: a budget the rules accept balances and holds no refused or unjustified cost', () => {
    let accepted = 0;
    fc.assert(
      fc.property(budgetArb, (budget) => {
        if (budgetErrors(budget).length > 0) return;
        accepted++;
        expect(computeBudgetTotals(call, budget).difference).toBe(0);
        for (const line of budget.lines) {
          const category = categoryById.get(line.category ?? '');
          expect(category?.status).not.toBe('forbidden');
          if (category?.status === 'conditional' || category?.requiresJustification) {
            expect(isBlank(line.justification)).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
    // The generator must reach accepted budgets, or the property above says nothing.
    expect(accepted).toBeGreaterThan(0);
  });

  it('R20: a budget off by any number of kroner is refused', () => {
    fc.assert(
      fc.property(budgetArb, (budget) => {
        fc.pre(computeBudgetTotals(call, budget).difference !== 0);
        expect(budgetErrors(budget).map((f) => f.ruleId)).toContain('budgetBalanced');
      }),
      { numRuns: 50 },
    );
  });

  it('R19/R20: the sums per phase, per year and per category all equal the total', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const draftLine = fc.record({
      category: maybe(fc.constantFrom(...categoryIds)),
      phase: maybe(fc.constantFrom(...phaseIds)),
      year: maybe(fc.integer({ min: 2019, max: 2024 })),
      amountNok: maybe(fc.integer({ min: 0, max: 10_000_000 })),
    });
    const financing = fc.array(
      fc.record({
        sourceId: fc.constantFrom(...call.budget.financingSources.map((s) => s.id)),
        amountNok: fc.integer({ min: 0, max: 10_000_000 }),
      }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(fc.array(draftLine, { maxLength: 12 }), financing, (lines, entries) => {
        const budget: BudgetContent = {
          lines: lines.map((line, i) => ({ ...line, id: `b-${i}` })),
          financing: entries,
        };
        const totals = computeBudgetTotals(call, budget);
        const { unassigned } = totals;
        expect(sum(totals.byPhase) + unassigned.phase).toBe(totals.totalCosts);
        expect(sum(totals.byYear) + unassigned.year).toBe(totals.totalCosts);
        expect(sum(totals.byCategory) + unassigned.category).toBe(totals.totalCosts);
        expect(sum(totals.financingBySource)).toBe(totals.totalFinancing);
        expect(sum(totals.financingByKind)).toBe(totals.totalFinancing);
        expect(totals.difference).toBe(totals.totalCosts - totals.totalFinancing);
        for (const value of [totals.totalCosts, totals.totalFinancing, totals.difference]) {
          expect(Number.isInteger(value)).toBe(true);
        }
      }),
    );
  });

  it('R19: for complete lines, per phase = per year = per category = total', () => {
    fc.assert(
      fc.property(budgetArb, (budget) => {
        const totals = computeBudgetTotals(call, budget);
        expect(totals.unassigned).toEqual({ phase: 0, year: 0, category: 0 });
        expect(sum(totals.byPhase)).toBe(totals.totalCosts);
        expect(sum(totals.byYear)).toBe(totals.totalCosts);
        expect(sum(totals.byCategory)).toBe(totals.totalCosts);
      }),
    );
  });
});
