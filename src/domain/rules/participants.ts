/**
 * R8: every company has a training need (opplæringsbehov) and an estimate of how many people it
 * sends, per offering it takes part in when the call asks for estimates per offering.
 */
import { isBlank } from './format.js';
import { companyLabel, offeringName } from './labels.js';
import { defineRule, type FormalRule } from './rule.js';
import { clusterCompaniesOf } from './cluster.js';

export const trainingNeedPerCompany = defineRule('trainingNeedPerCompany', (context, emit) => {
  const rule = context.call.rules.trainingNeedPerCompany;
  if (!rule) return;
  const companies = clusterCompaniesOf(context);
  const offerings = context.sections.offerings?.offerings ?? [];
  const estimates = context.sections.participants?.estimates;

  companies.forEach((company, index) => {
    if (!isBlank(company.trainingNeed)) return;
    const who = companyLabel(company, index);
    emit(rule, 'error', context.pathOf('cluster', 'companies', index, 'trainingNeed'), {
      nb: `Opplæringsbehovet til ${who.nb} er ikke beskrevet.`,
      nn: `Opplæringsbehovet til ${who.nn} er ikkje skildra.`,
      en: `The training need of ${who.en} is not described.`,
    });
  });
  if (!estimates) return;

  const estimatesPath = context.pathOf('participants', 'estimates');
  const key = (orgnr: string, offeringId: string) => `${orgnr} ${offeringId}`;
  const estimated = new Set(estimates.map((e) => key(e.companyOrgnr, e.offeringId)));
  companies.forEach((company, index) => {
    if (company.orgnr === '') return;
    const who = companyLabel(company, index);
    const total = estimates
      .filter((e) => e.companyOrgnr === company.orgnr)
      .reduce((sum, e) => sum + e.participants, 0);
    if (total === 0) {
      emit(rule, 'error', estimatesPath, {
        nb: `Det er ikke anslått noen deltakere fra ${who.nb}. Anslå hvor mange virksomheten sender.`,
        nn: `Det er ikkje anslått nokon deltakarar frå ${who.nn}. Anslå kor mange verksemda sender.`,
        en: `No participants are estimated from ${who.en}. Estimate how many the company will send.`,
      });
      return;
    }
    if (!rule.participantEstimatePerOffering) return;
    offerings.forEach((offering, offeringIndex) => {
      if (!offering.companyOrgnrs.includes(company.orgnr)) return;
      if (estimated.has(key(company.orgnr, offering.id))) return;
      const what = offeringName(offering, offeringIndex);
      emit(rule, 'error', estimatesPath, {
        nb: `Det mangler et anslag på antall deltakere fra ${who.nb} i ${what.nb}.`,
        nn: `Det manglar eit anslag over kor mange deltakarar ${who.nn} sender til ${what.nn}.`,
        en: `An estimate of the number of participants from ${who.en} in ${what.en} is missing.`,
      });
    });
  });

  // A row left behind after a company or offering was removed is harmless but misleading.
  const orgnrs = new Set(companies.map((c) => c.orgnr));
  const offeringIds = new Set(offerings.map((o) => o.id));
  estimates.forEach((estimate, index) => {
    if (orgnrs.has(estimate.companyOrgnr) && offeringIds.has(estimate.offeringId)) return;
    const which = orgnrs.has(estimate.companyOrgnr)
      ? { nb: 'et studietilbud', nn: 'eit studietilbod', en: 'a course offering' }
      : {
          nb: `en virksomhet (${estimate.companyOrgnr})`,
          nn: `ei verksemd (${estimate.companyOrgnr})`,
          en: `a company (${estimate.companyOrgnr})`,
        };
    emit(rule, 'warning', context.pathOf('participants', 'estimates', index), {
      nb: `Anslag nr. ${index + 1} gjelder ${which.nb} som ikke lenger er med i søknaden.`,
      nn: `Anslag nr. ${index + 1} gjeld ${which.nn} som ikkje lenger er med i søknaden.`,
      en: `Estimate no. ${index + 1} refers to ${which.en} that is no longer in the application.`,
    });
  });
});

export const participantRules: readonly FormalRule[] = [trainingNeedPerCompany];
