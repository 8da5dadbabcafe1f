/**
 * Small, pure helpers for what the pages show: money, countdowns, dates and the phase of a call.
 * They take `now` as an argument so they can be tested without a clock.
 */
import {
  OSLO_TIME_ZONE,
  formatOsloDate,
  formatOsloDateTime,
  formatOsloTime,
  osloStartOfDay,
} from '../domain/time/oslo.js';
import type { CallPhase, Locale, Localized } from './api/types.js';

/**
 * The text of a localized value in the active language, falling back to bokmål, with the language
 * it is actually in (so the page can mark a fallback with `lang` for screen readers).
 */
export function localizedText(value: Localized, locale: Locale): { text: string; lang: Locale } {
  return value[locale] ? { text: value[locale], lang: locale } : { text: value.nb, lang: 'nb' };
}

/** The text of a localized value in the active language, falling back to bokmål. */
export function pickLocalized(value: Localized, locale: Locale): string {
  return localizedText(value, locale).text;
}

const NBSP = '\u00a0';

/** Digits grouped by three with the given separator: 20000000 → "20 000 000". */
function groupThousands(whole: number, separator: string): string {
  return String(Math.abs(Math.trunc(whole))).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Whole kroner as Norwegian public bodies write them: "20 000 000 kr", with non-breaking spaces
 * so the amount never wraps; English readers get "NOK 20,000,000".
 */
export function formatNok(amount: number, locale: Locale): string {
  const sign = amount < 0 ? '−' : '';
  if (locale === 'en') return `${sign}NOK${NBSP}${groupThousands(amount, ',')}`;
  return `${sign}${groupThousands(amount, NBSP)}${NBSP}kr`;
}

export type CountdownUnit = 'day' | 'hour' | 'minute' | 'second';

export interface CountdownPart {
  unit: CountdownUnit;
  value: number;
}

/**
 * The two most significant units of a remaining duration ("3 days 4 hours", "12 minutes 5
 * seconds"); a zero second unit is left out. Rounds seconds up so a countdown never shows
 * "0 seconds" while time remains. Empty when the time is up.
 */
export function countdownParts(remainingMs: number): CountdownPart[] {
  if (remainingMs <= 0) return [];
  let rest = Math.ceil(remainingMs / 1000);
  const sizes: [CountdownUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
    ['second', 1],
  ];
  const all: CountdownPart[] = sizes.map(([unit, size]) => {
    const value = Math.floor(rest / size);
    rest -= value * size;
    return { unit, value };
  });
  const first = all.findIndex((part) => part.value > 0);
  return all.slice(first, first + 2).filter((part) => part.value > 0);
}

/**
 * Chromium ships without nynorsk date names (Intl falls back to English there, though Node has
 * them). Nynorsk month names are the same as bokmål's, so dates borrow bokmål; weekdays differ.
 */
function dateLocale(locale: Locale): Locale {
  return locale === 'nn' ? 'nb' : locale;
}

/** "15. september 2021" / "15 September 2021", the Oslo calendar date of an instant. */
export function formatDate(instant: Date, locale: Locale): string {
  return formatOsloDate(instant, dateLocale(locale));
}

/** "15. september 2021 kl. 17:00" / "15 September 2021 at 17:00", Oslo time. */
export function formatDateTime(instant: Date, locale: Locale): string {
  return formatOsloDateTime(instant, dateLocale(locale));
}

const NYNORSK_WEEKDAYS = ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'];
const ENGLISH_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function osloWeekday(instant: Date, locale: Locale): string {
  if (locale !== 'nn') {
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', {
      timeZone: OSLO_TIME_ZONE,
      weekday: 'long',
    }).format(instant);
  }
  const short = new Intl.DateTimeFormat('en-US', { timeZone: OSLO_TIME_ZONE, weekday: 'short' });
  return NYNORSK_WEEKDAYS[ENGLISH_WEEKDAYS.indexOf(short.format(instant))] ?? '';
}

