/**
 * How a scenario spreads its grants: by county and by institution (R27), so the leader sees
 * breadth at a glance. Only main-list grants count.
 */
import type { AllocationCase, ScenarioEntry } from './model.js';

export interface Spread {
  key: string;
  label: string;
  grantedNok: number;
  count: number;
}

/** The key used for cases without a county. */
export const NO_COUNTY = 'none';

function spreadBy(
  cases: readonly AllocationCase[],
  entries: readonly ScenarioEntry[],
  keyOf: (c: AllocationCase) => { key: string; label: string },
): Spread[] {
  const byId = new Map(cases.map((c) => [c.caseId, c]));
  const spread = new Map<string, Spread>();
  for (const e of entries) {
    const c = byId.get(e.caseId);
    if (!c || e.placement !== 'main' || e.grantNok === null) continue;
    const { key, label } = keyOf(c);
    const s = spread.get(key) ?? { key, label, grantedNok: 0, count: 0 };
    s.grantedNok += e.grantNok;
    s.count += 1;
    spread.set(key, s);
  }
  return [...spread.values()].sort(
    (a, b) => b.grantedNok - a.grantedNok || a.label.localeCompare(b.label, 'nb'),
  );
}

/** `noCountyLabel` names the group of cases without a county, in the reader's language. */
export function spreadByCounty(
  cases: readonly AllocationCase[],
  entries: readonly ScenarioEntry[],
  noCountyLabel: string,
): Spread[] {
  return spreadBy(cases, entries, (c) =>
    c.county === null
      ? { key: NO_COUNTY, label: noCountyLabel }
      : { key: c.county, label: c.county },
  );
}

export function spreadByInstitution(
  cases: readonly AllocationCase[],
  entries: readonly ScenarioEntry[],
): Spread[] {
  return spreadBy(cases, entries, (c) => ({ key: c.institutionOrgnr, label: c.institutionName }));
}
