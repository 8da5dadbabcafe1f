import type { FastifyRequest } from 'fastify';
import type { Principal } from '../../domain/access/roles.js';
import { AppError } from '../errors/catalogue.js';

/** The signed-in principal of a request the policy guard let through to a signed-in action. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('unauthenticated');
  return request.principal;
}
