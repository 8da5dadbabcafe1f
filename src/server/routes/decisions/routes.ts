/**
 * Decisions, letters and appeals (R28, R29): exactly the endpoints and shapes of
 * src/web/api/decision-types.ts. Handlers: parse → authorise (config.action) → call → shape.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../auth/principal-of.js';
import type { AppContext } from '../../context.js';
import { localeOf } from '../../i18n/locale.js';
import { limitPdfPerUser } from '../../plugins/work-limits.js';
import { callOf } from '../../services/applications/access.js';
import {
  forwardAppeal,
  sendPreliminaryReply,
  settleAppeal,
} from '../../services/decisions/answer-appeal.js';
import { readAppeal, readAppeals } from '../../services/decisions/appeal-view.js';
import { approveDecision, approveDecisions } from '../../services/decisions/approve-decision.js';
import { changeReasons } from '../../services/decisions/change-reasons.js';
import { readDecisionJob } from '../../services/decisions/decision-jobs.js';
import { readDecisionDetail } from '../../services/decisions/decision-view.js';
import { fileAppeal } from '../../services/decisions/file-appeal.js';
import { startIssueDecisions } from '../../services/decisions/issue-decisions.js';
import { readOwnDecision, readOwnLetter } from '../../services/decisions/own-decision.js';
import { startPrepareDecisions } from '../../services/decisions/prepare-decisions.js';
import { publicAwardsCsv, readPublicAwards } from '../../services/decisions/read-public-awards.js';
import { readDecisionList } from '../../services/decisions/read-decisions.js';
import { readDecisionLetter, type LetterFile } from '../../services/decisions/read-letter.js';
import { reconsiderAppeal } from '../../services/decisions/reconsider-appeal.js';
import { sendFile } from '../documents/send-file.js';
import {
  appealBody,
  appealDetailSchema,
  appealParams,
  appealSummarySchema,
  applicationParams,
  bulkAnswerSchema,
  bulkApproveBody,
  callParams,
  decisionDetailSchema,
  decisionJobSchema,
  decisionListSchema,
  decisionParams,
  emptyBody,
  forwardBody,
  jobParams,
  letterQuery,
  ownAppealSchema,
  ownDecisionSchema,
  preliminaryReplyBody,
  publicAwardSchema,
  reasonsChangeBody,
  reconsiderBody,
  settleBody,
} from './schema.js';

function sendLetter(reply: FastifyReply, file: LetterFile): FastifyReply {
  if (file.sha256) reply.header('x-content-sha256', file.sha256);
  return sendFile(reply, {
    bytes: file.pdf,
    fileName: file.fileName,
    mediaType: 'application/pdf',
  });
}

export function registerDecisionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['decisions'];
  const db = ctx.store.db;

  r.get(
    '/api/calls/:callId/decisions',
    {
      config: { action: 'decision.read' },
      schema: {
        tags,
        summary: 'Decisions of a call with counts per state and the running job (R28)',
        params: callParams,
        response: { 200: decisionListSchema },
      },
    },
    async (request) => readDecisionList(ctx, callOf(ctx, request.params.callId)),
  );

  r.post(
    '/api/calls/:callId/decisions/prepare',
    {
      config: { action: 'decision.prepare' },
      schema: {
        tags,
        summary: 'Draft a decision for every case of the approved allocation, as a job',
        params: callParams,
        body: emptyBody,
        response: { 202: decisionJobSchema },
      },
    },
    async (request, reply) => {
      const call = callOf(ctx, request.params.callId);
      const job = await startPrepareDecisions(ctx, principalOf(request), call, request.receivedAt);
      return reply.code(202).send(job);
    },
  );

  r.get(
    '/api/decision-jobs/:jobId',
    {
      config: { action: 'decision.read' },
      schema: {
        tags,
        summary: 'Progress of a prepare or issue job',
        params: jobParams,
        response: { 200: decisionJobSchema },
      },
    },
    async (request) => readDecisionJob(ctx, request.params.jobId),
  );

  r.get(
    '/api/decisions/:decisionId',
    {
      config: { action: 'decision.read' },
      schema: {
        tags,
        summary: 'One decision with its reasons and history',
        params: decisionParams,
        response: { 200: decisionDetailSchema },
      },
    },
    async (request) => readDecisionDetail(db, request.params.decisionId),
  );

  r.put(
    '/api/decisions/:decisionId/reasons',
    {
      config: { action: 'decision.prepare' },
      schema: {
        tags,
        summary: "Change a drafted decision's reasons (based on the version read)",
        params: decisionParams,
        body: reasonsChangeBody,
        response: { 200: decisionDetailSchema },
      },
    },
    async (request) =>
      changeReasons(
        ctx,
        principalOf(request),
        request.params.decisionId,
        request.body,
        localeOf(request),
        request.receivedAt,
      ),
  );

  r.post(
    '/api/decisions/:decisionId/approve',
    {
      config: { action: 'decision.approve' },
      schema: {
        tags,
        summary: 'Approve a drafted decision (four eyes: never one you drafted)',
        params: decisionParams,
        body: emptyBody,
        response: { 200: decisionDetailSchema },
      },
    },
    async (request) =>
      approveDecision(ctx, principalOf(request), request.params.decisionId, request.receivedAt),
  );

  r.post(
    '/api/calls/:callId/decisions/approve',
    {
      config: { action: 'decision.approve' },
      schema: {
        tags,
        summary: 'Approve several drafted decisions; each refusal is named',
        params: callParams,
        body: bulkApproveBody,
        response: { 200: bulkAnswerSchema },
      },
    },
    async (request) =>
      approveDecisions(
        ctx,
        principalOf(request),
        callOf(ctx, request.params.callId),
        request.body.decisionIds,
        localeOf(request),
        request.receivedAt,
      ),
  );

  r.post(
    '/api/calls/:callId/decisions/issue',
    {
      config: { action: 'decision.issue' },
      schema: {
        tags,
        summary: 'Issue every approved decision: letters dated, stored, e-mailed (a job)',
        params: callParams,
        body: emptyBody,
        response: { 202: decisionJobSchema },
      },
    },
    async (request, reply) => {
      const call = callOf(ctx, request.params.callId);
      const job = await startIssueDecisions(ctx, principalOf(request), call, request.receivedAt);
      return reply.code(202).send(job);
    },
  );

  r.get(
    '/api/decisions/:decisionId/letter.pdf',
    {
      config: { action: 'decision.read' },
      preHandler: limitPdfPerUser(ctx),
      schema: {
        tags,
        summary: 'The letter: nb/nn the stored PDF as sent, en a courtesy copy',
        params: decisionParams,
        querystring: letterQuery,
      },
    },
    async (request, reply) =>
      sendLetter(
        reply,
        await readDecisionLetter(ctx, request.params.decisionId, request.query.lang),
      ),
  );

  r.get(
    '/api/calls/:callId/appeals',
    {
      config: { action: 'appeal.read' },
      schema: {
        tags,
        summary: 'Appeals (klager) of a call',
        params: callParams,
        response: { 200: appealSummarySchema.array() },
      },
    },
    async (request) => readAppeals(db, callOf(ctx, request.params.callId).id),
  );

  r.get(
    '/api/appeals/:appealId',
    {
      config: { action: 'appeal.read' },
      schema: {
        tags,
        summary: 'One appeal',
        params: appealParams,
        response: { 200: appealDetailSchema },
      },
    },
    async (request) => readAppeal(db, request.params.appealId),
  );

  r.post(
    '/api/appeals/:appealId/preliminary-reply',
    {
      config: { action: 'appeal.handle' },
      schema: {
        tags,
        summary: 'Send the party a preliminary reply (e-mailed)',
        params: appealParams,
        body: preliminaryReplyBody,
        response: { 200: appealDetailSchema },
      },
    },
    async (request) =>
      sendPreliminaryReply(
        ctx,
        principalOf(request),
        request.params.appealId,
        request.body,
        localeOf(request),
        request.receivedAt,
      ),
  );

  r.post(
    '/api/appeals/:appealId/forward',
    {
      config: { action: 'appeal.handle' },
      schema: {
        tags,
        summary: 'Uphold the decision and forward the appeal to the appeal body with a summary',
        params: appealParams,
        body: forwardBody,
        response: { 200: appealDetailSchema },
      },
    },
    async (request) =>
      forwardAppeal(
        ctx,
        principalOf(request),
        request.params.appealId,
        request.body,
        localeOf(request),
        request.receivedAt,
      ),
  );

  r.post(
    '/api/appeals/:appealId/reconsider',
    {
      config: { action: 'appeal.handle' },
      schema: {
        tags,
        summary: 'Change the decision: a new drafted decision within the pot, through four eyes',
        params: appealParams,
        body: reconsiderBody,
        response: { 200: appealDetailSchema },
      },
    },
    async (request) =>
      reconsiderAppeal(
        ctx,
        principalOf(request),
        request.params.appealId,
        request.body,
        localeOf(request),
        request.receivedAt,
      ),
  );

  r.post(
    '/api/appeals/:appealId/settle',
    {
      config: { action: 'appeal.handle' },
      schema: {
        tags,
        summary: "Record the appeal body's result and tell the party",
        params: appealParams,
        body: settleBody,
        response: { 200: appealDetailSchema },
      },
    },
    async (request) =>
      settleAppeal(
        ctx,
        principalOf(request),
        request.params.appealId,
        request.body,
        localeOf(request),
        request.receivedAt,
      ),
  );

  r.get(
    '/api/applications/:applicationId/decision',
    {
      config: { action: 'decision.own.read' },
      schema: {
        tags,
        summary: "The issued decision on one's own application",
        params: applicationParams,
        response: { 200: ownDecisionSchema },
      },
    },
    async (request) => readOwnDecision(db, request.principal, request.params.applicationId),
  );

  r.get(
    '/api/applications/:applicationId/decision/letter.pdf',
    {
      config: { action: 'decision.own.read' },
      preHandler: limitPdfPerUser(ctx),
      schema: {
        tags,
        summary: "The letter of the issued decision on one's own application, as sent",
        params: applicationParams,
      },
    },
    async (request, reply) =>
      sendLetter(reply, await readOwnLetter(db, request.principal, request.params.applicationId)),
  );

  r.post(
    '/api/applications/:applicationId/decision/appeal',
    {
      config: { action: 'appeal.file' },
      schema: {
        tags,
        summary: 'File a klage against an enkeltvedtak (a late one is taken in, flagged)',
        params: applicationParams,
        body: appealBody,
        response: { 201: ownAppealSchema },
      },
    },
    async (request, reply) => {
      const appeal = await fileAppeal(
        ctx,
        principalOf(request),
        request.params.applicationId,
        request.body,
        localeOf(request),
        request.receivedAt,
      );
      return reply.code(201).send(appeal);
    },
  );

  r.get(
    '/api/public/calls/:callId/awards',
    {
      config: { action: 'public.read' },
      schema: {
        tags,
        summary: 'Issued grants of a call (public)',
        params: callParams,
        response: { 200: publicAwardSchema.array() },
      },
    },
    async (request) => readPublicAwards(db, callOf(ctx, request.params.callId).id),
  );

  r.get(
    '/api/public/calls/:callId/awards.csv',
    {
      config: { action: 'public.read' },
      schema: {
        tags,
        summary: 'Issued grants of a call as CSV (UTF-8, ;, header in English)',
        params: callParams,
      },
    },
    async (request, reply) => {
      const awards = await readPublicAwards(db, callOf(ctx, request.params.callId).id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="awards-${request.params.callId}.csv"`)
        .send(publicAwardsCsv(awards));
    },
  );
}
