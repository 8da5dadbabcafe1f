/**
 * "A call that has lived": a deterministic set of synthetic applications to a call, with the
 * people who submit, assess and agree on them, for the demo's phase jumps and the benchmarks.
 * Pure and seeded (no Math.random, no clock, no I/O): the same seed, size, call and registers
 * always give the same life. The server part (src/server/services/demo-life/) plays it through the
 * real services.
 */
import type { CallDefinition } from '../call/call-schema.js';
import { planAssessment, type AssessmentPlan } from './assessment-plan.js';
import {
  generateApplicationContent,
  type LifeCompany,
  type LifeInstitution,
} from './generate-application.js';
import { slugOf } from './life-dates.js';
import { addUnregisteredPartner, orgnrsIn, type RegisterChange } from './register-change.js';
import { createPrng, type Prng } from './prng.js';
import { FIRST_NAMES, LAST_NAMES } from './texts.js';

export type { LifeCompany, LifeInstitution } from './generate-application.js';
export type { RegisterChange } from './register-change.js';
export type { AssessmentPlan, PlannedAssessment, PlannedConsensus } from './assessment-plan.js';

export interface LifePerson {
  /** Stable within the life: becomes the user's subject after a prefix. */
  key: string;
  name: string;
  email: string;
}

export interface LifeAssessor extends LifePerson {
  /** A tie to a company of the register, so the conflict check has something to avoid. */
  affiliation: { orgnr: string; orgName: string; role: 'employee' | 'board_member' } | null;
}

export interface LifeApplication {
  /** 1-based, in the order submitted. */
  number: number;
  institution: LifeInstitution;
  applicant: LifePerson;
  title: string;
  grantNok: number;
  /** Section content by section id; the attachments section is filled by the upload. */
  content: Record<string, unknown>;
  agreement: { kind: string; fileName: string; text: string } | null;
  assessment: AssessmentPlan;
  /** Keys of the assessors assigned, none tied to a party of the application. */
  assessorKeys: string[];
  /** False for the handful left for the officer persona. */
  consensus: boolean;
  /** The one application the formal check proposes for rejection (see `registerChange`). */
  rejected: boolean;
}

export interface CallLife {
  seed: string;
  applications: LifeApplication[];
  assessors: LifeAssessor[];
  officer: LifePerson;
  /**
   * What the company register learns between submission and intake, so that the rules' second
   * run (R23) finds an error in one application: a partner company, unknown to the register when
   * the application was submitted, turns out to be registered outside the call's industries.
   */
  registerChange: RegisterChange | null;
  sumAppliedNok: number;
}

export interface CallLifeInput {
  seed: string;
  size: number;
  call: CallDefinition;
  /** The register of institutions; those the call does not allow are left out here. */
  institutions: readonly LifeInstitution[];
  /** The demo company register; those outside the call's industries are left out here. */
  companies: readonly LifeCompany[];
  /** How many assessors the panel has (default: enough for a few cases each). */
  assessorCount?: number;
}

/** A person with a name no one else in the life has (a demo should not show two Randi Berge). */
function person(rng: Prng, key: string, domain: string, taken: Set<string>): LifePerson {
  for (;;) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const name = `${first} ${last}`;
    if (taken.has(name) && taken.size < FIRST_NAMES.length * LAST_NAMES.length) continue;
    taken.add(name);
    return { key, name, email: `${slugOf(first)}.${slugOf(last)}@${domain}.example` };
  }
}

export function eligibleInstitutions(
  call: CallDefinition,
  institutions: readonly LifeInstitution[],
): LifeInstitution[] {
  const { institutionCategories, privateRequiresPublicFunding } = call.eligibility;
  return institutions.filter(
    (i) =>
      i.confirmed &&
      (institutionCategories as readonly string[]).includes(i.category) &&
      (!privateRequiresPublicFunding || i.publicFunding),
  );
}

function inIndustry(call: CallDefinition, company: LifeCompany): boolean {
  const rule = call.rules.companyIndustryCodes;
  const division = Number(company.industryCode.slice(0, 2));
  return !rule || (division >= rule.sn2007DivisionFrom && division <= rule.sn2007DivisionTo);
}

/**
 * Grants between the call's minimum and maximum grant (or a share of the pot), drawn unevenly and
 * scaled so that together they ask for 2–3 times the pot, where the size allows it.
 */
function grantAmounts(rng: Prng, call: CallDefinition, size: number): number[] {
  const pot = call.potNok;
  const min = call.allocation.limits.minGrantNok ?? Math.round(pot / 66);
  const max = Math.min(pot, call.allocation.limits.maxGrantNok ?? Math.round(pot / 8));
  const ratio = 2.2 + rng.next() * 0.6;
  const target = Math.min(size * max, Math.max(size * min, ratio * pot));
  const weights = Array.from({ length: size }, () => rng.next() ** 1.4);
  const amounts = (s: number) =>
    weights.map((w) =>
      Math.min(max, Math.max(min, Math.round((min + s * w * (max - min)) / 5000) * 5000)),
    );
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 40; i += 1) {
    const mid = (lo + hi) / 2;
    if (amounts(mid).reduce((a, b) => a + b, 0) < target) lo = mid;
    else hi = mid;
  }
  return amounts(hi);
}

