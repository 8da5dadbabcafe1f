import { describe, expect, it } from 'vitest';
import { addDays } from '../time/oslo.js';
import { checkAnswer, freedAmount, grantsInForce, noticesDue } from './acceptance.js';

const minusDays = (date: string, n: number) => addDays(date, -n);

describe('acceptance', () => {
  const base = {
    grantInForce: true,
    state: 'awaiting' as const,
    deadline: '2021-12-22',
    today: '2021-12-22',
  };

  it('accepts on the deadline day and refuses the day after', () => {
    expect(checkAnswer(base)).toEqual({ ok: true });
    expect(checkAnswer({ ...base, today: '2021-12-23' })).toMatchObject({
      refusal: 'deadline-passed',
    });
  });

  it('answers once, and only a grant in force', () => {
    expect(checkAnswer({ ...base, state: 'accepted' })).toMatchObject({
      refusal: 'already-answered',
    });
    expect(checkAnswer({ ...base, state: 'lapsed' })).toMatchObject({
      refusal: 'already-answered',
    });
    expect(checkAnswer({ ...base, grantInForce: false })).toMatchObject({
      refusal: 'not-a-grant',
    });
  });

  it('reminds on the call days, warns on the deadline day, lapses the day after, each once', () => {
    const at = (today: string, sent: string[] = []) =>
      noticesDue({
        deadline: '2021-12-22',
        today,
        reminderDaysBefore: [7, 2],
        sent: new Set(sent),
        minusDays,
      }).map((n) => n.key);
    expect(at('2021-12-14')).toEqual([]);
    expect(at('2021-12-15')).toEqual(['reminder-7']);
    expect(at('2021-12-16', ['reminder-7'])).toEqual([]);
    expect(at('2021-12-20', ['reminder-7'])).toEqual(['reminder-2']);
    // A grant issued two days before its deadline gets the nearest reminder, not both.
    expect(at('2021-12-21')).toEqual(['reminder-2']);
    expect(at('2021-12-22', ['reminder-7', 'reminder-2'])).toEqual(['warning']);
    expect(at('2021-12-23', ['warning'])).toEqual(['lapse']);
    expect(at('2022-01-30', ['warning', 'lapse'])).toEqual([]);
  });

  it('frees the money of declined and lapsed grants only', () => {
    const grants = [
      { grantNok: 100, state: 'accepted' as const },
      { grantNok: 200, state: 'declined' as const },
      { grantNok: 300, state: 'lapsed' as const },
      { grantNok: 400, state: 'awaiting' as const },
    ];
    expect(freedAmount(grants)).toBe(500);
    expect(grantsInForce(grants).map((g) => g.grantNok)).toEqual([100, 400]);
  });
});
