/**
 * The security headers of every answer (Content-Security-Policy, nosniff, frame and referrer
 * policies, HSTS behind https), set by helmet. helmet's middleware is built once for the app and
 * once for each route that sets its own (`config.helmet`), not for every request: building it
 * reads and checks every directive, about as much work as a small query.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Header settings over the app's, for this route. */
    helmet?: HelmetOptions;
  }
}

type Middleware = ReturnType<typeof helmet>;

async function securityHeaders(app: FastifyInstance, options: HelmetOptions): Promise<void> {
  const appWide = helmet(options);
  const byRoute = new WeakMap<HelmetOptions, Middleware>();
  const middlewareOf = (own: HelmetOptions | undefined): Middleware => {
    if (!own) return appWide;
    let middleware = byRoute.get(own);
    if (!middleware) {
      // The route's settings over the app's, key by key; helmet's option type is a union of
      // exclusive spellings that a spread of two of them cannot be shown to keep apart.
      middleware = helmet({ ...options, ...own } as HelmetOptions);
      byRoute.set(own, middleware);
    }
    return middleware;
  };
  app.addHook('onRequest', (request, reply, done) => {
    middlewareOf(request.routeOptions.config.helmet)(request.raw, reply.raw, (error) => {
      done(error instanceof Error ? error : undefined);
    });
  });
}

export const securityHeadersPlugin = fp(securityHeaders, { name: 'security-headers' });
