import { describe, expect, it } from 'vitest';
import {
  fileTypeKey,
  formatFileSize,
  formatOsloWeekdayDateTimeSeconds,
  callPhaseAt,
  clockOffsetMs,
  countdownParts,
  formatCalendarDate,
  formatNok,
  formatOsloWeekdayDateTime,
  localizedText,
  sessionExpiryLocalMs,
} from './format.js';

const NBSP = '\u00a0';

describe('formatNok', () => {
  it('groups Norwegian amounts with non-breaking spaces and ends with kr', () => {
    expect(formatNok(20_000_000, 'nb')).toBe(`20${NBSP}000${NBSP}000${NBSP}kr`);
    expect(formatNok(20_000_000, 'nn')).toBe(`20${NBSP}000${NBSP}000${NBSP}kr`);
  });

  it('writes English amounts as NOK with commas', () => {
    expect(formatNok(20_000_000, 'en')).toBe(`NOK${NBSP}20,000,000`);
  });

  it('handles small, zero and negative amounts', () => {
    expect(formatNok(0, 'nb')).toBe(`0${NBSP}kr`);
    expect(formatNok(999, 'nb')).toBe(`999${NBSP}kr`);
    expect(formatNok(1000, 'nb')).toBe(`1${NBSP}000${NBSP}kr`);
    expect(formatNok(-12_500, 'nb')).toBe(`−12${NBSP}500${NBSP}kr`);
  });
});

describe('countdownParts', () => {
  const s = 1000;
  const min = 60 * s;
  const h = 60 * min;
  const d = 24 * h;

  it('gives days and hours when days remain', () => {
    expect(countdownParts(3 * d + 4 * h + 12 * min)).toEqual([
      { unit: 'day', value: 3 },
      { unit: 'hour', value: 4 },
    ]);
  });

  it('leaves out a zero second unit', () => {
    expect(countdownParts(2 * d + 30 * min)).toEqual([{ unit: 'day', value: 2 }]);
  });

  it('gives hours and minutes in the last day, minutes and seconds in the last hour', () => {
    expect(countdownParts(5 * h + 7 * min + 3 * s)).toEqual([
      { unit: 'hour', value: 5 },
      { unit: 'minute', value: 7 },
    ]);
    expect(countdownParts(59 * min + 59 * s)).toEqual([
      { unit: 'minute', value: 59 },
      { unit: 'second', value: 59 },
    ]);
  });

  it('rounds a part second up, so it never shows zero while time remains', () => {
    expect(countdownParts(1)).toEqual([{ unit: 'second', value: 1 }]);
    expect(countdownParts(1001)).toEqual([{ unit: 'second', value: 2 }]);
  });

  it('is empty when the time is up', () => {
    expect(countdownParts(0)).toEqual([]);
    expect(countdownParts(-5000)).toEqual([]);
  });
});

describe('Oslo dates', () => {
  // 15:00 UTC is 17:00 in Oslo in September (summer time).
  const deadline = new Date('2021-09-15T15:00:00Z');

  it('writes the deadline with its weekday in Oslo time', () => {
    expect(formatOsloWeekdayDateTime(deadline, 'nb')).toBe('onsdag 15. september 2021 kl. 17:00');
    expect(formatOsloWeekdayDateTime(deadline, 'nn')).toBe('onsdag 15. september 2021 kl. 17:00');
    expect(formatOsloWeekdayDateTime(deadline, 'en')).toBe('Wednesday 15 September 2021 at 17:00');
  });

  it('uses the Oslo weekday, not the UTC one, just after midnight', () => {
    // 23:30 UTC on Tuesday 14 December is 00:30 on Wednesday in Oslo.
    expect(formatOsloWeekdayDateTime(new Date('2022-12-13T23:30:00Z'), 'nb')).toBe(
      'onsdag 14. desember 2022 kl. 00:30',
    );
  });

  it('names nynorsk weekdays in nynorsk, which browsers cannot do themselves', () => {
    // Saturday 18 September 2021, 12:00 Oslo.
    expect(formatOsloWeekdayDateTime(new Date('2021-09-18T10:00:00Z'), 'nn')).toBe(
      'laurdag 18. september 2021 kl. 12:00',
    );
    expect(formatOsloWeekdayDateTime(new Date('2021-09-13T10:00:00Z'), 'nn')).toMatch(/^måndag /);
    expect(formatOsloWeekdayDateTime(new Date('2021-09-14T10:00:00Z'), 'nn')).toMatch(/^tysdag /);
  });

  it('writes a calendar date', () => {
    expect(formatCalendarDate('2022-12-15', 'nb')).toBe('15. desember 2022');
    expect(formatCalendarDate('2022-12-15', 'en')).toBe('15 December 2022');
  });
});

