/**
 * The optimiser's model (R27, docs/adr/0018): the call's selection method as a mixed-integer
 * program in CPLEX LP text, and the way back from the solver's columns to whole-krone grants.
 * Per recommended case a binary y (funded) and a continuous x (grant NOK): floor·y ≤ x ≤ ceiling·y
 * (x = ceiling·y unless the call allows partial grants), Σx ≤ pot, Σx per institution ≤ cap, and
 * for a minimum spread a binary z per county with z ≤ Σy of its cases and Σz ≥ k. Maximise
 * Σ vᵢ·xᵢ/appliedᵢ. Not-recommended cases, and cases whose floor is above their ceiling, get no
 * columns: they are never funded.
 */
import type { AllocationMethod } from '../call/call-allocation-schema.js';
import { ceilingOf, floorOf } from './greedy.js';
import type { RankedCase } from './model.js';

export interface OptimiserProblem {
  method: AllocationMethod;
  potNok: number;
  scale: { min: number; max: number };
  ranked: readonly RankedCase[];
}

/** One case that can be funded, as the model names it. */
export interface ModelCase {
  ranked: RankedCase;
  /** Column suffix: yK, xK. */
  k: number;
  value: number;
  floorNok: number;
  ceilingNok: number;
}

export interface OptimiserModel {
  lp: string;
  cases: ModelCase[];
  /** The objective is multiplied by this in the LP text, so its coefficients are near 1. */
  objectiveScale: number;
}

/**
 * The solver's costs are vᵢ/appliedᵢ per krone, about 1e-6: below HiGHS' dual tolerance (1e-7 is
 * close), so the LP objective is scaled by a million and the reported objective divided back.
 */
export const OBJECTIVE_SCALE = 1e6;

/** vᵢ = holisticValue[conclusion] + scoreWeight · (mean − scale.min)/(scale.max − scale.min). */
export function caseValue(
  method: AllocationMethod,
  scale: { min: number; max: number },
  r: RankedCase,
): number {
  const holistic =
    r.case.holistic === null ? 0 : (method.objective.holisticValue[r.case.holistic] ?? 0);
  const span = scale.max - scale.min;
  const mean = r.case.meanScore ?? scale.min;
  const scaled = span > 0 ? (mean - scale.min) / span : 0;
  return holistic + method.objective.scoreWeight * scaled;
}

/** The recommended cases that can be funded at all under the call's limits, in rank order. */
export function modelCases(problem: OptimiserProblem): ModelCase[] {
  const out: ModelCase[] = [];
  for (const r of problem.ranked) {
    if (!r.recommended || r.case.appliedNok <= 0) continue;
    const floorNok = Math.max(1, floorOf(problem.method, r.case.appliedNok));
    const ceilingNok = ceilingOf(problem.method, r.case.appliedNok);
    if (floorNok > ceilingNok) continue;
    out.push({
      ranked: r,
      k: out.length,
      value: caseValue(problem.method, problem.scale, r),
      floorNok,
      ceilingNok,
    });
  }
  return out;
}

/** A coefficient as LP text: a plain decimal, never an exponent HiGHS could misread. */
function num(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const text = value.toPrecision(15);
  return text.includes('e') ? value.toFixed(20).replace(/0+$/, '') : String(Number(text));
}

/** A sum of terms, a few per line (the LP format has a line-length limit in some readers). */
function sum(terms: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 8) lines.push(terms.slice(i, i + 8).join(' '));
  return lines.join('\n   ');
}

function signed(coefficient: number, name: string): string {
  return coefficient < 0 ? `- ${num(-coefficient)} ${name}` : `+ ${num(coefficient)} ${name}`;
}

export interface ModelOptions {
  /** A case that must be funded in full at its ceiling (for the sensitivity re-solves). */
  fundInFull?: string;
}

export function buildOptimiserModel(
  problem: OptimiserProblem,
  options: ModelOptions = {},
): OptimiserModel {
  const { method, potNok } = problem;
  const cases = modelCases(problem);
  const partial = method.atBudgetLine === 'partial';
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];

  const objective = cases.map((c) =>
    signed((c.value * OBJECTIVE_SCALE) / c.ranked.case.appliedNok, `x${c.k}`),
  );
  if (cases.length > 0) rows.push(` pot: ${sum(cases.map((c) => `+ x${c.k}`))} <= ${potNok}`);

  for (const c of cases) {
    binaries.push(`y${c.k}`);
    if (partial && c.floorNok < c.ceilingNok) {
      rows.push(` lo${c.k}: x${c.k} - ${c.floorNok} y${c.k} >= 0`);
      rows.push(` hi${c.k}: x${c.k} - ${c.ceilingNok} y${c.k} <= 0`);
    } else {
      rows.push(` eq${c.k}: x${c.k} - ${c.ceilingNok} y${c.k} = 0`);
    }
    bounds.push(` 0 <= x${c.k} <= ${c.ceilingNok}`);
    if (options.fundInFull === c.ranked.case.caseId) {
      bounds.push(` y${c.k} = 1`, ` x${c.k} = ${c.ceilingNok}`);
    }
  }

  const cap = method.limits.maxPerInstitutionNok;
  if (cap !== undefined) {
    const byInstitution = groupBy(cases, (c) => c.ranked.case.institutionOrgnr);
    let n = 0;
    for (const group of byInstitution.values()) {
      if (group.reduce((a, c) => a + c.ceilingNok, 0) <= cap) continue;
      rows.push(` inst${n++}: ${sum(group.map((c) => `+ x${c.k}`))} <= ${cap}`);
    }
  }

  const minCounties = method.limits.minCounties;
  if (minCounties !== undefined) {
    const byCounty = groupBy(
      cases.filter((c) => c.ranked.case.county !== null),
      (c) => c.ranked.case.county ?? '',
    );
    const z: string[] = [];
    let n = 0;
    for (const group of byCounty.values()) {
      const name = `z${n++}`;
      z.push(`+ ${name}`);
      binaries.push(name);
      rows.push(` cty${n - 1}: ${name} ${sum(group.map((c) => `- y${c.k}`))} <= 0`);
    }
    // With fewer counties than asked the row reads 0 >= k: HiGHS proves it infeasible.
    rows.push(` counties: ${z.length > 0 ? sum(z) : '0 zempty'} >= ${minCounties}`);
    if (z.length === 0) bounds.push(' zempty = 0');
  }

  const lp = [
    'Maximize',
    ` obj: ${objective.length > 0 ? sum(objective) : '0 xnone'}`,
    'Subject To',
    ...(rows.length > 0 ? rows : [' none: 0 xnone <= 0']),
    'Bounds',
    ...bounds,
    ...(objective.length === 0 ? [' xnone = 0'] : []),
    ...(binaries.length > 0 ? ['Binary', ` ${sum(binaries)}`] : []),
    'End',
    '',
  ].join('\n');
  return { lp, cases, objectiveScale: OBJECTIVE_SCALE };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}
