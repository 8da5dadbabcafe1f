/**
 * From the solver's columns back to a scenario (R27): whole-krone grants that never pass the pot
 * or a cap, the main list, the reserve list in rank order and the refused.
 *
 * Whole kroner: for a fixed set of funded cases the remaining constraints (one pot row, one row
 * per institution, bounds) form a laminar family, so the LP is totally unimodular and with whole-
 * krone data its optimal vertex is whole: x need not be declared integer. The solver's values are
 * still rounded to the nearest krone when within a hundredth of one (floating noise) and rounded
 * down otherwise, and then checked against the pot and the caps; any excess is taken off reduced
 * grants, so the result can only be below what the solver said, never above a limit.
 */
import type { AllocationMethod } from '../call/call-allocation-schema.js';
import { proportionalCuts } from './greedy.js';
import type { ModelCase } from './optimiser-model.js';
import type { RankedCase, ScenarioEntry } from './model.js';

/** Grants in whole kroner by case id; cases not in the map are not funded. */
export type Grants = Map<string, number>;

export function wholeKroner(
  method: AllocationMethod,
  potNok: number,
  cases: readonly ModelCase[],
  columns: Readonly<Record<string, number>>,
): Grants {
  const grants: Grants = new Map();
  for (const c of cases) {
    if ((columns[`y${c.k}`] ?? 0) < 0.5) continue;
    const x = columns[`x${c.k}`] ?? 0;
    const near = Math.round(x);
    const whole = Math.abs(x - near) < 0.01 ? near : Math.floor(x);
    grants.set(c.ranked.case.caseId, Math.min(c.ceilingNok, Math.max(c.floorNok, whole)));
  }
  const cap = method.limits.maxPerInstitutionNok ?? Infinity;
  const byInstitution = new Map<string, ModelCase[]>();
  for (const c of cases) {
    const list = byInstitution.get(c.ranked.case.institutionOrgnr) ?? [];
    list.push(c);
    byInstitution.set(c.ranked.case.institutionOrgnr, list);
  }
  for (const group of byInstitution.values()) trim(grants, group, cap, method);
  trim(grants, cases, potNok, method);
  return grants;
}

/** Takes what a group's grants pass `limit` by off the lowest value per krone first. */
function trim(
  grants: Grants,
  group: readonly ModelCase[],
  limit: number,
  method: AllocationMethod,
) {
  let excess = group.reduce((a, c) => a + (grants.get(c.ranked.case.caseId) ?? 0), 0) - limit;
  if (excess <= 0) return;
  const order = [...group]
    .filter((c) => grants.has(c.ranked.case.caseId))
    .sort((a, b) => a.value / a.ranked.case.appliedNok - b.value / b.ranked.case.appliedNok);
  const partial = method.atBudgetLine === 'partial';
  for (const c of order) {
    if (excess <= 0) return;
    const id = c.ranked.case.caseId;
    const grant = grants.get(id) ?? 0;
    const room = partial ? grant - c.floorNok : 0;
    if (room >= excess) {
      grants.set(id, grant - excess);
      return;
    }
    grants.delete(id);
    excess -= grant;
  }
}

/** The call's objective of a set of grants: Σ vᵢ · grantᵢ / appliedᵢ. */
export function objectiveOf(cases: readonly ModelCase[], grants: Grants): number {
  let total = 0;
  for (const c of cases) {
    total += (c.value * (grants.get(c.ranked.case.caseId) ?? 0)) / c.ranked.case.appliedNok;
  }
  return total;
}

/**
 * Every ranked case once: funded on the main list (a reduction cut in proportion to the budget
 * lines), the unfunded recommended ones on the reserve list in rank order, the rest refused.
 */
export function optimiserEntries(
  method: AllocationMethod,
  ranked: readonly RankedCase[],
  grants: Grants,
  reductionReason: string,
): ScenarioEntry[] {
  let reserve = 0;
  return ranked.map((r) => {
    const grant = grants.get(r.case.caseId);
    const base = { caseId: r.case.caseId, departureReason: null };
    if (grant !== undefined) {
      const cut = r.case.appliedNok - grant;
      return {
        ...base,
        placement: 'main',
        grantNok: grant,
        reduction:
          cut > 0
            ? { reason: reductionReason, cuts: proportionalCuts(r.case.budgetLines, cut) }
            : null,
        reservePosition: null,
      };
    }
    const onReserve = r.recommended && reserve < method.reserveListLength;
    if (onReserve) reserve += 1;
    return {
      ...base,
      placement: onReserve ? 'reserve' : 'refused',
      grantNok: null,
      reduction: null,
      reservePosition: onReserve ? reserve : null,
    };
  });
}
