/**
 * Enforces the policy before the body is even read: each route's `config.action` is decided by the one
 * policy module. A route under /api without an action fails at start-up, so no route can be
 * forgotten.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { decide } from '../../domain/access/policy.js';
import { AppError } from '../errors/catalogue.js';

async function policyGuard(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    const needsAction = route.url.startsWith('/api/') && !route.url.startsWith('/api/docs');
    if (needsAction && route.config?.action === undefined) {
      throw new Error(`route ${String(route.method)} ${route.url} names no policy action`);
    }
  });
  // onRequest, right after sign-in: a refused caller learns nothing from body validation.
  app.addHook('onRequest', async (request) => {
    const action = request.routeOptions.config.action;
    if (action === undefined) return;
    const decision = decide(request.principal, action);
    if (!decision.allowed) throw new AppError(decision.reason);
  });
}

export const policyGuardPlugin = fp(policyGuard, {
  name: 'policy-guard',
  dependencies: ['auth'],
});
