/**
 * The days on which a deadline in Norway cannot end: Saturdays, Sundays, the public holidays
 * (helligdager: Christmas, New Year's Day, Maundy Thursday to Easter Monday, Ascension Day,
 * Whit Sunday and Monday) and the two official high days, 1 and 17 May, ranked with Sundays. Computed here rather
 * than read from a holiday library: the set is small and fixed by law, Easter is arithmetic,
 * and the domain stays free of outside data. Christmas Eve and New Year's Eve are working days.
 */
import { addDays } from './oslo.js';

/** Easter Sunday (Gregorian), by the anonymous algorithm of Meeus, Jones and Butcher. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Public holidays and the high days 1 and 17 May of a year, as YYYY-MM-DD, in date order. */
export function norwegianHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const fixed = ['01-01', '05-01', '05-17', '12-25', '12-26'].map((md) => `${year}-${md}`);
  // Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension, Whit Sunday and Monday.
  const moving = [-3, -2, 0, 1, 39, 49, 50].map((offset) => addDays(easter, offset));
  return [...new Set([...fixed, ...moving])].sort();
}

const cache = new Map<number, ReadonlySet<string>>();

function holidaySet(year: number): ReadonlySet<string> {
  let set = cache.get(year);
  if (!set) {
    set = new Set(norwegianHolidays(year));
    cache.set(year, set);
  }
  return set;
}

/** 0 = Sunday … 6 = Saturday, for a calendar day (YYYY-MM-DD). */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}

/** A Saturday, Sunday, public holiday or high day: a deadline cannot end on it. */
export function isNorwegianNonWorkingDay(day: string): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6 || holidaySet(Number(day.slice(0, 4))).has(day);
}
