import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instalment } from '../call/call-decision-schema.js';
import { checkPayment, dueNok, instalmentAmounts } from './payment-plan.js';

const plan: Instalment[] = [
  { id: 'on-acceptance', percent: 75, when: { kind: 'acceptance' } },
  { id: 'final', percent: 25, when: { kind: 'report-approved', dutyId: 'final' } },
];

/** Percentages that sum to 100, as a call's plan must. */
const planArb = fc
  .array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 })
  .map((parts): Instalment[] => {
    const head = parts.slice(0, -1);
    let left = 100;
    const percents = head.map((p) => {
      const taken = Math.min(p, left - 1 - 0);
      left -= taken;
      return taken;
    });
    return [...percents.filter((p) => p > 0), left].map((percent, i) => ({
      id: `i${i}`,
      percent,
      when: { kind: 'acceptance' as const },
    }));
  });

describe('payment plan', () => {
  it('splits 1 000 001 kr as 75 / 25 in whole kroner, the last instalment taking the rest', () => {
    expect(instalmentAmounts(plan, 1_000_001).map((a) => a.amountNok)).toEqual([750_000, 250_001]);
  });

  it('sums exactly to the grant in whole kroner for any plan and any grant', () => {
    fc.assert(
      fc.property(planArb, fc.integer({ min: 0, max: 50_000_000 }), (p, grant) => {
        const amounts = instalmentAmounts(p, grant).map((a) => a.amountNok);
        expect(amounts.reduce((s, a) => s + a, 0)).toBe(grant);
        for (const a of amounts) {
          expect(Number.isInteger(a)).toBe(true);
          expect(a).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('has nothing due before acceptance; the first instalment at acceptance; the rest on approval', () => {
    const facts = { acceptedOn: null, today: '2022-01-10', approvedDuties: new Set<string>() };
    expect(dueNok(plan, 1_000_000, facts)).toBe(0);
    expect(dueNok(plan, 1_000_000, { ...facts, acceptedOn: '2022-01-05' })).toBe(750_000);
    expect(
      dueNok(plan, 1_000_000, {
        ...facts,
        acceptedOn: '2022-01-05',
        approvedDuties: new Set(['final']),
      }),
    ).toBe(1_000_000);
  });

  it('counts a dated instalment from its date', () => {
    const dated: Instalment[] = [
      { id: 'a', percent: 50, when: { kind: 'acceptance' } },
      { id: 'b', percent: 50, when: { kind: 'date', date: '2023-08-01' } },
    ];
    const facts = { acceptedOn: '2023-03-01', approvedDuties: new Set<string>() };
    expect(dueNok(dated, 100, { ...facts, today: '2023-07-31' })).toBe(50);
    expect(dueNok(dated, 100, { ...facts, today: '2023-08-01' })).toBe(100);
  });

  it('refuses a payment before acceptance, past the grant, or not a positive whole sum', () => {
    const base = { accepted: true, grantNok: 1000, paidNok: 750 };
    expect(checkPayment({ ...base, amountNok: 250 })).toEqual({ ok: true });
    expect(checkPayment({ ...base, amountNok: 251 })).toMatchObject({ refusal: 'over-grant' });
    expect(checkPayment({ ...base, accepted: false, amountNok: 1 })).toMatchObject({
      refusal: 'not-accepted',
    });
    expect(checkPayment({ ...base, amountNok: 0 })).toMatchObject({ refusal: 'not-positive' });
    expect(checkPayment({ ...base, amountNok: 1.5 })).toMatchObject({ refusal: 'not-positive' });
  });

  it('lets no sequence of accepted payments pay more than granted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.array(fc.integer({ min: -10, max: 3_000_000 }), { maxLength: 30 }),
        (grant, tries) => {
          let paid = 0;
          for (const amountNok of tries) {
            const check = checkPayment({
              accepted: true,
              grantNok: grant,
              paidNok: paid,
              amountNok,
            });
            if (check.ok) paid += amountNok;
          }
          expect(paid).toBeLessThanOrEqual(grant);
        },
      ),
    );
  });
});
