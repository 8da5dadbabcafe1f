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
  addPendingState,
  hasPendingState,
  LOGIN_COOKIE,
  LOGIN_COOKIE_PATH,
  removePendingState,
} from './login-binding.js';
import { createOidcClients } from './oidc-clients.js';
import { loginQuerySchema, logoutAnswerSchema } from './schema.js';
import { completeSignIn, endSessionUrl, startSignIn, type CompletedSignIn } from './sign-in.js';

const signInRateLimit = { max: 120, timeWindow: '1 minute' };
/** As long as a login attempt lives in the database. */
const LOGIN_COOKIE_MAX_AGE_SECONDS = 10 * 60;

export async function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const clients = createOidcClients(app, ctx);
  const loginCookieOptions = {
    ...sessionCookieOptions(ctx, LOGIN_COOKIE_MAX_AGE_SECONDS),
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
      const { returnTo = '/', as: audience = 'applicant' } = request.query;
      let started: { location: string; state: string };
      try {
        started = await startSignIn(ctx, clients, { audience, returnTo });
      } catch (error) {
        request.log.error({ err: error }, 'could not start sign-in');
        throw new AppError('sign_in_failed');
      }
      const pending = addPendingState(request.cookies[LOGIN_COOKIE], started.state);
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
      if (state !== undefined && pending !== undefined) {
        const left = removePendingState(pending, state);
        if (left === '') reply.clearCookie(LOGIN_COOKIE, loginCookieOptions);
        else reply.setCookie(LOGIN_COOKIE, left, loginCookieOptions);
      }
      let completed: CompletedSignIn;
      try {
        completed = await completeSignIn(ctx, clients, {
          requestUrl: request.url,
          state,
          startedHere: state !== undefined && hasPendingState(pending, state),
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
