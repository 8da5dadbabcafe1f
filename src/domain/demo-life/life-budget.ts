/**
 * The synthetic application's budget: lines over the call's allowed cost categories and every
 * budget phase, years inside the project period, and financing that balances to the øre.
 */
import type { CallDefinition } from '../call/call-schema.js';
import type { Prng } from './prng.js';

export interface LifeBudgetLine {
  id: string;
  category: string;
  phase: string;
  year: number;
  amountNok: number;
  description: string;
}

export interface LifeBudget {
  lines: LifeBudgetLine[];
  financing: { sourceId: string; amountNok: number }[];
}

const ROUND = 1000;

/** Splits `total` (a multiple of ROUND) into `weights.length` positive multiples of ROUND. */
function split(total: number, weights: readonly number[]): number[] {
  const units = Math.round(total / ROUND);
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(1, Math.floor((units * w) / sum)));
  const rest = units - parts.reduce((a, b) => a + b, 0);
  parts[0] = (parts[0] ?? 0) + rest;
  return parts.map((p) => p * ROUND);
}

export function generateBudget(
  rng: Prng,
  call: CallDefinition,
  input: { grantNok: number; startYear: number; endYear: number; offeringTitle: string },
): LifeBudget {
  const sources = call.budget.financingSources;
  const grant = sources.find((s) => s.kind === 'grant');
  const own = sources.find((s) => s.kind === 'own-contribution');
  const other = sources.find((s) => s.kind === 'other');
  const ownNok = own
    ? Math.round((input.grantNok * (0.12 + rng.next() * 0.23)) / ROUND) * ROUND
    : 0;
  const otherNok =
    other && rng.chance(0.2)
      ? Math.round((input.grantNok * (0.05 + rng.next() * 0.1)) / ROUND) * ROUND
      : 0;
  const financing = [
    ...(grant ? [{ sourceId: grant.id, amountNok: input.grantNok }] : []),
    ...(own && ownNok > 0 ? [{ sourceId: own.id, amountNok: ownNok }] : []),
    ...(other && otherNok > 0 ? [{ sourceId: other.id, amountNok: otherNok }] : []),
  ];
  const total = financing.reduce((a, f) => a + f.amountNok, 0);

  const categories = call.costCategories.filter(
    (c) => c.status === 'allowed' && !c.requiresJustification,
  );
  const phases = call.budget.phases;
  // The first phase (development) takes a third or so; the delivery phases share the rest.
  const firstShare = phases.length > 1 ? 0.28 + rng.next() * 0.17 : 1;
  const phaseWeights = phases.map((_, i) =>
    i === 0 ? firstShare : (1 - firstShare) / (phases.length - 1),
  );
  const perPhase = split(total, phaseWeights);
  const lines: LifeBudgetLine[] = [];
  phases.forEach((phase, p) => {
    const count = Math.min(categories.length, rng.int(2, 4));
    // The first category (salaries, in most calls) always carries the largest share.
    const chosen = [categories[0], ...rng.sample(categories.slice(1), count - 1)].filter(
      (c): c is NonNullable<typeof c> => c !== undefined,
    );
    const amounts = split(
      perPhase[p] ?? 0,
      chosen.map((_, i) => (i === 0 ? 3 + rng.next() * 2 : 0.5 + rng.next())),
    );
    const year =
      p === 0 ? input.startYear : p === phases.length - 1 ? input.endYear : input.startYear;
    chosen.forEach((category, c) => {
      lines.push({
        id: `b-${phase.id}-${category.id}`.slice(0, 64),
        category: category.id,
        phase: phase.id,
        year,
        amountNok: amounts[c] ?? 0,
        description: `${category.label.nb} (${phase.label.nb.toLowerCase()}): ${input.offeringTitle}`,
      });
    });
  });
  return { lines, financing };
}
