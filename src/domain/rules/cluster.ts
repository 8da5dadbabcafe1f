/**
 * R6 and R7: the cluster. At least `rules.minCompanies.min` distinct companies, each properly
 * identified (orgnr with a valid MOD11 check digit) and described, and a description of how the
 * companies cooperate.
 */
import type { Localized } from '../call/call-schema.js';
import { isValidOrgnr } from '../application/orgnr.js';
import type { Company } from '../application/section-content.js';
import { formatNumber, isBlank, localize } from './format.js';
import { capitalised, companyLabel } from './labels.js';
import { defineRule, type FormalRule } from './rule.js';
import { sectionRequirementSource, type RuleContext } from './rule-context.js';

/** R7 has no entry in `call.rules`; the call asks for it through the cluster section. */
const COOPERATION_REQUIREMENT = 'R7';

export function clusterCompaniesOf(context: RuleContext): Company[] {
  return context.sections.cluster?.companies ?? [];
}

export const minCompanies = defineRule('minCompanies', (context, emit) => {
  const rule = context.call.rules.minCompanies;
  if (!rule || !context.sections.cluster) return;
  const distinct = new Set(
    clusterCompaniesOf(context)
      .map((c) => c.orgnr)
      .filter((o) => o !== ''),
  );
  if (distinct.size >= rule.min) return;
  const count = localize((l) => formatNumber(distinct.size, l));
  const min = localize((l) => formatNumber(rule.min, l));
  emit(rule, 'error', context.pathOf('cluster', 'companies'), {
    nb: `Klyngen har ${count.nb} ${distinct.size === 1 ? 'virksomhet' : 'ulike virksomheter'} med organisasjonsnummer. Det må være minst ${min.nb}.`,
    nn: `Klynga har ${count.nn} ${distinct.size === 1 ? 'verksemd' : 'ulike verksemder'} med organisasjonsnummer. Det må vere minst ${min.nn}.`,
    en: `The cluster has ${count.en} distinct ${distinct.size === 1 ? 'company' : 'companies'} with an organisation number. At least ${min.en} are required.`,
  });
});

/** The same company twice counts once towards the minimum: said at its second entry. */
export const duplicateCompany = defineRule('duplicateCompany', (context, emit) => {
  const rule = context.call.rules.minCompanies;
  if (!rule) return;
  const firstAt = new Map<string, number>();
  clusterCompaniesOf(context).forEach((company, index) => {
    if (company.orgnr === '') return;
    const first = firstAt.get(company.orgnr);
    if (first === undefined) {
      firstAt.set(company.orgnr, index);
      return;
    }
    const n = first + 1;
    emit(rule, 'warning', context.pathOf('cluster', 'companies', index, 'orgnr'), {
      nb: `Organisasjonsnummer ${company.orgnr} står allerede i klyngen som virksomhet nr. ${n}, og telles bare én gang.`,
      nn: `Organisasjonsnummer ${company.orgnr} står alt i klynga som verksemd nr. ${n}, og blir berre talt éin gong.`,
      en: `Organisation number ${company.orgnr} is already in the cluster as company no. ${n}, and is counted only once.`,
    });
  });
});

export const companyOrgnr = defineRule('companyOrgnr', (context, emit) => {
  const rule = context.call.rules.minCompanies;
  if (!rule) return;
  clusterCompaniesOf(context).forEach((company, index) => {
    const path = context.pathOf('cluster', 'companies', index, 'orgnr');
    const who = companyLabel({ ...company, orgnr: '' }, index);
    const { orgnr } = company;
    if (orgnr === '') {
      emit(rule, 'error', path, {
        nb: `Organisasjonsnummer mangler for ${who.nb}.`,
        nn: `Organisasjonsnummer manglar for ${who.nn}.`,
        en: `The organisation number is missing for ${who.en}.`,
      });
    } else if (orgnr.length !== 9) {
      emit(rule, 'error', path, {
        nb: `Organisasjonsnummeret ${orgnr} for ${who.nb} har ${orgnr.length} sifre. Det skal ha 9.`,
        nn: `Organisasjonsnummeret ${orgnr} for ${who.nn} har ${orgnr.length} siffer. Det skal ha 9.`,
        en: `The organisation number ${orgnr} for ${who.en} has ${orgnr.length} digits. It must have 9.`,
      });
    } else if (!isValidOrgnr(orgnr)) {
      emit(rule, 'error', path, {
        nb: `Organisasjonsnummeret ${orgnr} for ${who.nb} er ikke gyldig: kontrollsifferet stemmer ikke. Sjekk om et siffer er skrevet feil.`,
        nn: `Organisasjonsnummeret ${orgnr} for ${who.nn} er ikkje gyldig: kontrollsifferet stemmer ikkje. Sjekk om eit siffer er skrive feil.`,
        en: `The organisation number ${orgnr} for ${who.en} is not valid: the check digit does not match. Check for a mistyped digit.`,
      });
    }
  });
});

const DETAIL_NAMES = {
  name: { nb: 'navn', nn: 'namn', en: 'a name' },
  county: { nb: 'fylke', nn: 'fylke', en: 'a county' },
  employees: { nb: 'antall ansatte', nn: 'tal på tilsette', en: 'the number of employees' },
} satisfies Record<string, Localized>;

/** R6 lists what is known of each company; the name, county and size are what assessors read. */
export const companyDetails = defineRule('companyDetails', (context, emit) => {
  const rule = context.call.rules.minCompanies;
  if (!rule) return;
  clusterCompaniesOf(context).forEach((company, index) => {
    const who = capitalised(companyLabel(company, index));
    const missing: (keyof typeof DETAIL_NAMES)[] = [];
    if (isBlank(company.name)) missing.push('name');
    if (isBlank(company.county)) missing.push('county');
    if (company.employees === undefined) missing.push('employees');
    for (const field of missing) {
      const what = DETAIL_NAMES[field];
      emit(rule, 'error', context.pathOf('cluster', 'companies', index, field), {
        nb: `${who.nb} mangler ${what.nb}.`,
        nn: `${who.nn} manglar ${what.nn}.`,
        en: `${who.en} is missing ${what.en}.`,
      });
    }
  });
});

export const clusterCooperation = defineRule('clusterCooperation', (context, emit) => {
  const source = sectionRequirementSource(context, 'cluster', COOPERATION_REQUIREMENT);
  if (!source || !isBlank(context.sections.cluster?.cooperation)) return;
  emit(source, 'error', context.pathOf('cluster', 'cooperation'), {
    nb: 'Det er ikke beskrevet hvordan virksomhetene i klyngen samarbeider og deler informasjon, og hvilken nytte de har av å samarbeide om kompetanseutvikling.',
    nn: 'Det er ikkje skildra korleis verksemdene i klynga samarbeider og deler informasjon, og kva nytte dei har av å samarbeide om kompetanseutvikling.',
    en: 'The application does not describe how the companies in the cluster cooperate and share information, or how they benefit from cooperating on competence development.',
  });
});

export const clusterRules: readonly FormalRule[] = [
  minCompanies,
  duplicateCompany,
  companyOrgnr,
  companyDetails,
  clusterCooperation,
];
