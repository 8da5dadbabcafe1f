/**
 * The call's limits (R27) checked on a whole scenario: the pot, the cap per institution, the
 * spread over counties, the minimum and maximum grant and the minimum share of a partial grant.
 * A scenario with problems can be saved as a draft but not proposed.
 */
import type { AllocationMethod } from '../call/call-allocation-schema.js';
import type { Localized } from '../call/call-schema-parts.js';
import type { AllocationCase, LimitProblem, ScenarioEntry } from './model.js';
import { formatNok as nok, grantedOf } from './pot.js';

function problem(limit: LimitProblem['limit'], caseId: string | null, message: Localized) {
  return { limit, caseId, message };
}

export function limitProblems(
  method: AllocationMethod,
  potNok: number,
  cases: readonly AllocationCase[],
  entries: readonly ScenarioEntry[],
): LimitProblem[] {
  const byId = new Map(cases.map((c) => [c.caseId, c]));
  const main = entries.filter((e) => e.placement === 'main' && e.grantNok !== null);
  const problems: LimitProblem[] = [];
  const { maxPerInstitutionNok, minCounties, minGrantNok, maxGrantNok, minPartialShare } =
    method.limits;

  const granted = grantedOf(main);
  if (granted > potNok) {
    problems.push(
      problem('pot', null, {
        nb: `tildelt ${nok(granted)} kr er mer enn rammen på ${nok(potNok)} kr`,
        nn: `tildelt ${nok(granted)} kr er meir enn ramma på ${nok(potNok)} kr`,
        en: `NOK ${nok(granted)} granted is more than the pot of NOK ${nok(potNok)}`,
      }),
    );
  }

  for (const e of main) {
    const c = byId.get(e.caseId);
    const grant = e.grantNok ?? 0;
    if (minGrantNok !== undefined && grant < minGrantNok)
      problems.push(
        problem('minGrantNok', e.caseId, {
          nb: `${c?.caseNumber ?? e.caseId}: tilskuddet er under minstebeløpet (${nok(minGrantNok)} kr)`,
          nn: `${c?.caseNumber ?? e.caseId}: tilskotet er under minstebeløpet (${nok(minGrantNok)} kr)`,
          en: `${c?.caseNumber ?? e.caseId}: the grant is below the minimum (NOK ${nok(minGrantNok)})`,
        }),
      );
    if (maxGrantNok !== undefined && grant > maxGrantNok)
      problems.push(
        problem('maxGrantNok', e.caseId, {
          nb: `${c?.caseNumber ?? e.caseId}: tilskuddet er over største beløp (${nok(maxGrantNok)} kr)`,
          nn: `${c?.caseNumber ?? e.caseId}: tilskotet er over største beløp (${nok(maxGrantNok)} kr)`,
          en: `${c?.caseNumber ?? e.caseId}: the grant is above the maximum (NOK ${nok(maxGrantNok)})`,
        }),
      );
    if (c && minPartialShare !== undefined && grant < c.appliedNok) {
      const least = Math.ceil(minPartialShare * c.appliedNok - 1e-9);
      if (grant < least)
        problems.push(
          problem('minPartialShare', e.caseId, {
            nb: `${c.caseNumber}: et redusert tilskudd må være minst ${Math.round(minPartialShare * 100)} % av omsøkt (${nok(least)} kr)`,
            nn: `${c.caseNumber}: eit redusert tilskot må vere minst ${Math.round(minPartialShare * 100)} % av det som er søkt om (${nok(least)} kr)`,
            en: `${c.caseNumber}: a reduced grant must be at least ${Math.round(minPartialShare * 100)} % of the amount applied for (NOK ${nok(least)})`,
          }),
        );
    }
  }

  if (maxPerInstitutionNok !== undefined) {
    const perInstitution = new Map<string, { name: string; sum: number }>();
    for (const e of main) {
      const c = byId.get(e.caseId);
      if (!c) continue;
      const seen = perInstitution.get(c.institutionOrgnr) ?? { name: c.institutionName, sum: 0 };
      seen.sum += e.grantNok ?? 0;
      perInstitution.set(c.institutionOrgnr, seen);
    }
    for (const { name, sum } of perInstitution.values()) {
      if (sum > maxPerInstitutionNok)
        problems.push(
          problem('maxPerInstitutionNok', null, {
            nb: `${name} får ${nok(sum)} kr, mer enn taket per institusjon (${nok(maxPerInstitutionNok)} kr)`,
            nn: `${name} får ${nok(sum)} kr, meir enn taket per institusjon (${nok(maxPerInstitutionNok)} kr)`,
            en: `${name} gets NOK ${nok(sum)}, more than the cap per institution (NOK ${nok(maxPerInstitutionNok)})`,
          }),
        );
    }
  }

  if (minCounties !== undefined && main.length > 0) {
    const counties = new Set(main.flatMap((e) => byId.get(e.caseId)?.county ?? []));
    if (counties.size < minCounties)
      problems.push(
        problem('minCounties', null, {
          nb: `tilskuddene når ${counties.size} fylker; utlysningen krever minst ${minCounties}`,
          nn: `tilskota når ${counties.size} fylke; utlysinga krev minst ${minCounties}`,
          en: `the grants reach ${counties.size} counties; the call requires at least ${minCounties}`,
        }),
      );
  }
  return problems;
}
