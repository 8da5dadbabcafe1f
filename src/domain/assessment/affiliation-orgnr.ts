/**
 * The orgnr of an assessor's affiliation must be a real organisation number: a mistyped tie never
 * matches a party, so the conflict check (R26) would silently find nothing.
 */
import { isValidOrgnr } from '../application/orgnr.js';
import type { Localized } from '../call/call-schema.js';

const FORMAT: Localized = {
  nb: 'organisasjonsnummeret må ha 9 siffer',
  nn: 'organisasjonsnummeret må ha 9 siffer',
  en: 'the organisation number must have 9 digits',
};

const INVALID: Localized = {
  nb: 'ugyldig organisasjonsnummer: kontrollsifferet stemmer ikke, sjekk sifrene',
  nn: 'ugyldig organisasjonsnummer: kontrollsifferet stemmer ikkje, sjekk siffera',
  en: 'invalid organisation number: the check digit does not match, check the digits',
};

/** Why the orgnr cannot be an affiliation's, in the three languages; null when it can. */
export function affiliationOrgnrProblem(orgnr: string): Localized | null {
  if (!/^\d{9}$/.test(orgnr)) return FORMAT;
  return isValidOrgnr(orgnr) ? null : INVALID;
}
