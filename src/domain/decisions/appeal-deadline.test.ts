import fc from 'fast-check';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  isNorwegianNonWorkingDay,
  norwegianHolidays,
} from '../time/norwegian-holidays.js';
import { addDays, osloDateOf, toOsloIsoString } from '../time/oslo.js';
import { computeAppealDeadline, isAppealInTime } from './appeal-deadline.js';

// The Act's length, as legal/forvaltningsloven.json gives it; the domain takes it as an argument.
const WEEKS = 3;

const at = (iso: string) => new Date(iso);
const deadline = (iso: string) => computeAppealDeadline(at(iso), WEEKS);

describe('appeal deadline (R28)', () => {
  it('ends on the same weekday three weeks on, at 23:59:59 Oslo time', () => {
    // Wednesday 8 December 2021 → Wednesday 29 December, a working day between the holidays.
    const d = deadline('2021-12-08T09:00:00Z');
    expect(d).toMatchObject({ receivedOn: '2021-12-08', lastDay: '2021-12-29', movedFrom: null });
    expect(toOsloIsoString(d.endsAt)).toBe('2021-12-29T23:59:59.000+01:00');
  });

  it('counts from the Oslo day the notice arrived, not the UTC day', () => {
    // 00:30 on Sunday 10 October 2021 in Oslo is still Saturday in UTC.
    const d = deadline('2021-10-09T22:30:00Z');
    expect(d.receivedOn).toBe('2021-10-10');
    // Sunday 31 October is also the day summer time ends: moved to Monday, in winter time.
    expect(d).toMatchObject({ lastDay: '2021-11-01', movedFrom: '2021-10-31' });
    expect(d.endsAt.toISOString()).toBe('2021-11-01T22:59:59.000Z');
  });

  it('ends in summer time when the last day is after the spring change', () => {
    // Sunday 6 March 2022, 23:30 Oslo → Sunday 27 March (clocks go forward) → Monday 28 March.
    const d = deadline('2022-03-06T22:30:00Z');
    expect(d).toMatchObject({
      receivedOn: '2022-03-06',
      lastDay: '2022-03-28',
      movedFrom: '2022-03-27',
    });
    expect(d.endsAt.toISOString()).toBe('2022-03-28T21:59:59.000Z');
  });

  it('moves a Saturday last day past Christmas to the next working day', () => {
    // Saturday 25 December 2021 (Christmas Day), Sunday 26 → Monday 27 December.
    expect(deadline('2021-12-04T12:00:00Z')).toMatchObject({
      lastDay: '2021-12-27',
      movedFrom: '2021-12-25',
    });
    // Monday 25 and Tuesday 26 December 2023 → Wednesday 27 December.
    expect(deadline('2023-12-04T12:00:00Z')).toMatchObject({
      lastDay: '2023-12-27',
      movedFrom: '2023-12-25',
    });
  });

  it('moves a last day in Easter past Easter Monday', () => {
    // Maundy Thursday 28 March 2024 … Easter Monday 1 April → Tuesday 2 April.
    expect(deadline('2024-03-07T08:00:00Z')).toMatchObject({
      lastDay: '2024-04-02',
      movedFrom: '2024-03-28',
    });
  });

  it('moves a last day on 17 May, Ascension Day and Whit Monday', () => {
    expect(deadline('2022-04-26T08:00:00Z')).toMatchObject({
      lastDay: '2022-05-18',
      movedFrom: '2022-05-17',
    });
    expect(deadline('2022-05-05T08:00:00Z')).toMatchObject({
      lastDay: '2022-05-27',
      movedFrom: '2022-05-26',
    });
    expect(deadline('2022-05-16T08:00:00Z')).toMatchObject({
      lastDay: '2022-06-07',
      movedFrom: '2022-06-06',
    });
  });

  it('crosses month and year ends and leap days', () => {
    expect(deadline('2022-01-31T08:00:00Z').lastDay).toBe('2022-02-21');
    expect(deadline('2024-02-08T08:00:00Z').lastDay).toBe('2024-02-29');
    // New Year's Eve is a working day; New Year's Day is not.
    expect(deadline('2021-12-10T08:00:00Z')).toMatchObject({
      lastDay: '2021-12-31',
      movedFrom: null,
    });
    expect(deadline('2022-12-11T08:00:00Z')).toMatchObject({
      lastDay: '2023-01-02',
      movedFrom: '2023-01-01',
    });
  });

  it('takes an appeal sent at the last second as in time, and one a second later as late', () => {
    const d = deadline('2021-12-08T09:00:00Z');
    expect(isAppealInTime(d, at('2021-12-29T22:59:59.999Z'))).toBe(true);
    expect(isAppealInTime(d, at('2021-12-29T23:00:00.000Z'))).toBe(false);
  });

  it('for any arrival: the last day is the first working day on or after the weeks, ending at Oslo midnight', () => {
    const instant = fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2090-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, (receivedAt) => {
        const d = computeAppealDeadline(receivedAt, WEEKS);
        const byWeeks = addDays(osloDateOf(receivedAt), 7 * WEEKS);
        expect(d.lastDay >= byWeeks).toBe(true);
        expect(isNorwegianNonWorkingDay(d.lastDay)).toBe(false);
        for (let day = byWeeks; day < d.lastDay; day = addDays(day, 1)) {
          expect(isNorwegianNonWorkingDay(day)).toBe(true);
        }
        expect(osloDateOf(d.endsAt)).toBe(d.lastDay);
        expect(osloDateOf(new Date(d.endsAt.getTime() + 1000))).toBe(addDays(d.lastDay, 1));
        expect(toOsloIsoString(d.endsAt)).toContain('T23:59:59.000');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Norwegian holidays', () => {
  it('computes Easter Sunday', () => {
    expect(['2021', '2024', '2025', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2021-04-04',
      '2024-03-31',
      '2025-04-20',
      '2038-04-25',
    ]);
  });

  it('agrees with date-holidays on the public holidays of every year 1990–2150', () => {
    const calendar = new Holidays('NO');
    for (let year = 1990; year <= 2150; year += 1) {
      const theirs = calendar
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10));
      expect(norwegianHolidays(year), String(year)).toEqual([...new Set(theirs)].sort());
    }
  });

  it('treats Christmas Eve and New Year’s Eve as working days', () => {
    expect(isNorwegianNonWorkingDay('2021-12-24')).toBe(false);
    expect(isNorwegianNonWorkingDay('2021-12-31')).toBe(false);
  });
});
