/**
 * R4: who may be the responsible applicant (ansvarlig søker). The institution facts come from the
 * register of eligible institutions; the categories allowed come from `call.eligibility`.
 */
import type { Localized } from '../call/call-schema.js';
import { joinList, localize, quoteName } from './format.js';
import { defineRule, type FormalRule } from './rule.js';

const APPLICANT_PATH = 'applicant';
const OR: Localized = { nb: 'eller', nn: 'eller', en: 'or' };

/** The register's categories with the article a sentence needs. */
const CATEGORY_NAMES: Record<string, Localized> = {
  universitet: { nb: 'et universitet', nn: 'eit universitet', en: 'a university' },
  vitenskapelig_hoyskole: {
    nb: 'en vitenskapelig høyskole',
    nn: 'ein vitskapleg høgskule',
    en: 'a specialised university institution (vitenskapelig høyskole)',
  },
  akkreditert_hoyskole: {
    nb: 'en akkreditert høyskole',
    nn: 'ein akkreditert høgskule',
    en: 'an accredited university college',
  },
  // Categories of the register an applicant can have but a call cannot allow: named too, so an
  // English reader never meets the register's Norwegian code.
  fagskole: {
    nb: 'en fagskole',
    nn: 'ein fagskule',
    en: 'a tertiary vocational college',
  },
  aksjeselskap: {
    nb: 'et aksjeselskap',
    nn: 'eit aksjeselskap',
    en: 'a limited company',
  },
};

/** A category the names above miss is still said as a category, its code quoted. */
function categoryName(category: string): Localized {
  return (
    CATEGORY_NAMES[category] ?? {
      nb: `kategorien ${quoteName(category, 'nb')} i registeret`,
      nn: `kategorien ${quoteName(category, 'nn')} i registeret`,
      en: `the register's category ${quoteName(category, 'en')}`,
    }
  );
}

export const eligibleInstitution = defineRule('eligibleInstitution', (context, emit) => {
  const { eligibility } = context.call;
  const { institution } = context;
  const report = (message: Localized) => emit(eligibility, 'error', APPLICANT_PATH, message);
  if (!institution) {
    report({
      nb: 'Søkeren finnes ikke i registeret over institusjoner som kan søke, og kan derfor ikke være ansvarlig søker.',
      nn: 'Søkjaren finst ikkje i registeret over institusjonar som kan søkje, og kan difor ikkje vere ansvarleg søkjar.',
      en: 'The applicant is not in the register of institutions that may apply, so it cannot be the responsible applicant.',
    });
    return;
  }
  const name = localize((l) => quoteName(institution.name, l));
  if (!eligibility.institutionCategories.some((c) => c === institution.category)) {
    const allowed = localize((l) =>
      joinList(
        eligibility.institutionCategories.map((c) => categoryName(c)[l]),
        l,
        OR,
      ),
    );
    const registered = categoryName(institution.category);
    report({
      nb: `${name.nb} er registrert som ${registered.nb}. Ansvarlig søker må være ${allowed.nb}.`,
      nn: `${name.nn} er registrert som ${registered.nn}. Ansvarleg søkjar må vere ${allowed.nn}.`,
      en: `${name.en} is registered as ${registered.en}. The responsible applicant must be ${allowed.en}.`,
    });
    return;
  }
  // Anything the register does not call state-owned is treated as private: only state
  // institutions are publicly funded by default.
  const isPrivate = institution.ownership !== 'statlig';
  if (eligibility.privateRequiresPublicFunding && isPrivate && !institution.publicFunding) {
    report({
      nb: `${name.nb} er en privat institusjon uten offentlig støtte. En privat høyskole må ha offentlig støtte for å kunne søke.`,
      nn: `${name.nn} er ein privat institusjon utan offentleg støtte. Ein privat høgskule må ha offentleg støtte for å kunne søkje.`,
      en: `${name.en} is a private institution without public funding. A private university college must have public funding to apply.`,
    });
  }
});

export const eligibilityRules: readonly FormalRule[] = [eligibleInstitution];
