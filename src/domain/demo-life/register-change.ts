/**
 * The register change behind the demo's one formal rejection (R23): a partner company unknown to
 * the company register when the application was submitted, registered outside the call's
 * industries by the time intake runs the rules again.
 */
import { computeOrgnrCheckDigit } from '../application/orgnr.js';
import type { CallDefinition } from '../call/call-schema.js';
import type { LifeCompany } from './generate-application.js';
import { slugOf } from './life-dates.js';
import type { Prng } from './prng.js';

export type RegisterChange = LifeCompany & { statedIndustryCode: string };

function unregisteredCompany(
  rng: Prng,
  call: CallDefinition,
  known: readonly LifeCompany[],
  template: LifeCompany,
) {
  const rule = call.rules.companyIndustryCodes;
  if (!rule) return null;
  const outside = rule.sn2007DivisionTo < 46 ? 46 : rule.sn2007DivisionFrom - 1;
  if (outside < 1) return null;
  let orgnr = '';
  while (orgnr === '') {
    const firstEight = `9${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
    const check = computeOrgnrCheckDigit(firstEight);
    const candidate = check === null ? '' : `${firstEight}${check}`;
    if (candidate !== '' && !known.some((c) => c.orgnr === candidate)) orgnr = candidate;
  }
  return {
    ...template,
    orgnr,
    name: `${template.municipalityName} Maskin og Handel AS`,
    employees: rng.int(8, 40),
    industryCode: `${String(outside).padStart(2, '0')}.690`,
    statedIndustryCode: template.industryCode,
  };
}

function clusterSectionOf(call: CallDefinition, content: Record<string, unknown>) {
  const id = call.sections.find((s) => s.kind === 'cluster')?.id;
  return id === undefined
    ? undefined
    : (content[id] as { companies: Record<string, unknown>[] } | undefined);
}

export function orgnrsIn(call: CallDefinition, content: Record<string, unknown>): string[] {
  return (clusterSectionOf(call, content)?.companies ?? []).map((c) => String(c.orgnr));
}

/** Adds a partner the register does not know yet to the cluster (and its first offering). */
export function addUnregisteredPartner(
  rng: Prng,
  call: CallDefinition,
  content: Record<string, unknown>,
  companies: readonly LifeCompany[],
): RegisterChange | null {
  const cluster = clusterSectionOf(call, content);
  const first = cluster?.companies[0];
  const template = companies.find((c) => c.orgnr === first?.orgnr);
  if (!cluster || !first || !template) return null;
  const change = unregisteredCompany(rng, call, companies, template);
  if (!change) return null;
  cluster.companies.push({
    ...first,
    id: `c-${cluster.companies.length + 1}`,
    orgnr: change.orgnr,
    name: change.name,
    industryCode: change.statedIndustryCode,
    employees: change.employees,
    contactEmail: `post@${slugOf(change.name)}.example`,
  });
  const offeringsId = call.sections.find((s) => s.kind === 'offerings')?.id;
  const participantsId = call.sections.find((s) => s.kind === 'participants')?.id;
  const offering = offeringsId
    ? (content[offeringsId] as { offerings: { id: string; companyOrgnrs: string[] }[] })
        .offerings[0]
    : undefined;
  if (offering) {
    offering.companyOrgnrs.push(change.orgnr);
    if (participantsId) {
      (content[participantsId] as { estimates: unknown[] }).estimates.push({
        companyOrgnr: change.orgnr,
        offeringId: offering.id,
        participants: rng.int(2, 5),
      });
    }
  }
  return change;
}
