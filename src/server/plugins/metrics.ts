import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { AppError } from '../errors/catalogue.js';

export const METRICS_PATH = '/metrics';

/** True for a request to the metrics endpoint, which checks its own bearer token. */
export function isMetricsRequest(url: string): boolean {
  return url === METRICS_PATH || url.startsWith(`${METRICS_PATH}?`);
}

// Digests have one length, so the comparison takes the same time whatever was sent.
const digestOf = (secret: string) => createHash('sha256').update(secret).digest();

/**
 * Prometheus metrics: process defaults and a request-duration histogram by route and status.
 * Per-route counts show live activity (submissions at the deadline), so the endpoint answers only
 * a scraper with the bearer token of TILSKUDD_METRICS_TOKEN; without one configured it is off.
 */
async function metrics(app: FastifyInstance, options: { token: string | undefined }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'tilskudd_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
  const expected = options.token === undefined ? undefined : digestOf(options.token);
  const authorise = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!expected) throw new AppError('not_found');
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!given || !timingSafeEqual(digestOf(given), expected)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw new AppError('unauthenticated');
    }
  };
  app.get(
    METRICS_PATH,
    { config: {}, logLevel: 'warn', onRequest: authorise },
    async (_request, reply) => {
      reply.header('content-type', registry.contentType);
      reply.header('cache-control', 'no-store');
      return registry.metrics();
    },
  );
}

export const metricsPlugin = fp(metrics, { name: 'metrics' });
