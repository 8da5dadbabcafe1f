/**
 * Departures from the rank order (R27), measured against the plain rank-order allocation: a case
 * the baseline funds that the scenario leaves out ("left out above the cut"), and a case the
 * scenario funds that the baseline does not ("funded below the cut"). The ranking binds unless a
 * written reason is recorded for each; a reduced amount alone is not a departure (the reduction
 * has its own reason).
 */
import type { Departure, ScenarioEntry } from './model.js';

export function departuresOf(
  baseline: readonly ScenarioEntry[],
  entries: readonly ScenarioEntry[],
): Departure[] {
  const inBaseline = new Set(baseline.filter((e) => e.placement === 'main').map((e) => e.caseId));
  const byCase = new Map(entries.map((e) => [e.caseId, e]));
  const departures: Departure[] = [];
  // In the baseline's order, which is the rank order.
  for (const b of baseline) {
    const e = byCase.get(b.caseId);
    const funded = e?.placement === 'main';
    const reason = e?.departureReason?.trim() || null;
    if (inBaseline.has(b.caseId) && !funded)
      departures.push({ caseId: b.caseId, kind: 'left_out_above_cut', reason });
    if (!inBaseline.has(b.caseId) && funded)
      departures.push({ caseId: b.caseId, kind: 'funded_below_cut', reason });
  }
  return departures;
}

/** The cases whose departure has no written reason: they stop a proposal. */
export function unexplainedDepartures(departures: readonly Departure[]): string[] {
  return departures.filter((d) => d.reason === null).map((d) => d.caseId);
}
