/**
 * Binds a login attempt to the browser that started it: /auth/login remembers its state in a
 * short-lived cookie, and /auth/callback accepts only a state that cookie holds. Without this, a
 * callback URL from someone else's sign-in would sign this browser in as them (login CSRF).
 * A few pending states are kept so sign-ins started in two tabs both succeed.
 */
import { timingSafeEqual } from 'node:crypto';

export const LOGIN_COOKIE = 'tilskudd_login';
export const LOGIN_COOKIE_PATH = '/auth/callback';
const MAX_PENDING = 5;
const SEPARATOR = '~';

function pendingStates(cookie: string | undefined): string[] {
  return (cookie ?? '').split(SEPARATOR).filter((s) => s !== '');
}

function sameText(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function addPendingState(cookie: string | undefined, state: string): string {
  return [...pendingStates(cookie).slice(-(MAX_PENDING - 1)), state].join(SEPARATOR);
}

export function hasPendingState(cookie: string | undefined, state: string): boolean {
  return pendingStates(cookie).some((pending) => sameText(pending, state));
}

export function removePendingState(cookie: string | undefined, state: string): string {
  return pendingStates(cookie)
    .filter((pending) => !sameText(pending, state))
    .join(SEPARATOR);
}
