import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';

/** Colleagues of an institution: who has access, invitations by e-mail. */
export function registerPeopleRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
