/**
 * How a message names the thing it is about: by its name where it has one, else by its place in
 * the list ("virksomhet nr. 2"), so the applicant can find it in the form.
 */
import type { Localized } from '../call/call-schema.js';
import type { BudgetLine, Company, Offering } from '../application/section-content.js';
import { isBlank, localize, quoteName } from './format.js';

/** The company by name and orgnr, or by its place in the list. */
export function companyLabel(company: Company, index: number): Localized {
  if (!isBlank(company.name)) {
    const orgnr = company.orgnr === '' ? '' : ` (${company.orgnr})`;
    return localize((l) => `${quoteName(company.name ?? '', l)}${orgnr}`);
  }
  if (company.orgnr !== '') {
    return {
      nb: `virksomheten med organisasjonsnummer ${company.orgnr}`,
      nn: `verksemda med organisasjonsnummer ${company.orgnr}`,
      en: `the company with organisation number ${company.orgnr}`,
    };
  }
  const n = index + 1;
  return { nb: `virksomhet nr. ${n}`, nn: `verksemd nr. ${n}`, en: `company no. ${n}` };
}

/** The offering as the subject of a sentence: "Studietilbudet «X»" or "Studietilbud nr. 2". */
export function offeringSubject(offering: Offering, index: number): Localized {
  const n = index + 1;
  if (isBlank(offering.title)) {
    return {
      nb: `Studietilbud nr. ${n}`,
      nn: `Studietilbod nr. ${n}`,
      en: `Course offering no. ${n}`,
    };
  }
  const title = offering.title ?? '';
  return {
    nb: `Studietilbudet ${quoteName(title, 'nb')}`,
    nn: `Studietilbodet ${quoteName(title, 'nn')}`,
    en: `The course offering ${quoteName(title, 'en')}`,
  };
}

/** The offering inside a sentence: «X», or "studietilbud nr. 2". */
export function offeringName(offering: Offering, index: number): Localized {
  const n = index + 1;
  if (isBlank(offering.title)) {
    return {
      nb: `studietilbud nr. ${n}`,
      nn: `studietilbod nr. ${n}`,
      en: `course offering no. ${n}`,
    };
  }
  return localize((l) => quoteName(offering.title ?? '', l));
}

/** "Budsjettlinje 3 («Lønn kursutvikling»)". */
export function budgetLineSubject(line: BudgetLine, index: number): Localized {
  const n = index + 1;
  const what = (l: 'nb' | 'nn' | 'en') =>
    isBlank(line.description) ? '' : ` (${quoteName(line.description ?? '', l)})`;
  return {
    nb: `Budsjettlinje ${n}${what('nb')}`,
    nn: `Budsjettline ${n}${what('nn')}`,
    en: `Budget line ${n}${what('en')}`,
  };
}

/** Sentence case for a label that starts a sentence. */
export function capitalised(label: Localized): Localized {
  return localize((l) => `${label[l].charAt(0).toUpperCase()}${label[l].slice(1)}`);
}
