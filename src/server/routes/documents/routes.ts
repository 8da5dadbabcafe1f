/**
 * Documents: uploaded attachments (R10), the cooperation agreement as .docx, and the PDF/A receipt
 * and copy of a submission for the applicant and for case officers.
 */
import { principalOf } from '../../auth/principal-of.js';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import { localeOf } from '../../i18n/locale.js';
import {
  generateAgreement,
  generateAgreementTemplate,
} from '../../services/documents/generate-agreement.js';
import {
  generateSubmissionDocument,
  type SubmissionDocumentKind,
} from '../../services/documents/generate-submission-document.js';
import { listAttachments } from '../../services/documents/list-attachments.js';
import { readAttachment } from '../../services/documents/read-attachment.js';
import { readSubmittedAttachment } from '../../services/documents/read-submitted-attachment.js';
import { uploadAttachment } from '../../services/documents/upload-attachment.js';
import { createInspectionPool } from '../../../documents/inspection/inspection-pool.js';
import { nameForType } from '../../../documents/inspection/name-for-type.js';
import { readUpload } from './read-upload.js';
import {
  applicationIdParams,
  attachmentListSchema,
  attachmentParams,
  callParamsSchema,
  officerAttachmentParams,
  officerSubmissionParams,
  submissionParams,
  templateQuery,
  uploadAnswerSchema,
} from './schema.js';
import { limitPdfPerUser } from '../../plugins/work-limits.js';
import { sendFile } from './send-file.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = 'application/pdf';

/** The largest file any call accepts: the parser's hard stop, above every kind's own limit. */
function largestAttachment(ctx: AppContext): number {
  return Math.max(1, ...ctx.calls.flatMap((call) => call.attachmentKinds.map((k) => k.maxBytes)));
}

