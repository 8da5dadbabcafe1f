/**
 * Numbers as people type them. Bokmål and nynorsk: decimal comma ("7,5"), spaces (also
 * non-breaking) between thousands ("1 234 567"); a dot is accepted as a decimal point too, since
 * many keyboards and copied figures use it, and a dot followed by exactly three digits is read as
 * a thousands separator. English: decimal point, commas between thousands ("1,234,567"); a comma
 * not followed by groups of three digits is read as a decimal comma.
 */
import type { Locale } from './api/types.js';

const SPACES = /[\s\u00a0\u202f]/g;

/** The number typed, or null when the text is empty or not a number. */
export function parseNorwegianNumber(text: string, locale: Locale = 'nb'): number | null {
  const compact = text
    .replace(SPACES, '')
    .replace(/kr$/i, '')
    .replace(/^NOK|NOK$/i, '');
  if (compact === '') return null;
  let normalised = compact.replace(/^[−–]/, '-');
  if (locale === 'en' && /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(normalised)) {
    normalised = normalised.replace(/,/g, '');
  }
  if (/^-?\d{1,3}(\.\d{3})+$/.test(normalised)) normalised = normalised.replace(/\./g, '');
  normalised = normalised.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/** Whole kroner typed as "1 234 567" or "1234567 kr"; null unless a whole, non-negative amount. */
export function parseNokAmount(text: string, locale: Locale = 'nb'): number | null {
  const value = parseNorwegianNumber(text, locale);
  return value !== null && Number.isInteger(value) && value >= 0 ? value : null;
}

/** 7.5 → "7,5"; 10 → "10". For English readers the decimal point stays a point. */
export function formatDecimal(value: number, locale: Locale): string {
  const text = String(Math.round(value * 10) / 10);
  return locale === 'en' ? text : text.replace('.', ',');
}

/**
 * 1234567 → "1 234 567" (non-breaking spaces) or, in English, "1,234,567": the way an amount is
 * shown in an input, grouped as the same language's text shows amounts (see formatNok).
 */
export function formatAmountInput(value: number, locale: Locale = 'nb'): string {
  const separator = locale === 'en' ? ',' : '\u00a0';
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** The kinds of number the form asks for: studiepoeng, whole kroner, and counts or years. */
export type NumberKind = 'decimal' | 'amount' | 'integer';

/** Why a typed number cannot be kept; each has a message in `polish.number.*`. */
export type NumberProblem = 'notANumber' | 'tooManyDecimals' | 'notWhole' | 'negative';

export interface CheckedNumber {
  /** The number to keep; undefined when the field is empty or the text has a problem. */
  value: number | undefined;
  problem: NumberProblem | null;
}

/**
 * What the text typed into a number field means, checked as the server checks it (decimals with
 * at most one digit after the comma, amounts and counts whole, none negative), so the field can
 * say what is wrong while the user types instead of after a refused save.
 */
export function checkNumberText(text: string, kind: NumberKind, locale: Locale): CheckedNumber {
  if (text.trim() === '') return { value: undefined, problem: null };
  const value = parseNorwegianNumber(text, locale);
  if (value === null) return { value: undefined, problem: 'notANumber' };
  if (value < 0) return { value: undefined, problem: 'negative' };
  if (kind === 'decimal') {
    const tenths = value * 10;
    if (Math.abs(tenths - Math.round(tenths)) > 1e-9) {
      return { value: undefined, problem: 'tooManyDecimals' };
    }
  } else if (!Number.isInteger(value)) {
    return { value: undefined, problem: 'notWhole' };
  }
  return { value, problem: null };
}
