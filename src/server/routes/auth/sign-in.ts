/**
 * The authorization code flow with PKCE, state and nonce, as the app's side of OpenID Connect:
 * start (remember the attempt, send the browser to the issuer), complete (validate the answer,
 * find or create the user, open a session) and the issuer's logout address.
 */
import { decodeJwt } from 'jose';
import * as client from 'openid-client';
import type { Principal } from '../../../domain/access/roles.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import { createSession, deleteSession } from '../../../store/repositories/sessions.repository.js';
import { upsertUserBySubject } from '../../../store/repositories/users.repository.js';
import type { AppContext } from '../../context.js';
import { acceptInvitationsOnSignIn } from '../../services/people/accept-invitations.js';
import {
  allIssuerSettings,
  audiences,
  issuerSettingsFor,
  subjectOf,
  type Audience,
  type OidcClients,
} from './oidc-clients.js';
import { LOGIN_TTL_MS, type PendingLogin } from './login-state.js';

/** Why a sign-in failed, for the log only: the user is told no more than "try again". */
export class SignInError extends Error {}

function callbackUrl(ctx: AppContext): string {
  return `${ctx.config.publicUrl}/auth/callback`;
}

/** The audience travels in the state itself, so the callback knows which issuer to ask. */
function audienceOfState(state: string): Audience {
  const prefix = state.slice(0, state.indexOf('.'));
  const audience = audiences.find((a) => a === prefix);
  if (!audience) throw new SignInError('state names no audience');
  return audience;
}

/** The attempt to remember in the browser (login-state.ts) and where to send the browser. */
export async function startSignIn(
  ctx: AppContext,
  clients: OidcClients,
  input: { audience: Audience; returnTo: string },
): Promise<{ location: string; login: PendingLogin }> {
  const settings = issuerSettingsFor(ctx, input.audience);
  const config = await clients.configurationFor(settings);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = `${input.audience}.${client.randomState()}`;
  const nonce = client.randomNonce();
  const login: PendingLogin = {
    state,
    codeVerifier,
    nonce,
    returnTo: input.returnTo,
    expiresAt: Date.now() + LOGIN_TTL_MS,
  };
  const parameters: Record<string, string> = {
    redirect_uri: callbackUrl(ctx),
    scope: settings.scopes,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  };
  if (settings.acrValues) parameters.acr_values = settings.acrValues;
  // The persona picker must show every time, or signing out and in again could not switch persona.
  if (settings.builtIn) parameters.prompt = 'login';
  return { location: client.buildAuthorizationUrl(config, parameters).href, login };
}

export interface CompletedSignIn {
  sessionId: string;
  returnTo: string;
}

function nameOf(claims: client.IDToken): string {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return text(claims.name) ?? (given || undefined) ?? text(claims.email) ?? 'Ukjent navn';
}

export async function completeSignIn(
  ctx: AppContext,
  clients: OidcClients,
  input: {
    requestUrl: string;
    state: string | undefined;
    /** The attempt this browser's login cookie holds for that state (login-state.ts). */
    login: PendingLogin | undefined;
    previousSessionHash: string | undefined;
  },
): Promise<CompletedSignIn> {
  if (!input.state) throw new SignInError('no state in the callback');
  const attempt = input.login;
  if (!attempt) throw new SignInError('no live attempt with this state in this browser');
  const now = new Date();
  const audience = audienceOfState(attempt.state);
  const settings = issuerSettingsFor(ctx, audience);
  const config = await clients.configurationFor(settings);
  const tokens = await client.authorizationCodeGrant(
    config,
    new URL(`${ctx.config.publicUrl}${input.requestUrl}`),
    {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    },
  );
  const claims = tokens.claims();
  if (!claims) throw new SignInError('no ID token');
  const subject = subjectOf(settings, claims);
  if (!subject) throw new SignInError(`the ID token has no ${settings.subjectClaim} claim`);
  const email = typeof claims.email === 'string' ? claims.email : null;
  // An invitation is accepted only for an address the issuer vouches for; the built-in one's
  // personas are fixed, an outside issuer must say email_verified.
  const emailVerified = settings.builtIn || claims.email_verified === true;

  const sessionId = await ctx.store.db.transaction().execute(async (trx) => {
    // A new production user gets no roles: an admin grants them, or an invitation does (below).
    const user = await upsertUserBySubject(trx, { subject, name: nameOf(claims), email }, now);
    // A fresh session id on every sign-in: a planted cookie is never promoted (session fixation).
    if (input.previousSessionHash) await deleteSession(trx, input.previousSessionHash);
    const session = await createSession(
      trx,
      { userId: user.id, idToken: tokens.id_token ?? null },
      now,
      { idleMinutes: ctx.config.sessionIdleMinutes, maxHours: ctx.config.sessionMaxHours },
    );
    const actor: Principal = { userId: user.id, name: user.name, email: user.email, roles: [] };
    await appendAuditEvent(trx, {
      actor,
      action: 'auth.sign-in',
      entityType: 'user',
      entityId: user.id,
      detail: { issuer: claims.iss, audience },
      at: now,
    });
    if (emailVerified) await acceptInvitationsOnSignIn(trx, user, ctx.clock.now());
    return session.sessionId;
  });
  return { sessionId, returnTo: attempt.returnTo };
}

/** The issuer's RP-initiated logout for the ID token that opened the session, or '/'. */
export async function endSessionUrl(
  ctx: AppContext,
  clients: OidcClients,
  idToken: string | null,
): Promise<string> {
  if (!idToken) return '/';
  try {
    const { iss } = decodeJwt(idToken);
    const settings = allIssuerSettings(ctx).find(
      (s) => s.issuer.replace(/\/$/, '') === iss?.replace(/\/$/, ''),
    );
    if (!settings) return '/';
    const config = await clients.configurationFor(settings);
    if (!config.serverMetadata().end_session_endpoint) return '/';
    return client.buildEndSessionUrl(config, {
      id_token_hint: idToken,
      post_logout_redirect_uri: `${ctx.config.publicUrl}/`,
    }).href;
  } catch {
    // The local session is already gone; failing to reach the issuer must not undo that.
    return '/';
  }
}
