/**
 * A sign-in in progress lives in the browser that started it, not in the database: /auth/login
 * seals the attempt (state, PKCE verifier, nonce, where to go afterwards, expiry) into a
 * short-lived HttpOnly cookie with AES-256-GCM, and /auth/callback accepts only a state that
 * cookie holds. So an anonymous visit writes nothing, the browser can neither read nor alter the
 * attempt, and a callback URL from someone else's sign-in cannot sign this browser in (login
 * CSRF). A few attempts are kept so sign-ins started in two tabs both succeed. A replayed
 * callback fails at the issuer, which redeems a code once.
 */
import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Store } from '../../../store/create-store.js';
import { claimSetting } from '../../../store/repositories/oidc-payload.repository.js';
import { readSetting } from '../../../store/repositories/settings.repository.js';

export const LOGIN_COOKIE = 'tilskudd_login';
export const LOGIN_COOKIE_PATH = '/auth/callback';
export const LOGIN_TTL_MS = 10 * 60 * 1000;
const MAX_PENDING = 4;
/** Browsers drop a cookie over about 4 KB; the oldest attempts give way before that. */
const MAX_COOKIE_CHARS = 3800;
const KEY_SETTING = 'auth.login-state-key';
const AAD = Buffer.from(`${LOGIN_COOKIE} v1`);
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface PendingLogin {
  state: string;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
  /** Milliseconds since the epoch, real time. */
  expiresAt: number;
}

const sealedSchema = z.array(z.tuple([z.string(), z.string(), z.string(), z.string(), z.number()]));

/** The cookie key, generated on first use and shared by every process on the database. */
export async function loadLoginStateKey(store: Store): Promise<Buffer> {
  let raw = await readSetting(store.db, KEY_SETTING);
  raw ??= await claimSetting(
    store.db,
    KEY_SETTING,
    randomBytes(32).toString('base64url'),
    new Date(),
  );
  const key = Buffer.from(raw, 'base64url');
  if (key.length !== 32) throw new Error(`the setting ${KEY_SETTING} is not a 256-bit key`);
  return key;
}

export class LoginSealer {
  constructor(private readonly key: Buffer) {}

  seal(logins: readonly PendingLogin[]): string {
    const rows = logins.map((l) => [l.state, l.codeVerifier, l.nonce, l.returnTo, l.expiresAt]);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(AAD);
    const body = Buffer.concat([cipher.update(JSON.stringify(rows), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The attempts a cookie holds; nothing for a missing, altered or foreign cookie. */
  open(cookie: string | undefined): PendingLogin[] {
    if (!cookie) return [];
    try {
      const bytes = Buffer.from(cookie, 'base64url');
      if (bytes.length <= IV_BYTES + TAG_BYTES) return [];
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES))
        .setAAD(AAD)
        .setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const text = Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
      return sealedSchema
        .parse(JSON.parse(text))
        .map(([state, codeVerifier, nonce, returnTo, expiresAt]) => ({
          state,
          codeVerifier,
          nonce,
          returnTo,
          expiresAt,
        }));
    } catch {
      return [];
    }
  }

  /** The cookie after starting `login`: expired attempts dropped, the oldest when too many. */
  add(cookie: string | undefined, login: PendingLogin, now: number): string {
    let kept = [...this.open(cookie).filter((l) => l.expiresAt > now), login].slice(-MAX_PENDING);
    let sealed = this.seal(kept);
    while (sealed.length > MAX_COOKIE_CHARS && kept.length > 1) {
      kept = kept.slice(1);
      sealed = this.seal(kept);
    }
    return sealed;
  }

  /**
   * Takes the live attempt for `state` out of the cookie. `rest` is the cookie to set afterwards,
   * or '' when no attempt is left.
   */
  take(
    cookie: string | undefined,
    state: string,
    now: number,
  ): { login: PendingLogin | undefined; rest: string } {
    const live = this.open(cookie).filter((l) => l.expiresAt > now);
    const login = live.find((l) => sameText(l.state, state));
    const others = live.filter((l) => l !== login);
    return { login, rest: others.length > 0 ? this.seal(others) : '' };
  }
}

function sameText(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
