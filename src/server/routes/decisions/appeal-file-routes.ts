/**
 * A klage's files (R28): the party uploads them one by one while writing (multipart, one file),
 * and both the party and the officer download them. Shapes in src/web/api/decision-types.ts.
 */
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createInspectionPool } from '../../../documents/inspection/inspection-pool.js';
import { appealFileKind } from '../../../domain/call/call-decision-schema.js';
import { principalOf } from '../../auth/principal-of.js';
import type { AppContext } from '../../context.js';
import { localeOf } from '../../i18n/locale.js';
import {
  readFiledAppealFile,
  readOwnAppealFile,
} from '../../services/decisions/read-appeal-file.js';
import { uploadAppealFile } from '../../services/decisions/upload-appeal-file.js';
import { readOneFile } from '../documents/read-upload.js';
import { sendFile } from '../documents/send-file.js';
import {
  appealFileParams,
  appealFileSchema,
  applicationParams,
  officerAppealFileParams,
} from './schema.js';

export function registerAppealFileRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['decisions'];
  const db = ctx.store.db;
  // A klage's files are few: one worker, started at the first upload (docs/adr/0014).
  const inspector = createInspectionPool({
    size: 1,
    budgetMs: ctx.config.inspection.budgetMs,
    memoryMb: ctx.config.inspection.memoryMb,
    maxWaiting: ctx.config.inspection.maxWaiting,
    onStopped: (why) => app.log.warn({ why }, 'appeal file inspection stopped; worker replaced'),
  });
  app.addHook('onClose', () => inspector.close());
  const largest = Math.max(1, ...ctx.calls.map((call) => appealFileKind(call).maxBytes));

  void app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: largest + 1, files: 1, fields: 2, fieldSize: 256, parts: 3 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/applications/:applicationId/decision/appeal/files',
      {
        config: { action: 'appeal.file' },
        schema: {
          tags,
          summary: 'Upload one file for a klage being written (multipart, field file)',
          description:
            "Judged by its content and virus-scanned as an application file is; stored against the decision, unfiled until the klage names it in fileIds. 422 `appeal_not_open` when no klage can be filed; 422 `appeal_files_full` past the call's limit.",
          params: applicationParams,
          consumes: ['multipart/form-data'],
          response: { 201: appealFileSchema },
        },
      },
      async (request, reply) => {
        const locale = localeOf(request);
        const file = await uploadAppealFile(ctx, principalOf(request), {
          applicationId: request.params.applicationId,
          locale,
          readFile: (kind) => readOneFile(request, kind, locale),
          inspector,
        });
        return reply.code(201).send(file);
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/applications/:applicationId/decision/appeal/files/:fileId',
    {
      config: { action: 'decision.own.read' },
      schema: { tags, summary: "A file of one's own klage", params: appealFileParams },
    },
    async (request, reply) => {
      const { applicationId, fileId } = request.params;
      const row = await readOwnAppealFile(db, request.principal, applicationId, fileId);
      return sendFile(reply, {
        bytes: row.content,
        fileName: row.file_name,
        mediaType: row.media_type,
      });
    },
  );

  r.get(
    '/api/appeals/:appealId/files/:fileId',
    {
      config: { action: 'appeal.read' },
      schema: { tags, summary: 'A file filed with a klage', params: officerAppealFileParams },
    },
    async (request, reply) => {
      const row = await readFiledAppealFile(db, request.params.appealId, request.params.fileId);
      return sendFile(reply, {
        bytes: row.content,
        fileName: row.file_name,
        mediaType: row.media_type,
      });
    },
  );
}
