/**
 * Budget arithmetic, in whole kroner: the sums the budget page shows, the balance rule (R20) and
 * the grant rule (R22) read. Drafts may have lines that name no phase, year or category yet;
 * their amounts count in the total and are shown apart as `unassigned`, so every view adds up.
 */
import type { CallDefinition, FinancingKind } from '../call/call-schema.js';
import type { BudgetContent } from './section-content.js';

export interface BudgetTotals {
  /** Costs per budget phase id of the call (every phase present, 0 when it has no lines). */
  byPhase: Record<string, number>;
  /** Costs per year, keyed by the year as a string ("2021"). */
  byYear: Record<string, number>;
  /** Costs per cost category id of the call (every category present). */
  byCategory: Record<string, number>;
  /** Costs on lines that do not yet say their phase, year or category. */
  unassigned: { phase: number; year: number; category: number };
  totalCosts: number;
  /** Financing per source id of the call (every source present). */
  financingBySource: Record<string, number>;
  financingByKind: Record<FinancingKind, number>;
  totalFinancing: number;
  /** Total costs minus total financing: 0 when the budget balances. */
  difference: number;
}

type BudgetCall = Pick<CallDefinition, 'budget' | 'costCategories'>;

export function computeBudgetTotals(call: BudgetCall, budget: BudgetContent): BudgetTotals {
  const byPhase = zeroes(call.budget.phases.map((phase) => phase.id));
  const byCategory = zeroes(call.costCategories.map((category) => category.id));
  const byYear: Record<string, number> = {};
  const unassigned = { phase: 0, year: 0, category: 0 };
  let totalCosts = 0;
  for (const line of budget.lines) {
    const amount = line.amountNok ?? 0;
    totalCosts += amount;
    addTo(byPhase, line.phase, amount, () => (unassigned.phase += amount));
    addTo(byCategory, line.category, amount, () => (unassigned.category += amount));
    addTo(byYear, line.year?.toString(), amount, () => (unassigned.year += amount));
  }

  const financingBySource = zeroes(call.budget.financingSources.map((source) => source.id));
  const financingByKind: Record<FinancingKind, number> = {
    grant: 0,
    'own-contribution': 0,
    other: 0,
  };
  const kindOf = new Map(call.budget.financingSources.map((s) => [s.id, s.kind]));
  let totalFinancing = 0;
  for (const entry of budget.financing) {
    totalFinancing += entry.amountNok;
    financingBySource[entry.sourceId] = (financingBySource[entry.sourceId] ?? 0) + entry.amountNok;
    // A source the call does not know still finances the project; it is no grant nor egeninnsats.
    financingByKind[kindOf.get(entry.sourceId) ?? 'other'] += entry.amountNok;
  }

  return {
    byPhase,
    byYear,
    byCategory,
    unassigned,
    totalCosts,
    financingBySource,
    financingByKind,
    totalFinancing,
    difference: totalCosts - totalFinancing,
  };
}

function zeroes(ids: readonly string[]): Record<string, number> {
  return Object.fromEntries(ids.map((id) => [id, 0]));
}

function addTo(
  sums: Record<string, number>,
  key: string | undefined,
  amount: number,
  otherwise: () => void,
): void {
  if (key === undefined) otherwise();
  else sums[key] = (sums[key] ?? 0) + amount;
}
