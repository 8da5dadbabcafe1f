/**
 * Serves the built React front end from dist/web. Hashed assets are cached for a year; index.html
 * is never cached, so a deploy reaches everyone on the next navigation. Any other GET that asks
 * for HTML gets index.html and the client router takes it from there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const API_PREFIXES = ['/api/', '/auth/', '/idp/', '/api', '/auth', '/idp'];

export function isClientRoute(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '';
  if (API_PREFIXES.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`))) {
    return false;
  }
  return (request.headers.accept ?? '').includes('text/html');
}

export async function registerWeb(app: FastifyInstance, webDir: string): Promise<boolean> {
  if (!existsSync(join(webDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webDir,
    prefix: '/',
    index: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.includes(`${join(webDir, 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  app.get('/', { logLevel: 'warn' }, (_request, reply) => sendIndex(reply));
  return true;
}

export function sendIndex(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-cache').sendFile('index.html');
}
