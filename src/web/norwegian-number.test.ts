import { describe, expect, it } from 'vitest';
import {
  formatAmountInput,
  checkNumberText,
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

describe('English numbers', () => {
  it('reads commas between thousands and a decimal point', () => {
    expect(parseNorwegianNumber('1,850,000', 'en')).toBe(1_850_000);
    expect(parseNorwegianNumber('NOK 1,850,000', 'en')).toBe(1_850_000);
    expect(parseNorwegianNumber('7.5', 'en')).toBe(7.5);
    expect(parseNorwegianNumber('7,5', 'en')).toBe(7.5);
  });
  it('groups an amount in an input as English text does', () => {
    expect(formatAmountInput(1_850_000, 'en')).toBe('1,850,000');
    expect(formatAmountInput(1_850_000, 'nn')).toBe('1\u00a0850\u00a0000');
  });
});

describe('checkNumberText: what the field says while the user types', () => {
  it('R14: refuses a second decimal in studiepoeng and keeps nothing of it', () => {
    expect(checkNumberText('7,25', 'decimal', 'nb')).toEqual({
      value: undefined,
      problem: 'tooManyDecimals',
    });
    expect(checkNumberText('7.25', 'decimal', 'en').problem).toBe('tooManyDecimals');
  });
  it('takes one decimal, zero and an empty field', () => {
    expect(checkNumberText('7,5', 'decimal', 'nb')).toEqual({ value: 7.5, problem: null });
    expect(checkNumberText('0', 'decimal', 'nn')).toEqual({ value: 0, problem: null });
    expect(checkNumberText('  ', 'decimal', 'nb')).toEqual({ value: undefined, problem: null });
  });
  it('names words, fractions of whole numbers and negative numbers as problems', () => {
    expect(checkNumberText('sju', 'decimal', 'nb').problem).toBe('notANumber');
    expect(checkNumberText('12,5', 'amount', 'nb').problem).toBe('notWhole');
    expect(checkNumberText('3.5', 'integer', 'en').problem).toBe('notWhole');
    expect(checkNumberText('-3', 'integer', 'nb').problem).toBe('negative');
    expect(checkNumberText('1 850 000 kr', 'amount', 'nb')).toEqual({
      value: 1_850_000,
      problem: null,
    });
  });
});
