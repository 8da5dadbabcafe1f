/**
 * The app factory: one Fastify instance with the boundary (problem+json, security headers, body
 * limits, rate limits), sign-in, the policy guard, the OpenAPI document and every route. Data
 * flows one way: HTTP → schema → policy → domain → store, and back through one error mapper.
 */
import { registerAssessorRoutes } from './routes/cases/assessor-routes.js';
import { registerCaseRoutes } from './routes/cases/routes.js';
import { registerAllocationRoutes } from './routes/allocation/routes.js';
import { registerPeopleRoutes } from './routes/people/routes.js';
import { registerAuditRoutes } from './routes/audit/routes.js';
import { registerMailRoutes } from './routes/mail/routes.js';
import { registerPrivacyRoutes } from './routes/privacy/routes.js';
import { registerDecisionRoutes } from './routes/decisions/routes.js';
import { registerJournalRoutes } from './routes/journal/routes.js';
import { registerFollowUpRoutes } from './routes/followup/routes.js';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { authPlugin } from './auth/auth-plugin.js';
import { createHttpServer, trustProxyOption } from './http-server.js';
import type { AppContext } from './context.js';
import { AppError } from './errors/catalogue.js';
import { auditSealDue, sealAuditEvents } from '../store/repositories/audit.repository.js';
import './fastify-types.js';
import { metricsPlugin } from './plugins/metrics.js';
import { preconditionsPlugin } from './plugins/preconditions.js';
import { policyGuardPlugin } from './plugins/policy-guard.js';
import { problemJsonPlugin, sendProblem } from './plugins/problem-json.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { registerAuthRoutes } from './routes/auth/routes.js';
import { registerApplicationRoutes } from './routes/applications/routes.js';
import { registerSectionHistoryRoutes } from './routes/applications/history-routes.js';
import { registerDocumentRoutes } from './routes/documents/routes.js';
import { registerCallRoutes } from './routes/calls/routes.js';
import { registerCallFormRoutes } from './routes/calls/form-routes.js';
import { registerRegisterRoutes } from './routes/register/routes.js';
import { registerClockRoutes } from './routes/clock/routes.js';
import { registerHealthRoutes, type HealthState } from './routes/health/routes.js';
import { registerSessionRoutes } from './routes/session/routes.js';
import { registerDevIdentityProvider } from './auth/dev-idp/register.js';
import { isClientRoute, registerWeb, sendIndex } from './web/web-plugin.js';

export const WEB_DIR = resolve(import.meta.dirname, '../../dist/web');

export interface RouteInfo {
  method: string;
  url: string;
  action: string | undefined;
}

export interface BuiltApp {
  app: FastifyInstance;
  health: HealthState;
  /** Every route the app serves, for the role matrix and fuzz tests. */
  routes: RouteInfo[];
}

export interface BuildAppOptions {
  /** Pino logger options; false for silence in tests. */
  logger?: boolean | { level: string };
  webDir?: string;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<BuiltApp> {
  const app = Fastify({
    logger: options.logger ?? { level: ctx.config.logLevel },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: ctx.config.bodyLimitBytes,
    // Behind a reverse proxy, request.ip (and so every rate limit) is the client's, not the proxy's.
    trustProxy: trustProxyOption(ctx.config.trustProxy),
    // A stalled client cannot hold a connection open, a slow but moving upload is not cut off.
    serverFactory: (handler) =>
      createHttpServer(
        {
          headersTimeoutMs: ctx.config.headersTimeoutMs,
          idleTimeoutMs: ctx.config.requestIdleTimeoutMs,
        },
        handler,
      ),
    return503OnClosing: true,
    // Errors Fastify raises before routing (a malformed URL escape, a bad content type) leave
    // through the same mapper as every other error.
    frameworkErrors: (error, request, reply) => {
      request.log.info({ code: error.code, reason: error.message }, 'malformed request');
      return sendProblem(request, reply, new AppError('malformed_request'));
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const health: HealthState = { draining: false };
  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      routes.push({ method, url: route.url, action: route.config?.action });
    }
  });

  await app.register(problemJsonPlugin);
  await app.register(securityHeadersPlugin, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    strictTransportSecurity: ctx.config.publicUrl.startsWith('https://'),
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => {
      const error = new AppError('rate_limited', {
        extensions: { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
      });
      return error;
    },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'tilskudd API',
        description:
          'Grant calls from announcement to archive. Errors are application/problem+json.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { action: 'public.read' } }, () =>
    app.swagger(),
  );

  await app.register(authPlugin, { ctx });
  await app.register(policyGuardPlugin);
  await app.register(metricsPlugin, { token: ctx.config.metricsToken });
  await app.register(preconditionsPlugin);
  // Set by the hook below for every request; null only until then.
  app.decorateRequest('receivedAt', null as unknown as Date);
  app.addHook('onRequest', async (request) => {
    // Every request reads the shared clock: a deadline is judged the same in every process.
    await ctx.clock.sync();
    request.receivedAt = ctx.clock.now();
  });
  app.addHook('onSend', async () => {
    // An answer leaves only after the audit events of its change are chained (docs/adr/0008);
    // covers transactions opened outside inTransaction. Nothing to do on SQLite.
    if (auditSealDue(ctx.store.db)) await sealAuditEvents(ctx.store.db);
  });

  registerHealthRoutes(app, ctx, health);
  registerCallRoutes(app, ctx);
  registerCallFormRoutes(app, ctx);
  registerClockRoutes(app, ctx);
  registerSessionRoutes(app, ctx);
  registerRegisterRoutes(app, ctx);
  registerApplicationRoutes(app, ctx);
  registerSectionHistoryRoutes(app, ctx);
  registerDocumentRoutes(app, ctx);
  registerPeopleRoutes(app, ctx);
  registerCaseRoutes(app, ctx);
  registerAssessorRoutes(app, ctx);
  registerAllocationRoutes(app, ctx);
  registerDecisionRoutes(app, ctx);
  registerJournalRoutes(app, ctx);
  registerFollowUpRoutes(app, ctx);
  registerMailRoutes(app, ctx);
  registerPrivacyRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  await registerAuthRoutes(app, ctx);
  if (ctx.config.demo) await registerDevIdentityProvider(app, ctx);

  const hasWeb = await registerWeb(app, options.webDir ?? WEB_DIR);
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && isClientRoute(request)) return sendIndex(reply);
    return sendProblem(request, reply, new AppError('not_found'));
  });

  return { app, health, routes };
}
