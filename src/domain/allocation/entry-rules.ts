/**
 * What one entry of a scenario may hold (R27): the grant is a whole positive number of kroner, no
 * more than applied for and within the call's minimum and maximum grant; a grant below the applied
 * amount carries a reduction with a written reason and cuts on the application's own budget lines
 * that sum exactly to the difference, so the reduced budget balances against the grant; a reserve
 * entry has a place on the call's reserve list; a refused entry holds neither.
 */
import type { AllocationMethod } from '../call/call-allocation-schema.js';
import type { Localized } from '../call/call-schema-parts.js';
import type { ContentProblem } from '../cases/assessment-content.js';
import type { AllocationCase, Reduction, ScenarioEntry } from './model.js';

import { formatNok as nok } from './pot.js';

const m = {
  required: { nb: 'må fylles ut', nn: 'må fyllast ut', en: 'is required' },
  wholePositive: {
    nb: 'må være et helt beløp i kroner, større enn 0',
    nn: 'må vere eit heilt beløp i kroner, større enn 0',
    en: 'must be a whole amount in kroner, above 0',
  },
  grantOnlyMain: {
    nb: 'bare saker på hovedlisten får tilskudd',
    nn: 'berre saker på hovudlista får tilskot',
    en: 'only cases on the main list get a grant',
  },
  positionOnlyReserve: {
    nb: 'bare saker på reservelisten har plass på den',
    nn: 'berre saker på reservelista har plass på ho',
    en: 'only cases on the reserve list have a place on it',
  },
  reductionOnlyReduced: {
    nb: 'bare et redusert tilskudd har en reduksjon',
    nn: 'berre eit redusert tilskot har ein reduksjon',
    en: 'only a reduced grant has a reduction',
  },
  reasonNeeded: {
    nb: 'skriv hvorfor tilskuddet er lavere enn omsøkt',
    nn: 'skriv kvifor tilskotet er lågare enn det som er søkt om',
    en: 'write why the grant is below the amount applied for',
  },
  unknownLine: {
    nb: 'er ikke en budsjettlinje i søknaden',
    nn: 'er ikkje ei budsjettlinje i søknaden',
    en: 'is not a budget line of the application',
  },
  lineTwice: {
    nb: 'budsjettlinjen er kuttet to ganger',
    nn: 'budsjettlinja er kutta to gonger',
    en: 'the budget line is cut twice',
  },
} satisfies Record<string, Localized>;

const aboveApplied = (applied: number): Localized => ({
  nb: `kan ikke være mer enn omsøkt beløp (${nok(applied)} kr)`,
  nn: `kan ikkje vere meir enn beløpet det er søkt om (${nok(applied)} kr)`,
  en: `cannot be more than the amount applied for (NOK ${nok(applied)})`,
});
const belowMin = (min: number): Localized => ({
  nb: `kan ikke være lavere enn utlysningens minste tilskudd (${nok(min)} kr)`,
  nn: `kan ikkje vere lågare enn det minste tilskotet i utlysinga (${nok(min)} kr)`,
  en: `cannot be below the call's minimum grant (NOK ${nok(min)})`,
});
const aboveMax = (max: number): Localized => ({
  nb: `kan ikke være høyere enn utlysningens største tilskudd (${nok(max)} kr)`,
  nn: `kan ikkje vere høgare enn det største tilskotet i utlysinga (${nok(max)} kr)`,
  en: `cannot be above the call's maximum grant (NOK ${nok(max)})`,
});
const cutAboveLine = (line: number): Localized => ({
  nb: `må være over 0 og ikke mer enn linjens beløp (${nok(line)} kr)`,
  nn: `må vere over 0 og ikkje meir enn beløpet på linja (${nok(line)} kr)`,
  en: `must be above 0 and no more than the line's amount (NOK ${nok(line)})`,
});
const cutsSum = (want: number, got: number): Localized => ({
  nb: `kuttene må til sammen være ${nok(want)} kr (omsøkt minus tilskudd), nå ${nok(got)} kr`,
  nn: `kutta må til saman vere ${nok(want)} kr (søkt minus tilskot), no ${nok(got)} kr`,
  en: `the cuts must add up to NOK ${nok(want)} (applied minus grant), now NOK ${nok(got)}`,
});
const reserveFull = (length: number): Localized => ({
  nb: `må være et helt tall fra 1 til ${length} (reservelistens lengde i utlysningen)`,
  nn: `må vere eit heilt tal frå 1 til ${length} (lengda på reservelista i utlysinga)`,
  en: `must be a whole number from 1 to ${length} (the call's reserve list length)`,
});

