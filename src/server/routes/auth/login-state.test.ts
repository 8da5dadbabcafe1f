import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LoginSealer, type PendingLogin } from './login-state.js';

const sealer = new LoginSealer(randomBytes(32));
const now = Date.parse('2026-12-01T10:00:00Z');

function login(state: string, returnTo = '/'): PendingLogin {
  return {
    state,
    codeVerifier: `v-${state}`,
    nonce: `n-${state}`,
    returnTo,
    expiresAt: now + 60_000,
  };
}

describe('the sealed login cookie', () => {
  it('gives back exactly what was sealed, and nothing to anyone who alters it', () => {
    const cookie = sealer.seal([login('applicant.a', '/minside?fane=1')]);
    expect(sealer.open(cookie)).toEqual([login('applicant.a', '/minside?fane=1')]);
    expect(cookie).not.toContain('v-applicant.a');
    const bytes = Buffer.from(cookie, 'base64url');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(sealer.open(bytes.toString('base64url'))).toEqual([]);
    expect(new LoginSealer(randomBytes(32)).open(cookie)).toEqual([]);
    expect(sealer.open('not-a-cookie')).toEqual([]);
    expect(sealer.open(undefined)).toEqual([]);
  });

  it('keeps the four newest live attempts, so sign-ins in several tabs work', () => {
    let cookie: string | undefined;
    for (let i = 1; i <= 6; i++) cookie = sealer.add(cookie, login(`applicant.s${i}`), now);
    expect(sealer.open(cookie).map((l) => l.state)).toEqual([
      'applicant.s3',
      'applicant.s4',
      'applicant.s5',
      'applicant.s6',
    ]);
  });

  it('drops expired attempts and stays under the size browsers keep', () => {
    const old = { ...login('applicant.old'), expiresAt: now - 1 };
    let cookie = sealer.seal([old]);
    const long = `/${'x'.repeat(1990)}`;
    for (let i = 1; i <= 4; i++) cookie = sealer.add(cookie, login(`applicant.l${i}`, long), now);
    expect(cookie.length).toBeLessThanOrEqual(3800);
    const states = sealer.open(cookie).map((l) => l.state);
    expect(states).not.toContain('applicant.old');
    expect(states.at(-1)).toBe('applicant.l4');
  });

  it('takes an attempt out once; an unknown or expired state finds nothing', () => {
    const cookie = sealer.seal([login('a.1'), login('a.2'), { ...login('a.3'), expiresAt: now }]);
    const first = sealer.take(cookie, 'a.1', now);
    expect(first.login).toEqual(login('a.1'));
    expect(sealer.open(first.rest).map((l) => l.state)).toEqual(['a.2']);
    expect(sealer.take(first.rest, 'a.1', now).login).toBeUndefined();
    expect(sealer.take(cookie, 'a.3', now).login).toBeUndefined();
    expect(sealer.take(sealer.seal([login('a.2')]), 'a.2', now).rest).toBe('');
  });
});
