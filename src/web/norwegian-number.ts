/**
 * Numbers as Norwegians type them: decimal comma ("7,5"), spaces (also non-breaking) between
 * thousands ("1 234 567"). A dot is accepted as a decimal point too, since many keyboards and
 * copied figures use it; a dot followed by exactly three digits is read as a thousands separator.
 */

/** The number typed, or null when the text is empty or not a number. */
export function parseNorwegianNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, '');
  if (compact === '') return null;
  let normalised = compact.replace(/^[−–]/, '-');
  if (/^-?\d{1,3}(\.\d{3})+$/.test(normalised)) normalised = normalised.replace(/\./g, '');
  normalised = normalised.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/** Whole kroner typed as "1 234 567" or "1234567 kr"; null unless a whole, non-negative amount. */
export function parseNokAmount(text: string): number | null {
  const value = parseNorwegianNumber(text);
  return value !== null && Number.isInteger(value) && value >= 0 ? value : null;
}

/** 7.5 → "7,5"; 10 → "10". For English readers the decimal point stays a point. */
export function formatDecimal(value: number, locale: 'nb' | 'nn' | 'en'): string {
  const text = String(Math.round(value * 10) / 10);
  return locale === 'en' ? text : text.replace('.', ',');
}

/** 1234567 → "1 234 567" (non-breaking spaces), the way an amount is shown in an input. */
export function formatAmountInput(value: number): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
