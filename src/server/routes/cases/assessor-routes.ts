import { nameForType } from '../../../documents/inspection/name-for-type.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AssessmentContent } from '../../../domain/cases/assessment-content.js';
import { principalOf } from '../../auth/principal-of.js';
import type { AppContext } from '../../context.js';
import { localeOf } from '../../i18n/locale.js';
import {
  listMyAssignments,
  readAssignmentAttachment,
  readMyAssignment,
  readWorkspace,
  saveAssessment,
} from '../../services/cases/assessments.js';
import {
  addAffiliation,
  listAssessors,
  readAssessor,
  removeAffiliation,
} from '../../services/cases/assessors.js';
import { declareImpartiality } from '../../services/cases/assignments.js';
import { sendFile } from '../documents/send-file.js';
import {
  affiliationBody,
  affiliationParams,
  assessmentBody,
  assessorParams,
  assignmentAttachmentParams,
  assignmentParams,
  declarationBody,
} from './schema.js';

/**
 * Assessors: the admin's register of their affiliations, and each assessor's own assignments,
 * declaration, workspace and assessment (R24–R26).
 */
export function registerAssessorRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  r.get(
    '/api/assessors',
    {
      config: { action: 'assessor.list' },
      schema: { tags, summary: 'Assessors with their affiliations' },
    },
    async () => listAssessors(ctx),
  );

  r.post(
    '/api/assessors/:userId/affiliations',
    {
      config: { action: 'assessor.manage' },
      schema: {
        tags,
        summary: "Register an assessor's tie to an organisation",
        params: assessorParams,
        body: affiliationBody,
      },
    },
    async (request, reply) => {
      await addAffiliation(ctx, principalOf(request), {
        userId: request.params.userId,
        ...request.body,
        locale: localeOf(request),
        at: request.receivedAt,
      });
      return reply.code(201).send(await readAssessor(ctx, request.params.userId));
    },
  );

  r.delete(
    '/api/assessors/:userId/affiliations/:affiliationId',
    {
      config: { action: 'assessor.manage' },
      schema: { tags, summary: "Remove an assessor's affiliation", params: affiliationParams },
    },
    async (request) => {
      await removeAffiliation(ctx, principalOf(request), {
        userId: request.params.userId,
        affiliationId: request.params.affiliationId,
        at: request.receivedAt,
      });
      return readAssessor(ctx, request.params.userId);
    },
  );

  r.get(
    '/api/assessor/assignments',
    {
      config: { action: 'assessment.list-own' },
      schema: { tags, summary: "The assessor's own assignments: parties only, never content" },
    },
    async (request) => listMyAssignments(ctx, principalOf(request)),
  );

  r.post(
    '/api/assessor/assignments/:assignmentId/declaration',
    {
      config: { action: 'assessment.declare' },
      schema: {
        tags,
        summary: 'Declare against the grounds of forvaltningsloven § 6 before seeing the case',
        params: assignmentParams,
        body: declarationBody,
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await declareImpartiality(ctx, principal, {
        assignmentId: request.params.assignmentId,
        grounds: request.body.grounds,
        explanation: request.body.explanation,
        locale: localeOf(request),
        at: request.receivedAt,
      });
      return readMyAssignment(ctx, principal, request.params.assignmentId);
    },
  );

  r.get(
    '/api/assessor/assignments/:assignmentId',
    {
      config: { action: 'assessment.read-own' },
      schema: {
        tags,
        summary: 'The case content and own assessment (403 before the declaration)',
        params: assignmentParams,
      },
    },
    async (request) => readWorkspace(ctx, principalOf(request), request.params.assignmentId),
  );

  r.get(
    '/api/assessor/assignments/:assignmentId/attachments/:attachmentId',
    {
      config: { action: 'assessment.read-own' },
      schema: {
        tags,
        summary: 'Download a file of the submitted version (after the declaration)',
        params: assignmentAttachmentParams,
      },
    },
    async (request, reply) => {
      const row = await readAssignmentAttachment(
        ctx,
        principalOf(request),
        request.params.assignmentId,
        request.params.attachmentId,
      );
      return sendFile(reply, {
        bytes: row.content,
        fileName: nameForType(row.file_name, row.media_type),
        mediaType: row.media_type,
      });
    },
  );

  /** A draft save (PUT) and the submission (POST) differ only in how whole the content must be. */
  const saveAs =
    (submit: boolean) =>
    async (
      request: FastifyRequest<{ Params: { assignmentId: string }; Body: AssessmentContent }>,
    ) => {
      const principal = principalOf(request);
      await saveAssessment(ctx, principal, {
        assignmentId: request.params.assignmentId,
        content: request.body,
        submit,
        locale: localeOf(request),
        at: request.receivedAt,
      });
      return readWorkspace(ctx, principal, request.params.assignmentId);
    };

  r.put(
    '/api/assessor/assignments/:assignmentId/assessment',
    {
      config: { action: 'assessment.write' },
      schema: {
        tags,
        summary: 'Save the private draft of the assessment (partial content allowed)',
        params: assignmentParams,
        body: assessmentBody,
      },
    },
    saveAs(false),
  );

  r.post(
    '/api/assessor/assignments/:assignmentId/assessment/submit',
    {
      config: { action: 'assessment.write' },
      schema: {
        tags,
        summary: 'Submit the assessment: every criterion scored and justified; then locked',
        params: assignmentParams,
        body: assessmentBody,
      },
    },
    saveAs(true),
  );
}
