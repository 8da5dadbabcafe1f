/**
 * Two scenarios side by side (R27): per case where each places it and what changed (moved in or
 * out of the main list, a different amount, a different place on the reserve list), and the
 * spreads by county and institution of both.
 */
import type { AllocationCase, Placement, ScenarioEntry } from './model.js';
import { refusedEntry } from './entry-rules.js';
import type { Spread } from './spreads.js';

export interface ComparisonSide {
  placement: Placement;
  grantNok: number | null;
  reservePosition: number | null;
}

export type ComparisonChange = 'moved_in' | 'moved_out' | 'amount' | 'reserve_order' | 'same';

export interface ComparisonRow {
  caseId: string;
  caseNumber: string;
  title: string;
  a: ComparisonSide;
  b: ComparisonSide;
  change: ComparisonChange;
}

export interface SpreadPair {
  key: string;
  label: string;
  a: number;
  b: number;
}

function sideOf(e: ScenarioEntry): ComparisonSide {
  return { placement: e.placement, grantNok: e.grantNok, reservePosition: e.reservePosition };
}

export function changeBetween(a: ComparisonSide, b: ComparisonSide): ComparisonChange {
  if (a.placement === 'main' && b.placement !== 'main') return 'moved_out';
  if (a.placement !== 'main' && b.placement === 'main') return 'moved_in';
  if (a.placement === 'main') return a.grantNok === b.grantNok ? 'same' : 'amount';
  if (a.placement === b.placement && a.reservePosition === b.reservePosition) return 'same';
  return 'reserve_order';
}

/** Rows in the order of `cases` (the rank order); a case missing from a side is refused there. */
export function compareEntries(
  cases: readonly AllocationCase[],
  a: readonly ScenarioEntry[],
  b: readonly ScenarioEntry[],
): ComparisonRow[] {
  const inA = new Map(a.map((e) => [e.caseId, e]));
  const inB = new Map(b.map((e) => [e.caseId, e]));
  return cases.map((c) => {
    const sideA = sideOf(inA.get(c.caseId) ?? refusedEntry(c.caseId));
    const sideB = sideOf(inB.get(c.caseId) ?? refusedEntry(c.caseId));
    return {
      caseId: c.caseId,
      caseNumber: c.caseNumber,
      title: c.title,
      a: sideA,
      b: sideB,
      change: changeBetween(sideA, sideB),
    };
  });
}

/** Both spreads on one key list: a key one side lacks counts 0 there. */
export function pairSpreads(a: readonly Spread[], b: readonly Spread[]): SpreadPair[] {
  const pairs = new Map<string, SpreadPair>();
  for (const s of a) pairs.set(s.key, { key: s.key, label: s.label, a: s.grantedNok, b: 0 });
  for (const s of b) {
    const p = pairs.get(s.key) ?? { key: s.key, label: s.label, a: 0, b: 0 };
    p.b = s.grantedNok;
    pairs.set(s.key, p);
  }
  return [...pairs.values()].sort(
    (x, y) => Math.max(y.a, y.b) - Math.max(x.a, x.b) || x.label.localeCompare(y.label, 'nb'),
  );
}
