import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';

/** Case handling: intake, case list, formal check, assessors, assessments, consensus, exports. */
export function registerCaseRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
