/** R6: the MOD11 check on organisation numbers, as properties over generated numbers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import demo from '../../../seed/demo-companies.json' with { type: 'json' };
import { computeOrgnrCheckDigit, isValidOrgnr } from './orgnr.js';

const firstEightDigits = fc.stringMatching(/^\d{8}$/);

/** A valid orgnr: eight digits and their check digit, skipping those that would need a 10. */
const validOrgnr = firstEightDigits
  .map((digits) => ({ digits, check: computeOrgnrCheckDigit(digits) }))
  .filter(({ check }) => check !== null)
  .map(({ digits, check }) => `${digits}${String(check)}`);

describe('isValidOrgnr', () => {
  it('R6: accepts the register numbers of NTNU and the demo companies', () => {
    expect(isValidOrgnr('974767880')).toBe(true);
    for (const company of demo.companies)
      expect(isValidOrgnr(company.orgnr), company.name).toBe(true);
  });

  it('R6: refuses anything but nine digits', () => {
    for (const orgnr of ['', '97476788', '9747678800', '97476788O', ' 974767880', '974 767 880']) {
      expect(isValidOrgnr(orgnr), JSON.stringify(orgnr)).toBe(false);
    }
  });

  it('R6: a number whose check digit would be 10 is never valid', () => {
    // 40000000: 3·4 = 12 leaves remainder 1, so the check digit would have to be 11 − 1 = 10.
    expect(computeOrgnrCheckDigit('40000000')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidOrgnr(`40000000${d}`)).toBe(false);
  });

  it('R6: remainder 0 gives check digit 0', () => {
    expect(computeOrgnrCheckDigit('00000000')).toBe(0);
    expect(isValidOrgnr('000000000')).toBe(true);
  });

  it('R6: eight digits with their computed check digit always pass', () => {
    fc.assert(fc.property(validOrgnr, (orgnr) => isValidOrgnr(orgnr)));
  });

  it('R6: changing any single digit of a valid orgnr makes it fail', () => {
    const change = fc.record({
      orgnr: validOrgnr,
      position: fc.integer({ min: 0, max: 8 }),
      delta: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(change, ({ orgnr, position, delta }) => {
        const digit = (Number(orgnr[position]) + delta) % 10;
        const changed = `${orgnr.slice(0, position)}${digit}${orgnr.slice(position + 1)}`;
        return !isValidOrgnr(changed);
      }),
    );
  });

  it('R6: a nine-digit number passes exactly when its last digit is the computed check digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (orgnr) => {
        const expected = computeOrgnrCheckDigit(orgnr.slice(0, 8));
        return isValidOrgnr(orgnr) === (expected !== null && String(expected) === orgnr[8]);
      }),
    );
  });
});