/** Institutions in turn so that every kind of ownership applies at least once. */
function institutionOrder(
  rng: Prng,
  pool: readonly LifeInstitution[],
  size: number,
): LifeInstitution[] {
  const byOwnership = [...new Set(pool.map((i) => i.ownership))].sort();
  const first = byOwnership.map((o) => rng.pick(pool.filter((i) => i.ownership === o)));
  const rest = Array.from({ length: Math.max(0, size - first.length) }, () => rng.pick(pool));
  return [...first, ...rest].slice(0, size);
}

export function generateCallLife(input: CallLifeInput): CallLife {
  const { call, size } = input;
  const root = createPrng(`${input.seed}|${call.id}`);
  const institutions = eligibleInstitutions(call, input.institutions);
  const companies = input.companies.filter((c) => inIndustry(call, c));
  if (institutions.length === 0 || companies.length < (call.rules.minCompanies?.min ?? 3)) {
    throw new Error(
      'generateCallLife: the registers have too few eligible institutions or companies',
    );
  }
  const grants = grantAmounts(root.fork('grants'), call, size);
  const order = institutionOrder(root.fork('institutions'), institutions, size);
  const assessorCount =
    input.assessorCount ?? Math.max(call.assessorsPerCase + 2, Math.ceil(size / 5));
  const assessorRng = root.fork('assessors');
  const names = new Set<string>();
  const assessors: LifeAssessor[] = Array.from({ length: assessorCount }, (_, i) => {
    const key = `assessor-${String(i + 1).padStart(2, '0')}`;
    const tie = i % 4 === 0 ? assessorRng.pick(companies) : null;
    return {
      ...person(assessorRng, key, 'fagekspert', names),
      affiliation: tie
        ? { orgnr: tie.orgnr, orgName: tie.name, role: i % 8 === 0 ? 'employee' : 'board_member' }
        : null,
    };
  });

  const pickRng = root.fork('roles');
  const rejectedIndex = size > 2 ? pickRng.int(2, size - 1) : -1;
  const disagreeing = new Set(
    pickRng.sample([...Array(size).keys()], Math.max(1, Math.round(size / 10))),
  );
  const applications: LifeApplication[] = [];
  let registerChange: CallLife['registerChange'] = null;
  for (let i = 0; i < size; i += 1) {
    const rng = root.fork(`application-${i + 1}`);
    const institution = order[i] as LifeInstitution;
    const { content, title } = generateApplicationContent(rng, call, {
      institution,
      companies,
      grantNok: grants[i] ?? 0,
      number: i + 1,
    });
    const rejected = i === rejectedIndex;
    if (rejected) registerChange = addUnregisteredPartner(rng, call, content, companies);
    const parties = new Set([institution.orgnr, ...orgnrsIn(call, content)]);
    const free = assessors.filter((a) => !a.affiliation || !parties.has(a.affiliation.orgnr));
    const start = (i * call.assessorsPerCase) % Math.max(1, free.length);
    const assessorKeys = Array.from(
      { length: Math.min(call.assessorsPerCase, free.length) },
      (_, k) => (free[(start + k) % free.length] as LifeAssessor).key,
    );
    const kind = call.attachmentKinds.find(
      (k) => k.required && k.allowedTypes.includes('application/pdf'),
    );
    applications.push({
      number: i + 1,
      institution,
      applicant: person(
        rng,
        `applicant-${String(i + 1).padStart(3, '0')}`,
        slugOf(institution.name).slice(0, 30),
        names,
      ),
      title,
      grantNok: grants[i] ?? 0,
      content,
      agreement: kind
        ? {
            kind: kind.id,
            fileName: 'samarbeidsavtale-signert.pdf',
            text: `Samarbeidsavtale: ${title}`,
          }
        : null,
      assessment: planAssessment(rng, call, disagreeing.has(i)),
      assessorKeys,
      consensus: true,
      rejected,
    });
  }
  // A handful without consensus, for the officer persona: among them a case the panel disagrees on.
  const open = applications.filter((a) => !a.rejected);
  const handful = Math.min(open.length - 1, Math.max(4, Math.min(6, Math.round(size / 8))));
  const disputed = open.filter((a) => a.assessment.disagreement).slice(0, 1);
  const others = pickRng.sample(
    open.filter((a) => !disputed.includes(a)),
    Math.max(0, handful - disputed.length),
  );
  for (const a of [...disputed, ...others]) a.consensus = false;
  return {
    seed: input.seed,
    applications,
    assessors,
    officer: person(root.fork('officer'), 'officer', 'tilskudd', names),
    registerChange,
    sumAppliedNok: grants.reduce((a, b) => a + b, 0),
  };
}
