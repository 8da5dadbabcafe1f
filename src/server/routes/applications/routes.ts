import { principalOf } from '../../auth/principal-of.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { institutionsOf } from '../../../domain/access/roles.js';
import { toOsloIsoString } from '../../../domain/time/oslo.js';
import { listApplicationsOfInstitutions } from '../../../store/repositories/applications.repository.js';
import { findSubmission } from '../../../store/repositories/submissions.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { localeOf } from '../../i18n/locale.js';
import { requirePrecondition } from '../../plugins/preconditions.js';
import { createApplication } from '../../services/applications/create-application.js';
import {
  readApplication,
  readSubmissionSummaries,
} from '../../services/applications/read-application.js';
import { patchSection } from '../../services/applications/patch-section.js';
import { saveSection } from '../../services/applications/save-section.js';
import { submitApplication } from '../../services/applications/submit-application.js';
import { withdrawApplication } from '../../services/applications/withdraw-application.js';
import {
  applicationIdParams,
  applicationListSchema,
  applicationViewSchema,
  createApplicationBody,
  listApplicationsQuery,
  patchSectionAnswer,
  receiptSchema,
  saveSectionAnswer,
  sectionContentBody,
  sectionParams,
  sectionPatchBody,
  submissionDetailSchema,
  submissionListSchema,
  submissionParams,
  submissionBody,
} from './schema.js';

/** The version an edit is based on; the header's presence and shape are preconditions.ts's. */
function parseIfMatch(request: FastifyRequest): number {
  const header = requirePrecondition(request, 'if-match');
  return Number(/\d+/.exec(header)?.[0]);
}

export function registerApplicationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['applications'];

  r.get(
    '/api/applications',
    {
      config: { action: 'application.list' },
      schema: {
        tags,
        summary: 'The applications of the institutions the user acts for',
        querystring: listApplicationsQuery,
        response: { 200: applicationListSchema },
      },
    },
    async (request) => {
      const rows = await listApplicationsOfInstitutions(
        ctx.store.db,
        institutionsOf(request.principal),
        request.query.callId ? { callId: request.query.callId } : {},
      );
      return rows.map((row) => {
        const project = row.project_content
          ? (JSON.parse(row.project_content) as { title?: unknown })
          : {};
        return {
          id: row.id,
          callId: row.call_id,
          institution: { orgnr: row.institution_orgnr, name: row.institution_name },
          title: typeof project.title === 'string' ? project.title : null,
          status: row.status,
          updatedAt: row.updated_at,
          updatedBy: { name: row.updated_by_name },
        };
      });
    },
  );

  r.post(
    '/api/applications',
    {
      config: { action: 'application.create' },
      schema: {
        tags,
        summary: 'Start a draft application for an institution the user acts for (R4)',
        body: createApplicationBody,
      },
    },
    async (request, reply) => {
      const created = await createApplication(ctx, principalOf(request), {
        ...request.body,
        locale: localeOf(request),
      });
      return reply.code(201).header('location', `/api/applications/${created.id}`).send(created);
    },
  );

  r.get(
    '/api/applications/:id',
    {
      config: { action: 'application.read' },
      schema: {
        tags,
        summary: 'An application with its sections, live findings and submitted versions',
        params: applicationIdParams,
        response: { 200: applicationViewSchema },
      },
    },
    async (request) => readApplication(ctx, request.principal, request.params.id),
  );

  r.put(
    '/api/applications/:id/sections/:sectionId',
    {
      config: { action: 'application.update' },
      schema: {
        tags,
        summary: 'Save one section, guarded by If-Match (409 with the current content when stale)',
        params: sectionParams,
        body: sectionContentBody,
        response: { 200: saveSectionAnswer },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const saved = await saveSection(ctx, principal, {
        applicationId: request.params.id,
        sectionId: request.params.sectionId,
        baseVersion: parseIfMatch(request),
        content: request.body,
        locale: localeOf(request),
      });
      reply.header('etag', `"${saved.version}"`);
      return saved;
    },
  );

  r.patch(
    '/api/applications/:id/sections/:sectionId',
    {
      config: { action: 'application.update' },
      schema: {
        tags,
        summary:
          'Save the fields an edit changed since its If-Match version, merged with any save in between (409 only for a field both changed)',
        params: sectionParams,
        body: sectionPatchBody,
        response: { 200: patchSectionAnswer },
      },
    },
    async (request, reply) => {
      const saved = await patchSection(ctx, principalOf(request), {
        applicationId: request.params.id,
        sectionId: request.params.sectionId,
        baseVersion: parseIfMatch(request),
        changes: request.body.changes,
        locale: localeOf(request),
      });
      reply.header('etag', `"${saved.version}"`);
      return saved;
    },
  );

  r.post(
    '/api/applications/:id/submissions',
    {
      config: { action: 'application.submit' },
      schema: {
        tags,
        summary: 'Submit the application (R3): a receipt, or 422 with the blocking findings',
        params: applicationIdParams,
        body: submissionBody,
        response: { 200: receiptSchema, 201: receiptSchema },
      },
    },
    async (request, reply) => {
      const receivedAt = request.receivedAt;
      const key = requirePrecondition(request, 'idempotency-key');
      const { receipt, replayed } = await submitApplication(ctx, principalOf(request), {
        applicationId: request.params.id,
        idempotencyKey: key,
        receivedAt,
        locale: localeOf(request),
        screeningRequest: request.body?.screeningRequest,
      });
      return reply
        .code(replayed ? 200 : 201)
        .send({ ...receipt, receivedAtOslo: toOsloIsoString(new Date(receipt.receivedAt)) });
    },
  );

  r.get(
    '/api/applications/:id/submissions',
    {
      config: { action: 'application.read' },
      schema: {
        tags,
        summary: 'The submitted versions with their receipts',
        params: applicationIdParams,
        response: { 200: submissionListSchema },
      },
    },
    async (request) => readSubmissionSummaries(ctx, request.principal, request.params.id),
  );

  r.get(
    '/api/applications/:id/submissions/:submissionId',
    {
      config: { action: 'application.read' },
      schema: {
        tags,
        summary: 'One submitted version with its stored snapshot',
        params: submissionParams,
        response: { 200: submissionDetailSchema },
      },
    },
    async (request) => {
      const all = await readSubmissionSummaries(ctx, request.principal, request.params.id);
      const summary = all.find((s) => s.id === request.params.submissionId);
      const row = summary ? await findSubmission(ctx.store.db, summary.id) : undefined;
      if (!summary || !row) throw new AppError('submission_not_found');
      return { ...summary, snapshot: JSON.parse(row.snapshot) as unknown };
    },
  );

  r.post(
    '/api/applications/:id/withdrawal',
    {
      config: { action: 'application.withdraw' },
      schema: {
        tags,
        summary: 'Withdraw the submitted application before the deadline',
        params: applicationIdParams,
        response: { 200: applicationViewSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await withdrawApplication(ctx, principal, request.params.id);
      return readApplication(ctx, principal, request.params.id);
    },
  );
}
