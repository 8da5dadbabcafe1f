/** How documents write values: Norwegian numbers, dates, sizes, yes/no. */
import { formatDate, formatNok, formatNumber } from '../domain/rules/format.js';
import {
  formatOsloDate,
  formatOsloTime,
  osloOffsetMinutes,
  toOsloIsoString,
} from '../domain/time/oslo.js';
import type { DocLanguage } from './document-language.js';

export { formatNok, formatNumber };

export function formatDay(date: string | undefined, language: DocLanguage): string {
  return date ? formatDate(date, language) : '–';
}

export function formatPeriod(
  start: string | undefined,
  end: string | undefined,
  language: DocLanguage,
): string {
  if (!start && !end) return '–';
  return `${formatDay(start, language)} – ${formatDay(end, language)}`;
}

/** "13. september 2021 kl. 09:00:00 norsk tid (UTC+02:00)" and the exact ISO form. */
export function formatReceivedAt(instant: Date, language: DocLanguage): string {
  const offset = osloOffsetMinutes(instant) / 60;
  return `${formatOsloDate(instant, language)} kl. ${formatOsloTime(instant, true)} norsk tid (UTC+${String(offset).padStart(2, '0')}:00)\n${toOsloIsoString(instant)}`;
}

export function formatBytes(bytes: number, language: DocLanguage): string {
  if (bytes < 1024) return `${formatNumber(bytes, language)} B`;
  if (bytes < 1024 * 1024)
    return `${formatNumber(Math.round((bytes / 1024) * 10) / 10, language)} kB`;
  return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, language)} MB`;
}

export function formatYesNo(value: boolean | undefined): string {
  if (value === undefined) return '–';
  // The same words in bokmål and nynorsk.
  return value ? 'Ja' : 'Nei';
}

export function formatStudiepoeng(value: number | null | undefined, language: DocLanguage): string {
  return value === null || value === undefined ? '–' : formatNumber(value, language);
}

export function orDash(text: string | undefined | null): string {
  return text && /\S/.test(text) ? text : '–';
}
