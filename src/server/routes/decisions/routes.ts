/**
 * Decisions and their letters (R28, R29), appeals in appeal-routes.ts: exactly the endpoints and shapes of
 * src/web/api/decision-types.ts. Handlers: parse → authorise (config.action) → call → shape.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../auth/principal-of.js';
import type { AppContext } from '../../context.js';
import { localeOf } from '../../i18n/locale.js';
import { limitPdfPerUser } from '../../plugins/work-limits.js';
import { callOf } from '../../services/applications/access.js';
import { approveDecision, approveDecisions } from '../../services/decisions/approve-decision.js';
import { changeReasons } from '../../services/decisions/change-reasons.js';
import { readDecisionJob } from '../../services/decisions/decision-jobs.js';
import { readDecisionDetail } from '../../services/decisions/decision-view.js';
import { startIssueDecisions } from '../../services/decisions/issue-decisions.js';
import { startPrepareDecisions } from '../../services/decisions/prepare-decisions.js';
import { readDecisionList } from '../../services/decisions/read-decisions.js';
import { readDecisionLetter } from '../../services/decisions/read-letter.js';
import { registerAppealFileRoutes } from './appeal-file-routes.js';
import { registerAppealRoutes } from './appeal-routes.js';
import { sendLetter } from './send-letter.js';
import {
  bulkAnswerSchema,
  bulkApproveBody,
  callParams,
  decisionDetailSchema,
  decisionJobSchema,
  decisionListSchema,
  decisionParams,
  emptyBody,
  jobParams,
  letterQuery,
  reasonsChangeBody,
} from './schema.js';

export function registerDecisionRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerAppealRoutes(app, ctx);
  registerAppealFileRoutes(app, ctx);
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
}