export function registerDocumentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['documents'];
  // Started lazily at the first upload; stopped with the server (docs/adr/0014).
  const inspector = createInspectionPool({
    size: ctx.config.inspection.workers,
    budgetMs: ctx.config.inspection.budgetMs,
    memoryMb: ctx.config.inspection.memoryMb,
    maxWaiting: ctx.config.inspection.maxWaiting,
    onStopped: (why) => app.log.warn({ why }, 'upload inspection stopped; worker replaced'),
  });
  app.addHook('onClose', () => inspector.close());

  // Multipart only where files are taken in, with hard limits; every other route stays JSON.
  void app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: {
        fileSize: largestAttachment(ctx) + 1,
        files: 1,
        fields: 4,
        fieldSize: 1024,
        parts: 6,
        headerPairs: 50,
      },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/applications/:id/attachments',
      {
        config: { action: 'attachment.upload' },
        schema: {
          tags,
          summary: 'Upload a file (multipart: field kind, optional itemId, then the file)',
          description:
            'The type is decided from the content, in a worker thread with a time and memory budget. Refused with a specific problem code: empty, too large (413, the upload stops at the limit), executable, archive, encrypted PDF, a type the kind does not allow, a Word file that inflates absurdly or cannot be read, a file that could not be checked within the budget; 503 when every inspection worker is busy. PDFs with JavaScript or embedded files, PDFs whose deep check ran out of time, and Word files with macros are accepted with a warning. The stored name ends in the extension of the detected type (a mismatched one is replaced, with a warning). The attachments section is updated to refer to the new file; an earlier file of the item stays in the history.',
          params: applicationIdParams,
          consumes: ['multipart/form-data'],
          response: { 201: uploadAnswerSchema },
        },
      },
      async (request, reply) => {
        const locale = localeOf(request);
        const result = await uploadAttachment(ctx, principalOf(request), {
          applicationId: request.params.id,
          receivedAt: request.receivedAt,
          locale,
          readFile: (call) => readUpload(request, call, locale),
          inspector,
        });
        return reply.code(201).header('location', result.attachment.downloadUrl).send(result);
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/applications/:id/attachments',
    {
      config: { action: 'attachment.read' },
      schema: {
        tags,
        summary: 'Every uploaded file of the application, each version, the current ones marked',
        params: applicationIdParams,
        response: { 200: attachmentListSchema },
      },
    },
    async (request) =>
      listAttachments(ctx, request.principal, request.params.id, localeOf(request)),
  );

  r.get(
    '/api/applications/:id/attachments/:attachmentId',
    {
      config: { action: 'attachment.read' },
      schema: { tags, summary: 'Download one uploaded file', params: attachmentParams },
    },
    async (request, reply) => {
      const row = await readAttachment(
        ctx,
        request.principal,
        request.params.id,
        request.params.attachmentId,
      );
      return sendFile(reply, {
        bytes: row.content,
        fileName: nameForType(row.file_name, row.media_type),
        mediaType: row.media_type,
      });
    },
  );

  r.get(
    '/api/applications/:id/agreement.docx',
    {
      config: { action: 'application.document.read' },
      schema: {
        tags,
        summary: 'The cooperation agreement (R10), pre-filled from the application, as Word',
        params: applicationIdParams,
      },
    },
    async (request, reply) => {
      const file = await generateAgreement(ctx, request.principal, request.params.id);
      return sendFile(reply, { ...file, mediaType: DOCX });
    },
  );

  r.get(
    '/api/calls/:callId/agreement-template.docx',
    {
      config: { action: 'public.read' },
      schema: {
        tags,
        summary: 'The blank cooperation agreement template of a call (R10), as Word',
        params: callParamsSchema,
        querystring: templateQuery,
      },
    },
    async (request, reply) => {
      const file = await generateAgreementTemplate(
        ctx,
        request.params.callId,
        request.query.language ?? 'nb',
      );
      return sendFile(reply, { ...file, mediaType: DOCX });
    },
  );

  r.get(
    '/api/submissions/:submissionId/attachments/:attachmentId',
    {
      config: { action: 'submission.document.read' },
      schema: {
        tags,
        summary: 'Download a file as submitted, for case officers (only files the snapshot names)',
        params: officerAttachmentParams,
      },
    },
    async (request, reply) => {
      const row = await readSubmittedAttachment(
        ctx,
        request.params.submissionId,
        request.params.attachmentId,
        request.principal,
      );
      return sendFile(reply, {
        bytes: row.content,
        fileName: nameForType(row.file_name, row.media_type),
        mediaType: row.media_type,
      });
    },
  );

  for (const kind of ['receipt', 'copy'] as const satisfies SubmissionDocumentKind[]) {
    const what = kind === 'receipt' ? 'The receipt' : 'The full copy';
    r.get(
      `/api/applications/:id/submissions/:submissionId/${kind}.pdf`,
      {
        config: { action: 'application.document.read' },
        preHandler: limitPdfPerUser(ctx),
        schema: {
          tags,
          summary: `${what} of a submission as PDF/A, from its snapshot`,
          params: submissionParams,
        },
      },
      async (request, reply) => {
        const file = await generateSubmissionDocument(
          ctx,
          {
            as: 'applicant',
            principal: request.principal,
            ...request.params,
            applicationId: request.params.id,
          },
          kind,
        );
        return sendFile(reply, { ...file, mediaType: PDF });
      },
    );
    r.get(
      `/api/submissions/:submissionId/${kind}.pdf`,
      {
        config: { action: 'submission.document.read' },
        preHandler: limitPdfPerUser(ctx),
        schema: {
          tags,
          summary: `${what} of any submission as PDF/A, for case officers`,
          params: officerSubmissionParams,
        },
      },
      async (request, reply) => {
        const file = await generateSubmissionDocument(
          ctx,
          { as: 'officer', submissionId: request.params.submissionId },
          kind,
        );
        return sendFile(reply, { ...file, mediaType: PDF });
      },
    );
  }
}
