/**
 * R6 "innenfor industrien": each company's industry code (SN2007) must fall in the call's range
 * of divisions, and a company the register shows as bankrupt or being wound up is flagged.
 */
import { capitalised, companyLabel } from './labels.js';
import { defineRule, type FormalRule } from './rule.js';
import { clusterCompaniesOf } from './cluster.js';

const SN2007_CODE = /^(\d{2})(?:\.\d{1,3})?$/;

/** The division (first two digits) of an SN2007 code such as "30.110", or null. */
export function sn2007DivisionOf(code: string | null | undefined): number | null {
  const match = SN2007_CODE.exec(code ?? '');
  return match ? Number(match[1]) : null;
}

function formatDivision(division: number): string {
  return String(division).padStart(2, '0');
}

export const companyIndustryCodes = defineRule('companyIndustryCodes', (context, emit) => {
  const rule = context.call.rules.companyIndustryCodes;
  if (!rule) return;
  const from = formatDivision(rule.sn2007DivisionFrom);
  const to = formatDivision(rule.sn2007DivisionTo);
  const range =
    from === to
      ? { nb: `næring ${from}`, nn: `næring ${from}`, en: `division ${from}` }
      : {
          nb: `næringene ${from}–${to}`,
          nn: `næringane ${from}–${to}`,
          en: `divisions ${from}–${to}`,
        };
  const inRange = (division: number) =>
    division >= rule.sn2007DivisionFrom && division <= rule.sn2007DivisionTo;

  clusterCompaniesOf(context).forEach((company, index) => {
    const path = context.pathOf('cluster', 'companies', index, 'industryCode');
    const who = companyLabel(company, index);
    const stated = company.industryCode;
    const registered = context.registeredCompanies[company.orgnr]?.industryCode ?? null;
    const statedDivision = sn2007DivisionOf(stated);
    const registeredDivision = sn2007DivisionOf(registered);
    if (statedDivision !== null && !inRange(statedDivision)) {
      emit(rule, 'error', path, {
        nb: `${capitalised(who).nb} har næringskode ${stated ?? ''}, som er utenfor ${range.nb} i SN2007 som utlysningen gjelder.`,
        nn: `${capitalised(who).nn} har næringskode ${stated ?? ''}, som er utanfor ${range.nn} i SN2007 som utlysinga gjeld.`,
        en: `${capitalised(who).en} has industry code ${stated ?? ''}, which is outside SN2007 ${range.en} that the call covers.`,
      });
    } else if (registeredDivision !== null && !inRange(registeredDivision)) {
      emit(rule, 'error', path, {
        nb: `Enhetsregisteret oppgir næringskode ${registered ?? ''} for ${who.nb}, som er utenfor ${range.nb} i SN2007 som utlysningen gjelder.`,
        nn: `Einingsregisteret oppgir næringskode ${registered ?? ''} for ${who.nn}, som er utanfor ${range.nn} i SN2007 som utlysinga gjeld.`,
        en: `The Central Coordinating Register gives industry code ${registered ?? ''} for ${who.en}, which is outside SN2007 ${range.en} that the call covers.`,
      });
    } else if (statedDivision === null && registeredDivision === null) {
      emit(rule, 'warning', path, {
        nb: `Næringskoden for ${who.nb} er ikke kjent, så det er ikke kontrollert at virksomheten er innenfor ${range.nb} i SN2007.`,
        nn: `Næringskoden for ${who.nn} er ikkje kjend, så det er ikkje kontrollert at verksemda er innanfor ${range.nn} i SN2007.`,
        en: `The industry code of ${who.en} is not known, so it has not been checked that the company is within SN2007 ${range.en}.`,
      });
    }
  });
});

/** A bankrupt company can hardly take part; a warning, because the register may lag behind. */
export const companyActive = defineRule('companyActive', (context, emit) => {
  const rule = context.call.rules.minCompanies;
  if (!rule) return;
  clusterCompaniesOf(context).forEach((company, index) => {
    const registered = context.registeredCompanies[company.orgnr];
    if (!registered || (!registered.bankrupt && !registered.underLiquidation)) return;
    const who = capitalised(companyLabel(company, index));
    const status = registered.bankrupt
      ? { nb: 'konkurs', nn: 'konkurs', en: 'bankrupt' }
      : { nb: 'under avvikling', nn: 'under avvikling', en: 'being wound up (under liquidation)' };
    emit(rule, 'warning', context.pathOf('cluster', 'companies', index, 'orgnr'), {
      nb: `${who.nb} er registrert som ${status.nb} i Enhetsregisteret. Sjekk at virksomheten kan delta i prosjektet.`,
      nn: `${who.nn} er registrert som ${status.nn} i Einingsregisteret. Sjekk at verksemda kan delta i prosjektet.`,
      en: `${who.en} is registered as ${status.en} in the Central Coordinating Register. Check that the company can take part in the project.`,
    });
  });
});

export const companyRegisterRules: readonly FormalRule[] = [companyIndustryCodes, companyActive];
