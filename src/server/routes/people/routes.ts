import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../auth/principal-of.js';
import type { AppContext } from '../../context.js';
import { localeOf } from '../../i18n/locale.js';
import { inviteColleague } from '../../services/people/invite-colleague.js';
import { listPeople } from '../../services/people/list-people.js';
import { revokeInvitation } from '../../services/people/revoke-invitation.js';
import {
  institutionParams,
  invitationParams,
  invitationSchema,
  inviteBody,
  peopleSchema,
} from './schema.js';

/** Colleagues of an institution: who has access, invitations by e-mail. */
export function registerPeopleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];

  r.get(
    '/api/institutions/:orgnr/people',
    {
      config: { action: 'institution.people.read' },
      schema: {
        tags,
        summary: 'Who may act for the institution, and the open invitations',
        params: institutionParams,
        response: { 200: peopleSchema },
      },
    },
    async (request) => listPeople(ctx, principalOf(request), request.params.orgnr),
  );

  r.post(
    '/api/institutions/:orgnr/invitations',
    {
      config: { action: 'institution.invite' },
      schema: {
        tags,
        summary: 'Invite a colleague by e-mail; they get access when they sign in with it',
        params: institutionParams,
        body: inviteBody,
        response: { 201: invitationSchema },
      },
    },
    async (request, reply) => {
      const created = await inviteColleague(ctx, principalOf(request), {
        orgnr: request.params.orgnr,
        email: request.body.email,
        locale: localeOf(request),
      });
      return reply.code(201).send(created);
    },
  );

  r.delete(
    '/api/institutions/:orgnr/invitations/:invitationId',
    {
      config: { action: 'institution.invite' },
      schema: {
        tags,
        summary: 'Revoke an open invitation',
        params: invitationParams,
      },
    },
    async (request, reply) => {
      await revokeInvitation(ctx, principalOf(request), {
        orgnr: request.params.orgnr,
        invitationId: request.params.invitationId,
      });
      return reply.code(204).send();
    },
  );
}
