import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { scannerStatus } from '../../services/virus-scan/scanner-status.js';

export interface HealthState {
  draining: boolean;
}

/**
 * Liveness (the process answers) and readiness (the database answers, not draining); readiness
 * also says whether uploads are virus scanned (off, ready, unreachable).
 */
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
    // clamd being away does not make the app unready: uploads wait in quarantine for it.
    return {
      status: 'ready',
      database: ctx.store.dialect,
      virusScan: await scannerStatus(ctx.config),
    };
  });
}
