/**
 * Sign-in and sign-out with OpenID Connect: /auth/login sends the browser to the issuer (ID-porten,
 * the staff provider, or the built-in one in demo mode), /auth/callback opens a database session
 * behind an HttpOnly cookie, /auth/logout ends it. Not under /api: browsers navigate here.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import { deleteSession } from '../../../store/repositories/sessions.repository.js';
import { SESSION_COOKIE, sessionCookieOptions } from '../../auth/auth-plugin.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import {
  LOGIN_COOKIE,
  LOGIN_COOKIE_PATH,
  LOGIN_TTL_MS,
  LoginSealer,
  loadLoginStateKey,
  type PendingLogin,
} from './login-state.js';
import { createOidcClients } from './oidc-clients.js';
import { loginQuerySchema, logoutAnswerSchema } from './schema.js';
import { completeSignIn, endSessionUrl, startSignIn, type CompletedSignIn } from './sign-in.js';

const signInRateLimit = { max: 120, timeWindow: '1 minute' };

export async function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const clients = createOidcClients(app, ctx);
  const logins = new LoginSealer(await loadLoginStateKey(ctx.store));
  const publicSite = new URL(ctx.config.publicUrl);
  const loginCookieOptions = {
    ...sessionCookieOptions(ctx, LOGIN_TTL_MS / 1000),
    path: LOGIN_COOKIE_PATH,
  };

  r.get(
    '/auth/login',
    {
      config: { rateLimit: signInRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Start sign-in: redirects to the identity provider',
        querystring: loginQuerySchema,
      },
    },
    async (request, reply) => {
      const { returnTo = '/', as: audience = 'applicant', moved } = request.query;
      // Started on another address of this server (127.0.0.1 for localhost): the login cookie
      // would stay there while the issuer returns to the public URL. Move first, once.
      if (request.host !== publicSite.host && moved === undefined) {
        const there = new URL('/auth/login', publicSite);
        for (const [key, value] of Object.entries({ ...request.query, moved: '1' })) {
          if (typeof value === 'string') there.searchParams.set(key, value);
        }
        return reply.header('cache-control', 'no-store').redirect(there.href, 302);
      }
      let started: Awaited<ReturnType<typeof startSignIn>>;
      try {
        started = await startSignIn(ctx, clients, { audience, returnTo });
      } catch (error) {
        request.log.error({ err: error }, 'could not start sign-in');
        throw new AppError('sign_in_failed');
      }
      // Nothing is stored: the attempt travels sealed in the browser's cookie.
      const pending = logins.add(request.cookies[LOGIN_COOKIE], started.login, Date.now());
      return reply
        .setCookie(LOGIN_COOKIE, pending, loginCookieOptions)
        .header('cache-control', 'no-store')
        .redirect(started.location, 302);
    },
  );

  r.get(
    '/auth/callback',
    {
      config: { rateLimit: signInRateLimit },
      schema: { tags: ['auth'], summary: 'The identity provider returns here after sign-in' },
    },
    async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const state = typeof query.state === 'string' ? query.state : undefined;
      const pending = request.cookies[LOGIN_COOKIE];
      let login: PendingLogin | undefined;
      if (state !== undefined && pending !== undefined) {
        // Taken out before the code is redeemed: an attempt is tried once, even if that fails.
        const taken = logins.take(pending, state, Date.now());
        login = taken.login;
        if (taken.rest === '') reply.clearCookie(LOGIN_COOKIE, loginCookieOptions);
        else reply.setCookie(LOGIN_COOKIE, taken.rest, loginCookieOptions);
      }
      let completed: CompletedSignIn;
      try {
        completed = await completeSignIn(ctx, clients, {
          requestUrl: request.url,
          state,
          login,
          previousSessionHash: request.session?.id_hash,
        });
      } catch (error) {
        request.log.warn({ err: error }, 'sign-in failed');
        throw new AppError('sign_in_failed');
      }
      return reply
        .setCookie(SESSION_COOKIE, completed.sessionId, sessionCookieOptions(ctx))
        .header('cache-control', 'no-store')
        .redirect(completed.returnTo, 303);
    },
  );

  r.post(
    '/auth/logout',
    {
      config: { action: 'session.logout' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends the session; the answer says where the browser goes next',
        response: { 200: logoutAnswerSchema },
      },
    },
    async (request, reply) => {
      const session = request.session;
      // A bearer token has no session to end; it simply expires.
      if (!session) {
        if (request.authMethod === 'token') return { redirectTo: '/' };
        throw new AppError('unauthenticated');
      }
      await ctx.store.db.transaction().execute(async (trx) => {
        await deleteSession(trx, session.id_hash);
        await appendAuditEvent(trx, {
          actor: request.principal,
          action: 'auth.sign-out',
          entityType: 'user',
          entityId: session.user_id,
          detail: {},
          at: new Date(),
        });
      });
      reply
        .clearCookie(SESSION_COOKIE, sessionCookieOptions(ctx))
        .header('cache-control', 'no-store');
      return { redirectTo: await endSessionUrl(ctx, clients, session.id_token) };
    },
  );
}
