import { describe, expect, it } from 'vitest';
import {
  formatOsloDateTime,
  isOsloWallTime,
  osloDateOf,
  osloOffsetMinutes,
  osloWallTimeToInstant,
  toOsloIsoString,
} from './oslo.js';

describe('Oslo time', () => {
  it('R3: the deadline wall time in summer is UTC+2', () => {
    const deadline = osloWallTimeToInstant('2021-09-15T17:00');
    expect(deadline.toISOString()).toBe('2021-09-15T15:00:00.000Z');
    expect(osloOffsetMinutes(deadline)).toBe(120);
    expect(toOsloIsoString(deadline)).toBe('2021-09-15T17:00:00.000+02:00');
  });

  it('a winter wall time is UTC+1', () => {
    const end = osloWallTimeToInstant('2022-12-15T23:59');
    expect(end.toISOString()).toBe('2022-12-15T22:59:00.000Z');
    expect(osloOffsetMinutes(end)).toBe(60);
  });

  it('the skipped spring hour maps to the instant the clocks jump to', () => {
    expect(osloWallTimeToInstant('2022-03-27T02:30').toISOString()).toBe(
      '2022-03-27T01:30:00.000Z',
    );
  });

  it('the doubled autumn hour maps to its first occurrence', () => {
    expect(osloWallTimeToInstant('2021-10-31T02:30').toISOString()).toBe(
      '2021-10-31T00:30:00.000Z',
    );
  });

  it('reads milliseconds', () => {
    expect(osloWallTimeToInstant('2021-09-15T16:59:59.999').toISOString()).toBe(
      '2021-09-15T14:59:59.999Z',
    );
  });

  it('R3: asked again, gives the same instant in a Date of its own', () => {
    const first = osloWallTimeToInstant('2021-09-15T17:00');
    first.setTime(0);
    const again = osloWallTimeToInstant('2021-09-15T17:00');
    expect(again.toISOString()).toBe('2021-09-15T15:00:00.000Z');
    expect(again).not.toBe(osloWallTimeToInstant('2021-09-15T17:00'));
  });

  it('refuses impossible wall times', () => {
    expect(isOsloWallTime('2021-02-30T10:00')).toBe(false);
    expect(isOsloWallTime('2021-09-15T24:00')).toBe(false);
    expect(isOsloWallTime('2021-09-15 17:00')).toBe(false);
    expect(() => osloWallTimeToInstant('15.09.2021')).toThrow(RangeError);
  });

  it('names the Oslo date of an instant near midnight UTC', () => {
    expect(osloDateOf(new Date('2021-12-31T23:30:00Z'))).toBe('2022-01-01');
  });

  it('formats in each language', () => {
    const deadline = osloWallTimeToInstant('2021-09-15T17:00');
    expect(formatOsloDateTime(deadline, 'nb')).toBe('15. september 2021 kl. 17:00');
    expect(formatOsloDateTime(deadline, 'nn')).toBe('15. september 2021 kl. 17:00');
    expect(formatOsloDateTime(deadline, 'en')).toBe('15 September 2021 at 17:00');
  });
});
