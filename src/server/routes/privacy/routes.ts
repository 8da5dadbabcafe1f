/**
 * Privacy (docs/adr/0024): a person's own data as a download (GDPR art. 15) and, for admins, the
 * people list and the erasure of one person's personal data with a reason (art. 17).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { osloDateOf } from '../../../domain/time/oslo.js';
import { listPeople } from '../../../store/repositories/privacy-export.repository.js';
import { principalOf } from '../../auth/principal-of.js';
import type { AppContext } from '../../context.js';
import { erasePerson } from '../../services/privacy/erase-person.js';
import { exportPersonalData } from '../../services/privacy/export-personal-data.js';
import { erasureBody, erasureSchema, peopleListSchema, personParams } from './schema.js';

export function registerPrivacyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['privacy'];

  r.get(
    '/api/me/personal-data',
    {
      config: { action: 'me.personal-data' },
      schema: {
        tags,
        summary: 'Everything held about the signed-in person, as a JSON download (GDPR art. 15)',
      },
    },
    async (request, reply) => {
      const data = await exportPersonalData(ctx, principalOf(request));
      const name = `personopplysninger-${osloDateOf(ctx.clock.now())}.json`;
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(JSON.stringify(data, null, 2));
    },
  );

  r.get(
    '/api/admin/people',
    {
      config: { action: 'person.list' },
      schema: {
        tags,
        summary: 'Everyone known to the system, with roles and erasure (admin)',
        response: { 200: peopleListSchema },
      },
    },
    async () => ({
      people: (await listPeople(ctx.store.db)).map((p) => ({
        id: p.id,
        name: p.name,
        email: p.email,
        roles: p.roles,
        createdAt: p.created_at,
        lastLoginAt: p.last_login_at,
        erasedAt: p.erased_at,
      })),
    }),
  );

  r.post(
    '/api/admin/people/:id/erasure',
    {
      config: { action: 'person.erase' },
      schema: {
        tags,
        summary: "Erase a person's personal data, keeping what the archive must (admin)",
        params: personParams,
        body: erasureBody,
        response: { 201: erasureSchema },
      },
    },
    async (request, reply) => {
      const erased = await erasePerson(ctx, principalOf(request), {
        userId: request.params.id,
        reason: request.body.reason,
      });
      return reply.code(201).send(erased);
    },
  );
}
