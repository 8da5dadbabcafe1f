/** A section's saved versions and one old version's content (issue 13: nothing is unrecoverable). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import {
  readSectionHistory,
  readSectionVersion,
} from '../../services/applications/read-section-history.js';
import {
  sectionHistoryQuery,
  sectionHistorySchema,
  sectionVersionParams,
  sectionVersionSchema,
} from './history-schema.js';
import { sectionParams } from './schema.js';

export function registerSectionHistoryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['applications'];

  r.get(
    '/api/applications/:id/sections/:sectionId/versions',
    {
      config: { action: 'application.read' },
      schema: {
        tags,
        summary: "A section's saved versions, newest first: who, when, which fields changed",
        params: sectionParams,
        querystring: sectionHistoryQuery,
        response: { 200: sectionHistorySchema },
      },
    },
    async (request) =>
      readSectionHistory(ctx, request.principal, {
        applicationId: request.params.id,
        sectionId: request.params.sectionId,
        limit: request.query.limit,
        ...(request.query.before !== undefined ? { before: request.query.before } : {}),
      }),
  );

  r.get(
    '/api/applications/:id/sections/:sectionId/versions/:version',
    {
      config: { action: 'application.read' },
      schema: {
        tags,
        summary: 'One saved version of a section with its content',
        params: sectionVersionParams,
        response: { 200: sectionVersionSchema },
      },
    },
    async (request) =>
      readSectionVersion(ctx, request.principal, {
        applicationId: request.params.id,
        sectionId: request.params.sectionId,
        version: request.params.version,
      }),
  );
}
