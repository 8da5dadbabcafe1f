/** Calendar days as YYYY-MM-DD strings, for the synthetic applications' periods. */
const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** A plain ASCII slug of a company name, for fictional e-mail addresses. */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '')
    .replace(/as$/, '');
}
