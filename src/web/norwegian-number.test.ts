import { describe, expect, it } from 'vitest';
import {
  formatAmountInput,
  formatDecimal,
  parseNokAmount,
  parseNorwegianNumber,
} from './norwegian-number.js';

describe('parseNorwegianNumber', () => {
  it.each([
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['10', 10],
    ['1 234 567', 1_234_567],
    ['1\u00a0234\u00a0567', 1_234_567],
    ['1.234.567', 1_234_567],
    [' 12 ', 12],
    ['−5', -5],
    ['250 000 kr', 250_000],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNorwegianNumber(text)).toBe(expected);
  });

  it.each(['', '  ', 'sju', '7,5,1', '1,2.3', '--1'])('refuses %j', (text) => {
    expect(parseNorwegianNumber(text)).toBeNull();
  });
});

describe('parseNokAmount', () => {
  it('takes whole kroner only', () => {
    expect(parseNokAmount('1 850 000')).toBe(1_850_000);
    expect(parseNokAmount('0')).toBe(0);
    expect(parseNokAmount('12,5')).toBeNull();
    expect(parseNokAmount('-3')).toBeNull();
  });
});

describe('formatting for inputs', () => {
  it('writes decimals with a comma in Norwegian', () => {
    expect(formatDecimal(7.5, 'nb')).toBe('7,5');
    expect(formatDecimal(7.5, 'en')).toBe('7.5');
    expect(formatDecimal(10, 'nn')).toBe('10');
  });
  it('groups thousands with non-breaking spaces', () => {
    expect(formatAmountInput(1_234_567)).toBe('1\u00a0234\u00a0567');
    expect(formatAmountInput(999)).toBe('999');
  });
});
