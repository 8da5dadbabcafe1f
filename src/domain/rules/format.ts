/**
 * Values as the messages show them: Norwegian number format in nb and nn (12,5; 1 234 567 kr,
 * grouped with no-break spaces so an amount never wraps), English format in en.
 */
import type { Localized } from '../call/call-schema.js';
import type { Locale } from '../time/oslo.js';

const NO_BREAK_SPACE = '\u00a0';
const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];

export function formatNumber(value: number, locale: Locale): string {
  const sign = value < 0 ? '-' : '';
  const [whole = '0', fraction] = Math.abs(value).toString().split('.');
  const separator = locale === 'en' ? ',' : NO_BREAK_SPACE;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const decimal = locale === 'en' ? '.' : ',';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}${decimal}${fraction}`;
}

/** "1 234 567 kr" in nb and nn, "NOK 1,234,567" in en. */
export function formatNok(value: number, locale: Locale): string {
  const number = formatNumber(value, locale);
  return locale === 'en' ? `NOK${NO_BREAK_SPACE}${number}` : `${number}${NO_BREAK_SPACE}kr`;
}

const INTL_LOCALES: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

// A YYYY-MM-DD is a calendar day, not an instant: formatting it as UTC midnight in UTC shows that
// day in any server zone. The formatters are made once; building one costs about a millisecond.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "15. desember 2022" in nb and nn, "15 December 2022" in en. */
export function formatDate(date: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** One text per locale, made by the same function. */
export function localize(make: (locale: Locale) => string): Localized {
  const [nb, nn, en] = LOCALES.map(make) as [string, string, string];
  return { nb, nn, en };
}

/** «name» in nb and nn, “name” in en. */
export function quoteName(name: string, locale: Locale): string {
  return locale === 'en' ? `“${name}”` : `«${name}»`;
}

export function isBlank(text: string | undefined | null): boolean {
  return text === undefined || text === null || !/\S/.test(text);
}

/** "a, b og c" / "a, b and c". */
export function joinList(items: readonly string[], locale: Locale, word?: Localized): string {
  const and = word?.[locale] ?? (locale === 'en' ? 'and' : 'og');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}
