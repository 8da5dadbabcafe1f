import type { Action } from '../domain/access/policy.js';
import type { Principal } from '../domain/access/roles.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy action this route takes; every /api route must name one. */
    action?: Action;
  }
  interface FastifyRequest {
    /** The signed-in user, or null. Set by the auth plugin before any handler runs. */
    principal: Principal | null;
    /** How the principal was authenticated; cookie sessions need a CSRF token on writes. */
    authMethod: 'session' | 'token' | null;
    /** The server clock when the request arrived: what deadlines are judged by. */
    receivedAt: Date;
  }
}