describe('callPhaseAt', () => {
  const dates = {
    pagePublished: '2021-06-01T08:00:00.000Z',
    formOpens: '2021-08-16T07:00:00.000Z',
    deadline: '2021-09-15T15:00:00.000Z',
  };

  it('follows the dates, each boundary belonging to the later phase', () => {
    expect(callPhaseAt(dates, new Date('2021-05-31T12:00:00Z'))).toBe('unpublished');
    expect(callPhaseAt(dates, new Date(dates.pagePublished))).toBe('published');
    expect(callPhaseAt(dates, new Date(dates.formOpens))).toBe('open');
    expect(callPhaseAt(dates, new Date('2021-09-15T14:59:59.999Z'))).toBe('open');
    expect(callPhaseAt(dates, new Date(dates.deadline))).toBe('closed');
  });
});

describe('clockOffsetMs', () => {
  it('takes the middle of the round trip as the moment the server read its clock', () => {
    const sentAt = Date.parse('2026-01-01T12:00:00.000Z');
    const receivedAt = sentAt + 200;
    expect(clockOffsetMs('2021-09-15T14:02:00.000Z', sentAt, receivedAt)).toBe(
      Date.parse('2021-09-15T14:02:00.000Z') - (sentAt + 100),
    );
  });
});

describe('sessionExpiryLocalMs', () => {
  const receivedAt = 1_000_000;
  const serverDate = Date.parse('2026-11-30T10:00:00Z');

  it('keeps the time left according to the server, on the browser clock', () => {
    const expiresAt = new Date(serverDate + 25 * 60_000).toISOString();
    expect(sessionExpiryLocalMs(expiresAt, serverDate, receivedAt, 30 * 60)).toBe(
      receivedAt + 25 * 60_000,
    );
  });

  it('falls back to the full idle timeout without a usable server date', () => {
    const expiresAt = '2021-09-15T14:32:00.000Z';
    expect(sessionExpiryLocalMs(expiresAt, null, receivedAt, 1800)).toBe(receivedAt + 1_800_000);
    expect(sessionExpiryLocalMs(expiresAt, serverDate, receivedAt, 1800)).toBe(
      receivedAt + 1_800_000,
    );
  });
});

describe('localizedText', () => {
  it('falls back to bokmål and says so', () => {
    expect(localizedText({ nb: 'Hei', nn: 'Hei', en: '' }, 'en')).toEqual({
      text: 'Hei',
      lang: 'nb',
    });
    expect(localizedText({ nb: 'Hei', nn: 'Hei', en: 'Hello' }, 'en')).toEqual({
      text: 'Hello',
      lang: 'en',
    });
  });
});

describe('formatFileSize: one formatter for applicant and officer', () => {
  it('shows a small file in bytes, never "0 MB" or a rounded-up "1 kB"', () => {
    expect(formatFileSize(599, 'nb')).toBe('599\u00a0byte');
    expect(formatFileSize(599, 'en')).toBe('599\u00a0bytes');
    expect(formatFileSize(1, 'en')).toBe('1\u00a0byte');
    expect(formatFileSize(0, 'nn')).toBe('0\u00a0byte');
  });
  it('uses kB and MB counted in 1024s, with one decimal below ten, in the language', () => {
    expect(formatFileSize(1_229, 'nb')).toBe('1,2\u00a0kB');
    expect(formatFileSize(1_229, 'en')).toBe('1.2\u00a0kB');
    expect(formatFileSize(348_160, 'nb')).toBe('340\u00a0kB');
    expect(formatFileSize(20_971_520, 'nb')).toBe('20\u00a0MB');
    expect(formatFileSize(2_621_440, 'en')).toBe('2.5\u00a0MB');
    expect(formatFileSize(1_048_500, 'nb')).toBe('1\u00a0MB');
  });
  it('names the known file types by a key for their words', () => {
    expect(fileTypeKey('application/pdf')).toBe('pdf');
    expect(fileTypeKey('image/gif')).toBeNull();
  });
});

describe('formatOsloWeekdayDateTimeSeconds', () => {
  it('shows the seconds of a receipt, as the receipt PDF does', () => {
    const instant = new Date('2021-09-15T14:59:59.400Z');
    expect(formatOsloWeekdayDateTimeSeconds(instant, 'nb')).toBe(
      'onsdag 15. september 2021 kl. 16:59:59',
    );
    expect(formatOsloWeekdayDateTimeSeconds(instant, 'en')).toBe(
      'Wednesday 15 September 2021 at 16:59:59',
    );
  });
});
