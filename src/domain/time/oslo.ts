/**
 * Time in Europe/Oslo. Call dates are written as Oslo wall times ("2021-09-15T17:00") and turned
 * into instants here, so a deadline is the same instant whatever zone the server runs in, and the
 * summer-time offset (+02:00) or winter offset (+01:00) is always the one in force on that day.
 */
export const OSLO_TIME_ZONE = 'Europe/Oslo';

export type Locale = 'nb' | 'nn' | 'en';

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallPartsOf(instant: Date): WallParts {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter.formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Minutes Oslo is ahead of UTC at this instant: 60 in winter, 120 in summer. */
export function osloOffsetMinutes(instant: Date): number {
  const w = wallPartsOf(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 60_000);
}

/** True for a string of the form the call definitions use for Oslo wall times. */
export function isOsloWallTime(value: string): boolean {
  const m = WALL_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d) &&
    Number(h) < 24 &&
    Number(mi) < 60 &&
    Number(s ?? 0) < 60
  );
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = DATE_ONLY.exec(value);
  if (!m) return false;
  return isOsloWallTime(`${value}T00:00`);
}

/**
 * The instant at which Oslo clocks show this wall time. A wall time that does not exist (the hour
 * skipped in spring) maps to the instant just after the gap; one that happens twice (autumn) maps
 * to the first.
 */
export function osloWallTimeToInstant(wall: string): Date {
  let ms = instants.get(wall);
  if (ms === undefined) {
    ms = wallTimeToEpochMs(wall);
    if (instants.size >= MAX_KEPT_INSTANTS) instants.clear();
    instants.set(wall, ms);
  }
  return new Date(ms);
}

/**
 * Instants already worked out, by wall time: a call's deadline is asked for at every save and
 * submission, and working it out reads the time zone rules several times.
 */
const instants = new Map<string, number>();
const MAX_KEPT_INSTANTS = 1_000;

function wallTimeToEpochMs(wall: string): number {
  const m = WALL_TIME.exec(wall);
  if (!m || !isOsloWallTime(wall)) {
    throw new RangeError(`not an Oslo wall time (YYYY-MM-DDTHH:mm): ${wall}`);
  }
  const [, y, mo, d, h, mi, s, ms] = m;
  const asUtc = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s ?? 0),
    Number((ms ?? '0').padEnd(3, '0')),
  );
  // Try both offsets Oslo uses; keep the first candidate whose wall time reads back the same.
  const candidates = [120, 60].map((offset) => new Date(asUtc - offset * 60_000));
  for (const candidate of candidates) {
    if (asUtc - osloOffsetMinutes(candidate) * 60_000 === candidate.getTime())
      return candidate.getTime();
  }
  // In the spring gap: the wall time is skipped, so take the instant the clocks jump to.
  return asUtc - 60 * 60_000;
}

/** The Oslo calendar date (YYYY-MM-DD) of an instant. */
export function osloDateOf(instant: Date): string {
  const w = wallPartsOf(instant);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** The instant an Oslo calendar day starts (00:00 Oslo). */
export function osloStartOfDay(date: string): Date {
  return osloWallTimeToInstant(`${date}T00:00`);
}

// Browsers ship no nn-NO date data (Chromium prints English), and nynorsk month names are the
// same as bokmål's, so dates in nynorsk are formatted with nb-NO.
const intlLocale: Record<Locale, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };

/** "15. september 2021 kl. 17:00" (nb/nn) or "15 September 2021 at 17:00" (en), Oslo time. */
export function formatOsloDateTime(instant: Date, locale: Locale): string {
  const date = formatOsloDate(instant, locale);
  const time = formatOsloTime(instant);
  return locale === 'en' ? `${date} at ${time}` : `${date} kl. ${time}`;
}

/** "15. september 2021" (nb/nn) or "15 September 2021" (en), Oslo calendar date. */
export function formatOsloDate(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: OSLO_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
}

/** "17:00", Oslo time. */
export function formatOsloTime(instant: Date, withSeconds = false): string {
  const w = wallPartsOf(instant);
  const hm = `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
  return withSeconds ? `${hm}:${String(w.second).padStart(2, '0')}` : hm;
}

/** ISO 8601 with the Oslo offset, e.g. "2021-09-15T17:00:00.000+02:00": exact and readable. */
export function toOsloIsoString(instant: Date): string {
  const offset = osloOffsetMinutes(instant);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 23);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A date (YYYY-MM-DD) plus a number of days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days));
  return t.toISOString().slice(0, 10);
}
