/**
 * Habilitet (R26): the system finds an assessor's registered ties to the parties of a case, and the
 * assessor declares against the grounds of forvaltningsloven § 6, put in plain words.
 */
import type { Localized } from '../call/call-schema.js';

export type AffiliationRole = 'employee' | 'board_member' | 'owner' | 'other';

/** A tie between an assessor and an organisation, as registered by the officer. */
export interface Affiliation {
  orgnr: string;
  orgName: string;
  role: AffiliationRole;
}

export interface CaseParties {
  /** The applicant institution. */
  institution: { orgnr: string; name: string };
  /** The companies taking part in the cluster. */
  partners: readonly { orgnr: string; name: string }[];
}

export type ConflictParty = 'institution' | 'partner';

export interface Conflict {
  orgnr: string;
  /** The organisation's name as registered with the affiliation. */
  orgName: string;
  role: AffiliationRole;
  /** Which party of the case the affiliation ties the assessor to. */
  party: ConflictParty;
}

/**
 * Each affiliation with the applicant institution or a partner company (same orgnr) is a
 * conflict, in the order of the affiliations. An organisation that is both institution and partner
 * counts as the institution, once.
 */
export function detectConflicts(
  affiliations: readonly Affiliation[],
  parties: CaseParties,
): Conflict[] {
  const institution = normalizeOrgnr(parties.institution.orgnr);
  const partners = new Set(parties.partners.map((p) => normalizeOrgnr(p.orgnr)));
  const conflicts: Conflict[] = [];
  for (const { orgnr, orgName, role } of affiliations) {
    const key = normalizeOrgnr(orgnr);
    const party: ConflictParty | null =
      key === institution ? 'institution' : partners.has(key) ? 'partner' : null;
    if (party) conflicts.push({ orgnr, orgName, role, party });
  }
  return conflicts;
}

// "974 767 880" and "974767880" are one organisation; a missed match is a missed conflict.
function normalizeOrgnr(orgnr: string): string {
  return orgnr.replace(/\s/g, '');
}

export const DECLARATION_GROUNDS = [
  'party',
  'related_to_party',
  'guardian_or_agent',
  'leads_or_board_of_party',
  'other_special_circumstances',
] as const;

export type DeclarationGround = (typeof DECLARATION_GROUNDS)[number];

/** The grounds of forvaltningsloven § 6 as an assessor declares them, in plain words. */
export const DECLARATION_GROUND_TEXTS: Readonly<Record<DeclarationGround, Localized>> = {
  party: {
    nb: 'Jeg er selv part i saken',
    nn: 'Eg er sjølv part i saka',
    en: 'I am myself a party to the case',
  },
  related_to_party: {
    nb: 'Jeg er i slekt eller svogerskap med en part, eller er eller har vært gift/samboer/forlovet med en part',
    nn: 'Eg er i slekt eller svogerskap med ein part, eller er eller har vore gift/sambuar/forlova med ein part',
    en: 'I am related to a party by blood or marriage, or I am or have been married to, cohabiting with or engaged to a party',
  },
  guardian_or_agent: {
    nb: 'Jeg er verge eller fullmektig for en part',
    nn: 'Eg er verje eller fullmektig for ein part',
    en: 'I am a guardian or an authorised representative of a party',
  },
  leads_or_board_of_party: {
    nb: 'Jeg leder, har ledende stilling i, eller er medlem av styret i et selskap eller en organisasjon som er part i saken (for eksempel en av partnerbedriftene eller institusjonen)',
    nn: 'Eg leier, har leiande stilling i, eller er medlem av styret i eit selskap eller ein organisasjon som er part i saka (til dømes ei av partnarbedriftene eller institusjonen)',
    en: 'I lead, hold a senior position in, or sit on the board of a company or organisation that is a party to the case (for example one of the partner companies or the institution)',
  },
  other_special_circumstances: {
    nb: 'Andre særegne forhold kan svekke tilliten til at jeg er upartisk',
    nn: 'Andre særeigne forhold kan svekkje tilliten til at eg er upartisk',
    en: 'Other special circumstances could weaken confidence in my impartiality',
  },
};

/** The law the declaration rests on: its name, and § 6 in short (not the full wording). */
export const HABILITET_LAW: {
  requirementId: 'R26';
  reference: Localized;
  citation: Localized;
} = {
  requirementId: 'R26',
  reference: {
    nb: 'Forvaltningsloven § 6',
    nn: 'Forvaltningslova § 6',
    en: 'Public Administration Act (forvaltningsloven) section 6',
  },
  citation: {
    nb:
      'Forvaltningsloven § 6 i kortform: Den som tilrettelegger grunnlaget for en avgjørelse eller treffer avgjørelse i en ' +
      'forvaltningssak, er ugild når han eller hun selv er part i saken; er i nær slekt eller svogerskap med en part, eller ' +
      'er eller har vært gift med, eller er forlovet eller samboer med, en part; er verge eller fullmektig for en part; ' +
      'eller leder, har ledende stilling i eller er styremedlem i et selskap, en forening, et samvirkeforetak, en ' +
      'sparebank eller en stiftelse som er part i saken. Likeså er han eller hun ugild når andre særegne forhold ' +
      'foreligger som er egnet til å svekke tilliten til hans eller hennes upartiskhet.',
    nn:
      'Forvaltningslova § 6 i kortform: Den som førebur grunnlaget for ei avgjerd eller gjer vedtak i ei ' +
      'forvaltningssak, er ugild når han eller ho sjølv er part i saka; er i nær slekt eller svogerskap med ein part, ' +
      'eller er eller har vore gift med, eller er forlova eller sambuar med, ein part; er verje eller fullmektig for ' +
      'ein part; eller leier, har leiande stilling i eller er styremedlem i eit selskap, ei foreining, eit ' +
      'samvirkeføretak, ein sparebank eller ei stifting som er part i saka. Likeins er han eller ho ugild når andre ' +
      'særeigne forhold ligg føre som er eigna til å svekkje tilliten til at han eller ho er upartisk.',
    en:
      'Section 6 of the Public Administration Act, in short: a person who prepares the basis for a decision or makes ' +
      'a decision in an administrative case is disqualified if they are themselves a party to the case; are closely ' +
      'related to a party by blood or marriage, or are or have been married to, or are engaged to or cohabiting with, a ' +
      'party; are a guardian or authorised representative of a party; or lead, hold a senior position in or sit on the ' +
      'board of a company, association, cooperative, savings bank or foundation that is a party to the case. They are ' +
      'likewise disqualified when other special circumstances exist that are apt to weaken confidence in their ' +
      'impartiality.',
  },
};
