/**
 * Who is signed in: the web app reads GET /api/session on load and slides the idle timeout with
 * POST /api/session/keepalive; scripts with a bearer token ask GET /api/me.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Principal } from '../../../domain/access/roles.js';
import { findInstitution } from '../../../store/repositories/register.repository.js';
import { touchSession } from '../../../store/repositories/sessions.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { meAnswerSchema, sessionAnswerSchema, type roleGrantSchema } from './schema.js';

type RoleGrantView = z.infer<typeof roleGrantSchema>;
type SessionAnswer = z.infer<typeof sessionAnswerSchema>;

async function describeRoles(ctx: AppContext, principal: Principal): Promise<RoleGrantView[]> {
  return Promise.all(
    principal.roles.map(async (grant) => {
      if (grant.institutionOrgnr === null) return { role: grant.role, institution: null };
      const institution = await findInstitution(ctx.store.db, grant.institutionOrgnr);
      // A grant for an institution missing from the register still shows its number.
      return {
        role: grant.role,
        institution: {
          orgnr: grant.institutionOrgnr,
          name: institution?.name ?? grant.institutionOrgnr,
        },
      };
    }),
  );
}

async function describeSession(ctx: AppContext, request: FastifyRequest): Promise<SessionAnswer> {
  const principal = request.principal;
  if (!principal) return { authenticated: false };
  const session = request.session;
  const user = { id: principal.userId, name: principal.name, email: principal.email };
  const roles = await describeRoles(ctx, principal);
  if (!session) {
    const latest = new Date(Date.now() + ctx.config.tokenTtlMinutes * 60_000);
    return {
      authenticated: true,
      user,
      roles,
      csrfToken: '',
      idleTimeoutSeconds: 0,
      expiresAt: latest.toISOString(),
    };
  }
  return {
    authenticated: true,
    user,
    roles,
    csrfToken: session.csrf_token,
    idleTimeoutSeconds: ctx.config.sessionIdleMinutes * 60,
    expiresAt: session.expires_at,
  };
}

export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/session',
    {
      config: { action: 'session.read' },
      schema: {
        tags: ['session'],
        summary: 'Whether anyone is signed in, with their roles and CSRF token',
        response: { 200: sessionAnswerSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return describeSession(ctx, request);
    },
  );

  r.post(
    '/api/session/keepalive',
    {
      config: { action: 'session.keepalive' },
      schema: {
        tags: ['session'],
        summary: 'Slide the idle timeout of the session forward',
        response: { 200: sessionAnswerSchema },
      },
    },
    async (request, reply) => {
      if (request.session) {
        request.session = await touchSession(ctx.store.db, request.session, new Date(), {
          idleMinutes: ctx.config.sessionIdleMinutes,
          maxHours: ctx.config.sessionMaxHours,
        });
      }
      reply.header('cache-control', 'no-store');
      return describeSession(ctx, request);
    },
  );

  r.get(
    '/api/me',
    {
      config: { action: 'me.read' },
      schema: {
        tags: ['session'],
        summary: 'The signed-in user and their roles (for scripts with a bearer token)',
        response: { 200: meAnswerSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (!principal) throw new AppError('unauthenticated');
      return {
        id: principal.userId,
        name: principal.name,
        email: principal.email,
        roles: await describeRoles(ctx, principal),
      };
    },
  );
}
