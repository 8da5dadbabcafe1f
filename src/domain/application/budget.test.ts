/** Budget sums (R19, R20, R22) on the base application and on incomplete drafts. */
import { describe, expect, it } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import { baseApplication } from '../../../test/cases/formal-rule-cases.js';
import { parseCallDefinition } from '../call/parse-call-definition.js';
import { computeBudgetTotals } from './budget.js';
import type { BudgetContent } from './section-content.js';

const call = parseCallDefinition(seedCall, 'calls/kompetanseloft-industriklynger-2021/call.json');
const budget = baseApplication.content.budget as BudgetContent;

describe('computeBudgetTotals', () => {
  it('R19: sums the base budget per phase, year and category', () => {
    const totals = computeBudgetTotals(call, budget);
    expect(totals.byPhase).toEqual({ development: 1_210_000, delivery: 1_115_000 });
    expect(totals.byYear).toEqual({ '2021': 595_000, '2022': 1_730_000 });
    expect(totals.byCategory).toMatchObject({ personnel: 1_700_000, 'durable-equipment': 0 });
    expect(totals.totalCosts).toBe(2_325_000);
    expect(totals.unassigned).toEqual({ phase: 0, year: 0, category: 0 });
  });

  it('R20: financing per source and per kind, and the difference', () => {
    const totals = computeBudgetTotals(call, budget);
    expect(totals.financingBySource).toEqual({ grant: 1_850_000, egeninnsats: 475_000, other: 0 });
    expect(totals.financingByKind).toEqual({
      grant: 1_850_000,
      'own-contribution': 475_000,
      other: 0,
    });
    expect(totals.totalFinancing).toBe(2_325_000);
    expect(totals.difference).toBe(0);
  });

  it('R19: a draft line without phase, year or category counts in the total and apart', () => {
    const draft: BudgetContent = {
      lines: [
        { id: 'b1', amountNok: 100 },
        { id: 'b2', phase: 'delivery', year: 2022 },
      ],
      financing: [{ sourceId: 'grant', amountNok: 40 }],
    };
    const totals = computeBudgetTotals(call, draft);
    expect(totals.totalCosts).toBe(100);
    expect(totals.unassigned).toEqual({ phase: 100, year: 100, category: 100 });
    expect(totals.byYear).toEqual({ '2022': 0 });
    expect(totals.difference).toBe(60);
  });
});
