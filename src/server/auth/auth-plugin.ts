/**
 * Who is asking: a session cookie (browsers) or, in demo mode only, a bearer token (scripts and
 * benchmarks). Sets request.principal before any handler, slides the session's idle timeout, and
 * refuses a state-changing request on a cookie session without the session's CSRF token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { SessionRow } from '../../store/database.js';
import {
  findLiveSession,
  findTokenPrincipal,
  touchSession,
} from '../../store/repositories/sessions.repository.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors/catalogue.js';
import { isMetricsRequest } from '../plugins/metrics.js';
import { recordFailedToken, refuseClientWithFailedTokens } from '../plugins/work-limits.js';

export const SESSION_COOKIE = 'tilskudd_session';
/** Writes to last_seen_at at most this often per session, so reads stay reads. */
const TOUCH_INTERVAL_MS = 30_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionRow | null;
  }
}

export function sessionCookieOptions(ctx: AppContext, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.config.publicUrl.startsWith('https://'),
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

function sameSecret(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** Real time, not the simulated clock: sign-in security does not time-travel with the demo. */
const realNow = () => new Date();

async function authenticate(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    if (!ctx.config.demo) throw new AppError('unauthenticated');
    refuseClientWithFailedTokens(ctx, request, reply);
    const principal = await findTokenPrincipal(
      ctx.store.db,
      authorization.slice(7).trim(),
      realNow(),
    );
    if (!principal) {
      recordFailedToken(ctx, request);
      throw new AppError('unauthenticated');
    }
    request.principal = principal;
    request.authMethod = 'token';
    return;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return;
  const now = realNow();
  const live = await findLiveSession(ctx.store.db, cookie, now);
  if (!live) {
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(ctx));
    return;
  }
  const { principal } = live;
  let { session } = live;
  if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_INTERVAL_MS) {
    session = await touchSession(ctx.store.db, session, now, {
      idleMinutes: ctx.config.sessionIdleMinutes,
      maxHours: ctx.config.sessionMaxHours,
    });
  }
  request.principal = principal;
  request.authMethod = 'session';
  request.session = session;
}

function checkCsrf(ctx: AppContext, request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method) || request.authMethod !== 'session' || !request.session)
    return;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== new URL(ctx.config.publicUrl).origin) {
    throw new AppError('csrf_failed');
  }
  const token = request.headers['x-csrf-token'];
  if (typeof token !== 'string' || !sameSecret(token, request.session.csrf_token)) {
    throw new AppError('csrf_failed');
  }
}

async function auth(app: FastifyInstance, options: { ctx: AppContext }): Promise<void> {
  const { ctx } = options;
  app.decorateRequest('principal', null);
  app.decorateRequest('authMethod', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    // The built-in identity provider is a separate party with its own protections.
    if (request.url.startsWith('/idp/') || request.url === '/idp') return;
    // The metrics scraper's bearer token is its own secret, not a user's API token.
    if (isMetricsRequest(request.url)) return;
    await authenticate(ctx, request, reply);
    checkCsrf(ctx, request);
  });
}

export const authPlugin = fp(auth, { name: 'auth', dependencies: ['@fastify/cookie'] });
