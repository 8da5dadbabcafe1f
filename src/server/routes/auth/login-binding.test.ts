import { describe, expect, it } from 'vitest';
import { addPendingState, hasPendingState, removePendingState } from './login-binding.js';

describe('login binding', () => {
  it('remembers the states this browser started, at most five', () => {
    let cookie: string | undefined;
    for (let i = 1; i <= 6; i++) cookie = addPendingState(cookie, `applicant.s${i}`);
    expect(hasPendingState(cookie, 'applicant.s1')).toBe(false);
    for (let i = 2; i <= 6; i++) expect(hasPendingState(cookie, `applicant.s${i}`)).toBe(true);
    expect(hasPendingState(cookie, 'applicant.other')).toBe(false);
    expect(hasPendingState(undefined, 'applicant.s2')).toBe(false);
  });

  it('forgets a state once used', () => {
    const cookie = addPendingState(addPendingState(undefined, 'a.1'), 'a.2');
    const after = removePendingState(cookie, 'a.1');
    expect(hasPendingState(after, 'a.1')).toBe(false);
    expect(hasPendingState(after, 'a.2')).toBe(true);
    expect(removePendingState(after, 'a.2')).toBe('');
  });
});