/** "onsdag 15. september 2021 kl. 17:00" / "Wednesday 15 September 2021 at 17:00", Oslo time. */
export function formatOsloWeekdayDateTime(instant: Date, locale: Locale): string {
  return `${osloWeekday(instant, locale)} ${formatDateTime(instant, locale)}`;
}

/**
 * "onsdag 15. september 2021 kl. 16:59:59", Oslo time, to the second as the receipt PDF says it:
 * a receipt a second before the deadline must not read as if it came at the deadline.
 */
export function formatOsloWeekdayDateTimeSeconds(instant: Date, locale: Locale): string {
  const time = formatOsloTime(instant, true);
  const at = locale === 'en' ? 'at' : 'kl.';
  return `${osloWeekday(instant, locale)} ${formatDate(instant, locale)} ${at} ${time}`;
}

const KIB = 1024;
const SIZE_UNITS = ['kB', 'MB', 'GB'] as const;

/**
 * A file's size in the unit that says it best: "599 byte" (nb, nn) / "599 bytes" (en) below a
 * kilobyte, else kB, MB or GB counted in 1024s as the upload limits are, with one decimal under
 * ten ("1,2 kB" / "1.2 kB") and none above. Never "0 MB" for a file that has bytes.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const whole = Math.max(0, Math.round(bytes));
  if (whole < KIB) {
    const unit = locale === 'en' ? (whole === 1 ? 'byte' : 'bytes') : 'byte';
    return `${whole}${NBSP}${unit}`;
  }
  let value = whole / KIB;
  let unit = 0;
  while (value >= KIB - 0.5 && unit < SIZE_UNITS.length - 1) {
    value /= KIB;
    unit += 1;
  }
  const shown = value < 9.95 ? Math.round(value * 10) / 10 : Math.round(value);
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', {
    maximumFractionDigits: 1,
  }).format(shown);
  return `${number.replace(/\s/g, NBSP)}${NBSP}${SIZE_UNITS[unit]}`;
}

const FILE_TYPE_KEYS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** The key under `polish.fileType` naming a media type in words, or null for one not known. */
export function fileTypeKey(mediaType: string): string | null {
  return FILE_TYPE_KEYS[mediaType] ?? null;
}

/** A calendar date written YYYY-MM-DD, as "15. desember 2022" / "15 December 2022". */
export function formatCalendarDate(date: string, locale: Locale): string {
  return formatDate(osloStartOfDay(date), locale);
}

export interface CallDates {
  pagePublished: string;
  formOpens: string;
  deadline: string;
}

/**
 * The phase of a call at `now`, so the page turns from open to closed at the deadline without a
 * reload. `now` must be the server's clock (simulated in demo mode), not the browser's.
 */
export function callPhaseAt(dates: CallDates, now: Date): CallPhase {
  const t = now.getTime();
  if (t < Date.parse(dates.pagePublished)) return 'unpublished';
  if (t < Date.parse(dates.formOpens)) return 'published';
  if (t < Date.parse(dates.deadline)) return 'open';
  return 'closed';
}

/**
 * How far the server's clock is ahead of the browser's, from one request: the server read its clock
 * somewhere between sending and receiving, so the midpoint is the best guess.
 */
export function clockOffsetMs(serverNow: string, sentAt: number, receivedAt: number): number {
  return Date.parse(serverNow) - (sentAt + receivedAt) / 2;
}

/**
 * When, on the browser's clock, the session ends. The server's Date header says what its real
 * clock read as it answered; if that is missing or the difference is implausible (a skewed or
 * simulated clock), assume the session was just extended by the full idle timeout.
 */
export function sessionExpiryLocalMs(
  expiresAt: string,
  serverDate: number | null,
  receivedAt: number,
  idleTimeoutSeconds: number,
): number {
  const full = idleTimeoutSeconds * 1000;
  const left = serverDate === null ? NaN : Date.parse(expiresAt) - serverDate;
  const plausible = Number.isFinite(left) && left > 0 && left <= full + 60_000;
  return receivedAt + (plausible ? left : full);
}
