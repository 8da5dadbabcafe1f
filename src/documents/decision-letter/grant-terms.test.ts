import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instalment } from '../../domain/call/call-decision-schema.js';
import { acceptanceDeadline, instalmentAmounts, reportDueDate } from './grant-terms.js';

describe('grant terms (R29)', () => {
  it('splits the grant into whole-krone instalments that sum to it exactly', () => {
    const plan = fc
      .array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 5 })
      .filter((ps) => ps.reduce((a, b) => a + b, 0) < 100)
      .map((ps) => [...ps, 100 - ps.reduce((a, b) => a + b, 0)]);
    fc.assert(
      fc.property(plan, fc.integer({ min: 1, max: 50_000_000 }), (percents, grant) => {
        const instalments: Instalment[] = percents.map((percent, i) => ({
          id: `i${i}`,
          percent,
          when: { kind: 'acceptance' },
        }));
        const amounts = instalmentAmounts(instalments, grant).map((a) => a.amountNok);
        expect(amounts.reduce((a, b) => a + b, 0)).toBe(grant);
        for (const amount of amounts) expect(Number.isInteger(amount) && amount >= 0).toBe(true);
      }),
    );
  });

  it('counts the acceptance deadline from the Oslo day the letter is dated', () => {
    // 23:30 UTC on 30 November is already 1 December in Oslo.
    const call = { decision: { acceptanceDeadlineDays: 21 } } as Parameters<
      typeof acceptanceDeadline
    >[0];
    expect(acceptanceDeadline(call, new Date('2021-11-30T23:30:00Z'))).toBe('2021-12-22');
  });

  it('dates a report by a fixed day or by days after the project’s own end', () => {
    const period = { start: '2021-12-01', end: '2022-12-15' };
    const base = { id: 'r', description: { nb: '', nn: '', en: '' } };
    expect(reportDueDate({ ...base, due: { kind: 'date', date: '2023-01-31' } }, period)).toBe(
      '2023-01-31',
    );
    expect(reportDueDate({ ...base, due: { kind: 'project-end', daysAfter: 30 } }, period)).toBe(
      '2023-01-14',
    );
  });
});
