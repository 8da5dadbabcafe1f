/** R26: an affiliation's orgnr is checked by its MOD11 check digit, not only by its shape. */
import { describe, expect, it } from 'vitest';
import { affiliationOrgnrProblem } from './affiliation-orgnr.js';

describe('affiliationOrgnrProblem', () => {
  it('R26: 123456789 has nine digits but a wrong check digit, and is called invalid', () => {
    expect(affiliationOrgnrProblem('123456789')?.en).toMatch(/^invalid organisation number/);
    expect(affiliationOrgnrProblem('123456789')?.nb).toMatch(/^ugyldig organisasjonsnummer/);
  });

  it('R26: a registered number (NTNU 974767880) passes', () => {
    expect(affiliationOrgnrProblem('974767880')).toBeNull();
  });

  it('R26: fewer than nine digits is a format problem, not a check-digit one', () => {
    expect(affiliationOrgnrProblem('12345')?.en).toBe('the organisation number must have 9 digits');
  });
});
