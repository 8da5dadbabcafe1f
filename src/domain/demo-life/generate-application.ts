/**
 * One synthetic application to a call, content only: every section the call's form has, filled
 * in the way a careful applicant would, so the call's formal rules find nothing blocking. Dates,
 * phases, cost categories and limits come from the call definition.
 */
import type { CallDefinition } from '../call/call-schema.js';
import { sn2007DivisionOf } from '../rules/company-register.js';
import { generateBudget } from './life-budget.js';
import { addDays, daysBetween, minDate, slugOf } from './life-dates.js';
import type { Prng } from './prng.js';
import {
  EMPLOYER_ORGS,
  FIRST_NAMES,
  GENERAL_OFFERINGS,
  LAST_NAMES,
  UNIONS,
  themeOf,
  type OfferingIdea,
} from './texts.js';

export interface LifeInstitution {
  orgnr: string;
  name: string;
  category: string;
  ownership: string;
  publicFunding: boolean;
  confirmed: boolean;
}

export interface LifeCompany {
  orgnr: string;
  name: string;
  industryCode: string;
  municipalityNumber: string;
  municipalityName: string;
  countyName: string;
  employees: number;
  exportOrImportCompeting: boolean;
}

const STUDIEPOENG = [2.5, 5, 7.5, 10, 15] as const;
const DELIVERY = ['online', 'hybrid', 'campus'] as const;

function personName(rng: Prng): { name: string; email: string } {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return { name: `${first} ${last}`, email: `${slugOf(first)}.${slugOf(last)}` };
}

function sectionIdOf(call: CallDefinition, kind: string): string | undefined {
  return call.sections.find((s) => s.kind === kind)?.id;
}

/** The companies of one cluster: most from one county, now and then one from a neighbour. */
function clusterOf(rng: Prng, call: CallDefinition, pool: readonly LifeCompany[]): LifeCompany[] {
  const min = call.rules.minCompanies?.min ?? 3;
  const counties = [...new Set(pool.map((c) => c.countyName))].sort();
  const home = rng.pick(counties);
  const local = pool.filter((c) => c.countyName === home);
  const others = pool.filter((c) => c.countyName !== home);
  const wanted = Math.min(pool.length, rng.int(min, min + 3));
  const chosen = rng.sample(local, Math.min(local.length, wanted - (rng.chance(0.3) ? 1 : 0)));
  return [...chosen, ...rng.sample(others, wanted - chosen.length)];
}

export interface GeneratedContent {
  content: Record<string, unknown>;
  title: string;
}

