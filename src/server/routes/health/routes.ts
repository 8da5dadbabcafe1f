import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';

export interface HealthState {
  draining: boolean;
}

/** Liveness (the process answers) and readiness (the database answers, not draining). */
export function registerHealthRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  state: HealthState,
): void {
  app.get('/healthz', { logLevel: 'warn' }, async () => ({ status: 'ok' }));
  app.get('/readyz', { logLevel: 'warn' }, async () => {
    if (state.draining) throw new AppError('not_ready');
    try {
      await ctx.store.ping();
    } catch {
      throw new AppError('not_ready');
    }
    return { status: 'ready', database: ctx.store.dialect };
  });
}
