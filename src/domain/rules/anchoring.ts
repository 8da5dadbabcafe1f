/**
 * R9: the application is anchored on both sides. The employer side and at least one union or
 * employee representative are named, and the roles of companies, unions and the education
 * provider are described.
 */
import type { Localized } from '../call/call-schema.js';
import { isBlank } from './format.js';
import { defineRule, type FormalRule } from './rule.js';
import { clusterCompaniesOf } from './cluster.js';

const ROLES = {
  roleCompanies: { nb: 'virksomhetene', nn: 'verksemdene', en: 'the companies' },
  roleUnions: { nb: 'fagforeningene', nn: 'fagforeiningane', en: 'the trade unions' },
  roleInstitution: {
    nb: 'utdanningstilbyderen',
    nn: 'utdanningstilbydaren',
    en: 'the education provider',
  },
} satisfies Record<string, Localized>;

export const anchoringBothSides = defineRule('anchoringBothSides', (context, emit) => {
  const rule = context.call.rules.anchoringBothSides;
  const anchoring = context.sections.anchoring;
  if (!rule || !anchoring) return;

  if (isBlank(anchoring.employerSide)) {
    emit(rule, 'error', context.pathOf('anchoring', 'employerSide'), {
      nb: 'Arbeidsgiversiden er ikke navngitt. Skriv hvem som representerer arbeidsgiverne.',
      nn: 'Arbeidsgivarsida er ikkje namngitt. Skriv kven som representerer arbeidsgivarane.',
      en: 'The employer side is not named. State who represents the employers.',
    });
  }
  const named = anchoring.unions.filter((union) => !isBlank(union.unionName));
  if (named.length === 0) {
    emit(rule, 'error', context.pathOf('anchoring', 'unions'), {
      nb: 'Arbeidstakersiden er ikke navngitt. Legg inn minst én fagforening eller tillitsvalgt.',
      nn: 'Arbeidstakarsida er ikkje namngitt. Legg inn minst éi fagforeining eller ein tillitsvald.',
      en: 'The employee side is not named. Add at least one trade union or employee representative.',
    });
  }
  const orgnrs = new Set(clusterCompaniesOf(context).map((company) => company.orgnr));
  anchoring.unions.forEach((union, index) => {
    const n = index + 1;
    if (named.length > 0 && isBlank(union.unionName)) {
      emit(rule, 'error', context.pathOf('anchoring', 'unions', index, 'unionName'), {
        nb: `Fagforening nr. ${n} mangler navn.`,
        nn: `Fagforeining nr. ${n} manglar namn.`,
        en: `Trade union no. ${n} has no name.`,
      });
    }
    if (!orgnrs.has(union.companyOrgnr)) {
      const orgnr = union.companyOrgnr;
      emit(rule, 'warning', context.pathOf('anchoring', 'unions', index, 'companyOrgnr'), {
        nb: `Fagforening nr. ${n} er knyttet til organisasjonsnummer «${orgnr}», som ikke er en virksomhet i klyngen.`,
        nn: `Fagforeining nr. ${n} er knytt til organisasjonsnummer «${orgnr}», som ikkje er ei verksemd i klynga.`,
        en: `Trade union no. ${n} is linked to organisation number "${orgnr}", which is not a company in the cluster.`,
      });
    }
  });
  for (const [field, who] of Object.entries(ROLES) as [keyof typeof ROLES, Localized][]) {
    if (!isBlank(anchoring[field])) continue;
    emit(rule, 'error', context.pathOf('anchoring', field), {
      nb: `Rollen til ${who.nb} i prosjektet er ikke beskrevet.`,
      nn: `Rolla til ${who.nn} i prosjektet er ikkje skildra.`,
      en: `The role of ${who.en} in the project is not described.`,
    });
  }
});

export const anchoringRules: readonly FormalRule[] = [anchoringBothSides];