export function generateApplicationContent(
  rng: Prng,
  call: CallDefinition,
  input: {
    institution: LifeInstitution;
    companies: readonly LifeCompany[];
    grantNok: number;
    number: number;
  },
): GeneratedContent {
  const { institution } = input;
  const cluster = clusterOf(rng, call, input.companies);
  const lead = cluster[0] as LifeCompany;
  const county = lead.countyName;
  const theme = themeOf(sn2007DivisionOf(lead.industryCode) ?? 0);
  const ideas: OfferingIdea[] = [
    ...new Map(
      [...theme.offerings, ...GENERAL_OFFERINGS].map((idea) => [idea.title, idea]),
    ).values(),
  ];
  const picked = rng.sample(ideas, rng.int(1, Math.min(4, ideas.length)));

  // The project period: started some weeks after the deadline, ended by the call's last day.
  const deadlineDay = call.dates.deadline.slice(0, 10);
  const start = minDate(addDays(deadlineDay, rng.int(20, 75)), call.dates.projectStartLatest);
  let end = addDays(call.dates.projectEndLatest, -rng.int(0, 45));
  if (daysBetween(start, end) < 120) end = call.dates.projectEndLatest;
  const length = daysBetween(start, end);
  const development = Math.floor(length * (0.15 + rng.next() * 0.1));

  const maxSp = call.rules.maxStudiepoengPerOffering?.max ?? 10;
  const level = institution.category === 'universitet' ? 'university' : 'university-college';
  const orgnrs = cluster.map((c) => c.orgnr);
  const offerings = picked.map((idea, k) => {
    const slice = Math.floor((length - development) / picked.length);
    const from = addDays(start, development + k * slice);
    const to = addDays(from, Math.max(30, slice - rng.int(5, 20)));
    const members = k === 0 ? orgnrs : rng.sample(orgnrs, rng.int(2, orgnrs.length));
    return {
      id: `o-${k + 1}`,
      title: idea.title,
      level,
      studiepoeng: rng.pick(STUDIEPOENG.filter((sp) => sp <= maxSp)),
      modules: idea.modules,
      deliveryMode: rng.pick(DELIVERY),
      schedule: rng.pick([
        'Nettforelesninger en kveld i uken og to samlinger per semester.',
        'Fleksibel nettundervisning med ukentlig veiledning og én samling hos en av virksomhetene.',
        'Samlinger på arbeidsplassen annenhver uke, avtalt med virksomhetene i god tid.',
      ]),
      fitsFullTimeWork: true,
      fitsFullTimeWorkDescription:
        'Undervisningen legges til kveldstid og samlinger som avtales med virksomhetene, slik at også skiftarbeidere kan delta uten å gå ned i stilling.',
      startDate: from,
      endDate: minDate(to, end),
      competenceNeed: idea.need,
      workRelevance: idea.relevance,
      companyOrgnrs: members,
    };
  });

  const estimates = offerings.flatMap((o) =>
    o.companyOrgnrs.map((orgnr) => {
      const employees = cluster.find((c) => c.orgnr === orgnr)?.employees ?? 10;
      return {
        companyOrgnr: orgnr,
        offeringId: o.id,
        participants: rng.int(2, Math.max(3, Math.min(20, Math.floor(employees / 6)))),
      };
    }),
  );

  const phases = call.budget.phases;
  const firstPhase = phases[0]?.id;
  const lastPhase = phases[phases.length - 1]?.id;
  const milestones = [
    {
      id: 'm-oppstart',
      title: 'Oppstartsmøte med virksomhetene og de tillitsvalgte',
      date: addDays(start, 7),
      phase: firstPhase,
    },
    {
      id: 'm-kartlegging',
      title: 'Kartlegging av kompetansebehovet ferdig',
      date: addDays(start, Math.max(14, Math.floor(development * 0.7))),
      phase: firstPhase,
    },
    ...offerings.flatMap((o, k) => [
      {
        id: `m-start-${k + 1}`,
        title: `Oppstart: ${o.title}`,
        date: o.startDate,
        phase: lastPhase,
      },
      { id: `m-eksamen-${k + 1}`, title: `Eksamen: ${o.title}`, date: o.endDate, phase: lastPhase },
    ]),
    { id: 'm-slutt', title: 'Sluttrapport og regnskap', date: end, phase: lastPhase },
  ];

  const budget = generateBudget(rng, call, {
    grantNok: input.grantNok,
    startYear: Number(start.slice(0, 4)),
    endYear: Number(end.slice(0, 4)),
    offeringTitle: picked[0]?.title ?? theme.sector,
  });

  const exporting = cluster.filter((c) => c.exportOrImportCompeting).length * 2 >= cluster.length;
  const contact = personName(rng);
  const employerOrg = rng.pick(EMPLOYER_ORGS);
  const unionCompanies = rng.sample(cluster, rng.int(1, Math.min(3, cluster.length)));
  const short = institution.name.replace(/\s*\(.*\)$/, '');
  const title = `${picked[0]?.title ?? 'Kompetanseløft'} for ${theme.sector} i ${county}`;

  const sections: Record<string, unknown> = {
    project: {
      title,
      summary: `${short} utvikler, sammen med ${cluster.length} virksomheter i ${theme.sector} i ${county}, ${offerings.length === 1 ? 'ett kort og fleksibelt emne' : `${offerings.length} korte og fleksible emner`}: ${offerings.map((o) => `${o.title.toLowerCase()} (${String(o.studiepoeng).replace('.', ',')} studiepoeng)`).join(', ')}. Emnene kan tas ved siden av full jobb, og skal gjøre klyngen bedre rustet for omstillingen.`,
      startDate: start,
      endDate: end,
      language: 'nb',
    },
    cluster: {
      companies: cluster.map((c, i) => {
        const person = personName(rng);
        return {
          id: `c-${i + 1}`,
          orgnr: c.orgnr,
          name: c.name,
          industryCode: c.industryCode,
          municipalityNumber: c.municipalityNumber,
          municipalityName: c.municipalityName,
          county: c.countyName,
          employees: c.employees,
          exportOrImportCompeting: c.exportOrImportCompeting,
          trainingNeed: rng.pick(themeOf(sn2007DivisionOf(c.industryCode) ?? 0).trainingNeeds),
          contactName: person.name,
          contactEmail: `${person.email}@${slugOf(c.name)}.example`,
          contactPhone: `+47 9${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(100, 999)}`,
        };
      }),
      cooperation: `Virksomhetene samarbeider i et regionalt nettverk i ${county}, der ${lead.name} er en sentral kunde for flere av de andre. De møtes jevnlig, deler innkjøp av kurs og har felles lærlinger. Ved å utvikle emnene sammen får de en felles kompetansestandard gjennom hele verdikjeden.`,
    },
    anchoring: {
      employerSide: `Ledelsen i virksomhetene, med daglig leder i ${lead.name} som kontaktperson, og ${employerOrg}.`,
      unions: unionCompanies.map((c, i) => ({
        id: `u-${i + 1}`,
        companyOrgnr: c.orgnr,
        unionName: rng.pick(UNIONS),
        representativeName: `${personName(rng).name}, tillitsvalgt`,
      })),
      roleCompanies:
        'Virksomhetene beskriver kompetansebehovet, stiller med fagfolk i utviklingen og legger til rette for at de ansatte kan delta.',
      roleUnions:
        'De tillitsvalgte er med i styringsgruppen, rekrutterer deltakere og sikrer at opplegget passer med skiftarbeid.',
      roleInstitution: `${short} er ansvarlig søker, leder prosjektet, utvikler og gjennomfører emnene og rapporterer på tilskuddet. Kontaktperson er ${contact.name}.`,
    },
    case: {
      vulnerability: rng.pick(theme.vulnerability),
      competitiveSituation: rng.pick(theme.competition),
      exportOrImportCompeting: exporting,
      restructuringNeed: rng.pick(theme.restructuring),
      effect: rng.pick(theme.effect),
    },
    offerings: { offerings },
    participants: { estimates },
    'progress-plan': { milestones },
    budget,
  };
  // Keyed by the call's own section ids: the kinds above are what the form is made of.
  const content: Record<string, unknown> = {};
  for (const [kind, value] of Object.entries(sections)) {
    const id = sectionIdOf(call, kind);
    if (id !== undefined) content[id] = value;
  }
  return { content, title };
}
