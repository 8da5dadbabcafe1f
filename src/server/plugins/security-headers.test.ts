import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { securityHeadersPlugin } from './security-headers.js';

async function appWithTwoRoutes() {
  const app = Fastify();
  await app.register(securityHeadersPlugin, {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'self'"] } },
    strictTransportSecurity: false,
  });
  app.get('/plain', async () => ({ ok: true }));
  app.get(
    '/form',
    { config: { helmet: { referrerPolicy: { policy: 'same-origin' } } } },
    async () => ({ ok: true }),
  );
  return app;
}

describe('security headers', () => {
  it('are on every answer, a not-found one too, as the app sets them', async () => {
    const app = await appWithTwoRoutes();
    for (const url of ['/plain', '/no-such-page']) {
      const res = await app.inject({ url });
      expect(res.headers['content-security-policy'], url).toBe("default-src 'self'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it("take a route's own settings over the app's for that route only, request after request", async () => {
    const app = await appWithTwoRoutes();
    for (let i = 0; i < 3; i += 1) {
      const form = await app.inject({ url: '/form' });
      expect(form.headers['referrer-policy']).toBe('same-origin');
      expect(form.headers['content-security-policy']).toBe("default-src 'self'");
      expect((await app.inject({ url: '/plain' })).headers['referrer-policy']).toBe('no-referrer');
    }
  });
});