const isWholePositive = (n: number | null): n is number =>
  n !== null && Number.isSafeInteger(n) && n > 0;

function reductionProblems(
  c: AllocationCase,
  grant: number,
  r: Reduction | null,
): ContentProblem[] {
  if (r === null) return [{ path: 'reduction', message: m.reasonNeeded }];
  const problems: ContentProblem[] = [];
  if (r.reason.trim() === '') problems.push({ path: 'reduction.reason', message: m.reasonNeeded });
  const lines = new Map(c.budgetLines.map((l) => [l.id, l]));
  const seen = new Set<string>();
  let sum = 0;
  r.cuts.forEach((cut, i) => {
    const line = lines.get(cut.lineId);
    if (!line) problems.push({ path: `reduction.cuts.${i}.lineId`, message: m.unknownLine });
    else if (seen.has(cut.lineId))
      problems.push({ path: `reduction.cuts.${i}.lineId`, message: m.lineTwice });
    else if (!isWholePositive(cut.cutNok) || cut.cutNok > line.amountNok)
      problems.push({ path: `reduction.cuts.${i}.cutNok`, message: cutAboveLine(line.amountNok) });
    seen.add(cut.lineId);
    sum += Number.isFinite(cut.cutNok) ? cut.cutNok : 0;
  });
  const want = c.appliedNok - grant;
  if (problems.length === 0 && sum !== want)
    problems.push({ path: 'reduction.cuts', message: cutsSum(want, sum) });
  return problems;
}

/**
 * Problems with an entry as the officer set it, each naming the field. Empty when it may be
 * stored. The pot is not checked here: that needs the other entries (see `potRoom`).
 */
export function entryProblems(
  method: AllocationMethod,
  c: AllocationCase,
  entry: ScenarioEntry,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { minGrantNok, maxGrantNok } = method.limits;
  if (entry.placement !== 'main' && entry.grantNok !== null)
    problems.push({ path: 'grantNok', message: m.grantOnlyMain });
  if (entry.placement !== 'reserve' && entry.reservePosition !== null)
    problems.push({ path: 'reservePosition', message: m.positionOnlyReserve });
  if (entry.placement !== 'main' && entry.reduction !== null)
    problems.push({ path: 'reduction', message: m.reductionOnlyReduced });
  if (entry.placement === 'main') {
    const grant = entry.grantNok;
    if (grant === null) problems.push({ path: 'grantNok', message: m.required });
    else if (!isWholePositive(grant)) problems.push({ path: 'grantNok', message: m.wholePositive });
    else if (grant > c.appliedNok)
      problems.push({ path: 'grantNok', message: aboveApplied(c.appliedNok) });
    else if (minGrantNok !== undefined && grant < minGrantNok)
      problems.push({ path: 'grantNok', message: belowMin(minGrantNok) });
    else if (maxGrantNok !== undefined && grant > maxGrantNok)
      problems.push({ path: 'grantNok', message: aboveMax(maxGrantNok) });
    else if (grant < c.appliedNok) problems.push(...reductionProblems(c, grant, entry.reduction));
    else if (entry.reduction !== null)
      problems.push({ path: 'reduction', message: m.reductionOnlyReduced });
  }
  if (entry.placement === 'reserve') {
    const p = entry.reservePosition;
    const length = method.reserveListLength;
    if (p === null) problems.push({ path: 'reservePosition', message: m.required });
    else if (!Number.isSafeInteger(p) || p < 1 || p > length)
      problems.push({ path: 'reservePosition', message: reserveFull(length) });
  }
  return problems;
}

/** The entry as stored: texts trimmed, a blank departure reason as none. */
export function normalizeEntry(entry: ScenarioEntry): ScenarioEntry {
  const reason = entry.departureReason?.trim() ?? '';
  return {
    ...entry,
    reduction: entry.reduction
      ? { reason: entry.reduction.reason.trim(), cuts: entry.reduction.cuts }
      : null,
    departureReason: reason === '' ? null : reason,
  };
}

/** An entry of a case no one has placed yet: refused, version 0. */
export function refusedEntry(caseId: string): ScenarioEntry {
  return {
    caseId,
    placement: 'refused',
    grantNok: null,
    reduction: null,
    reservePosition: null,
    departureReason: null,
  };
}

/** The reserve list's length is the call's: a new reserve place needs a free one. */
export function reserveListFull(length: number): Localized {
  return {
    nb: `reservelisten er full (${length} plasser i utlysningen)`,
    nn: `reservelista er full (${length} plassar i utlysinga)`,
    en: `the reserve list is full (${length} places in the call)`,
  };
}
