/**
 * Mounts the built-in development identity provider at /idp in the app's own process: oidc-provider
 * (a Koa app) answers the protocol endpoints, and the persona picker is a Fastify route. It refuses
 * to start in production, where ID-porten and the staff provider sign people in.
 */
import type { IncomingMessage } from 'node:http';
import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import { readPersonas, type Persona } from '../../../platform/seed-demo-data.js';
import { deleteExpiredOidcPayloads } from '../../../store/repositories/oidc-payload.repository.js';
import type { AppContext } from '../../context.js';
import { createDevIdentityProvider, IDP_PATH } from './create-provider.js';
import {
  IDP_CSS,
  IDP_STATIC_PREFIX,
  LOGOUT_SCRIPT,
  renderIdpError,
  renderPersonaPicker,
} from './pages.js';
import { loadDevIdpSecrets } from './secrets.js';

const CLEANUP_INTERVAL_MS = 60 * 60 * 1000;
const interactionRateLimit = { max: 120, timeWindow: '1 minute' };

export async function registerDevIdentityProvider(
  app: FastifyInstance,
  ctx: AppContext,
): Promise<void> {
  if (ctx.config.production) {
    throw new Error(
      'The built-in development identity provider refuses to start in production (NODE_ENV=production). Configure OIDC_ISSUER instead.',
    );
  }
  const personas = readPersonas();
  const provider = createDevIdentityProvider({
    publicUrl: ctx.config.publicUrl,
    store: ctx.store,
    secrets: await loadDevIdpSecrets(ctx.store),
    personas,
  });

  await deleteExpiredOidcPayloads(ctx.store.db, new Date());
  const cleanup = setInterval(() => {
    deleteExpiredOidcPayloads(ctx.store.db, new Date()).catch((error: unknown) =>
      app.log.warn({ err: error }, 'could not delete expired identity-provider records'),
    );
  }, CLEANUP_INTERVAL_MS);
  cleanup.unref();
  app.addHook('onClose', async () => clearInterval(cleanup));

  await app.register(async (scope) => mountProvider(scope, provider, ctx.config.publicUrl));
  await app.register(async (scope) => registerInteractionRoutes(scope, ctx, provider, personas));
}

/**
 * Hands /idp and everything below it to oidc-provider: the body stays unread for Koa to parse,
 * and the path loses its /idp prefix while `originalUrl` keeps it, which is how the provider
 * learns where it is mounted when it builds its own URLs. The host and scheme it builds them
 * with are the configured public URL's, whatever Host or X-Forwarded-* the request claims, so
 * discovery cannot be made to point a browser at another site.
 */
function mountProvider(scope: FastifyInstance, provider: Provider, publicUrl: string): void {
  const handle = provider.callback();
  const site = new URL(publicUrl);
  const pinned = { host: site.host, proto: site.protocol.slice(0, -1) };
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    reply.hijack();
    const raw: IncomingMessage & { originalUrl?: string } = request.raw;
    const url = raw.url ?? IDP_PATH;
    const rest = url.slice(IDP_PATH.length);
    raw.originalUrl = url;
    raw.url = rest.startsWith('/') ? rest : `/${rest}`;
    raw.headers.host = pinned.host;
    raw.headers['x-forwarded-host'] = pinned.host;
    raw.headers['x-forwarded-proto'] = pinned.proto;
    await handle(raw, reply.raw);
  };
  scope.all(IDP_PATH, forward);
  scope.all(`${IDP_PATH}/*`, forward);
}

function logNoInteraction(request: FastifyRequest, error: unknown): undefined {
  request.log.info({ err: error }, 'no live sign-in interaction for this browser');
  return undefined;
}

function sendPage(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(html);
}

function sendExpired(reply: FastifyReply): FastifyReply {
  return sendPage(
    reply,
    renderIdpError({
      error: 'interaction_expired',
      error_description: 'Innloggingen er utløpt eller ble startet i en annen nettleser.',
    }),
    400,
  );
}

async function registerInteractionRoutes(
  scope: FastifyInstance,
  ctx: AppContext,
  provider: Provider,
  personas: readonly Persona[],
): Promise<void> {
  await scope.register(fastifyFormbody, { bodyLimit: 4096 });
  const appOrigin = new URL(ctx.config.publicUrl).origin;
  const actionOf = (uid: string) => `${IDP_PATH}/interaction/${encodeURIComponent(uid)}`;

  scope.get(`${IDP_STATIC_PREFIX}/idp.css`, (_request, reply) =>
    reply
      .header('content-type', 'text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(IDP_CSS),
  );
  scope.get(`${IDP_STATIC_PREFIX}/logout.js`, (_request, reply) =>
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(LOGOUT_SCRIPT),
  );

  scope.get<{ Params: { uid: string } }>(
    `${IDP_PATH}/interaction/:uid`,
    // The app's no-referrer policy would make the browser send "Origin: null" with the form.
    { config: { helmet: { referrerPolicy: { policy: 'same-origin' } } } },
    async (request, reply) => {
      const details = await provider
        .interactionDetails(request.raw, reply.raw)
        .catch((error: unknown) => logNoInteraction(request, error));
      // Consent is implied for the first-party client (see loadFirstPartyGrant): login is the only prompt.
      if (!details || details.uid !== request.params.uid || details.prompt.name !== 'login') {
        return sendExpired(reply);
      }
      return sendPage(reply, renderPersonaPicker({ action: actionOf(details.uid), personas }));
    },
  );

  scope.post<{ Params: { uid: string }; Body: unknown }>(
    `${IDP_PATH}/interaction/:uid`,
    { config: { rateLimit: interactionRateLimit } },
    async (request, reply) => {
      const origin = request.headers.origin;
      if (origin !== undefined && origin !== appOrigin) {
        return sendPage(reply, renderIdpError({ error: 'invalid_origin' }), 403);
      }
      const body = request.body;
      const personaId =
        typeof body === 'object' && body !== null && 'persona' in body ? body.persona : undefined;
      const persona = personas.find((p) => p.id === personaId);
      if (!persona) return sendPage(reply, renderIdpError({ error: 'unknown_persona' }), 400);
      const details = await provider
        .interactionDetails(request.raw, reply.raw)
        .catch((error: unknown) => logNoInteraction(request, error));
      if (!details || details.uid !== request.params.uid || details.prompt.name !== 'login') {
        return sendExpired(reply);
      }
      const returnTo = await provider.interactionResult(
        request.raw,
        reply.raw,
        { login: { accountId: persona.id } },
        { mergeWithLastSubmission: false },
      );
      return reply.redirect(returnTo, 303);
    },
  );
}
