/**
 * Appeals (klage), the applicant's own decision and the public award list (R28, R29): exactly the
 * endpoints and shapes of src/web/api/decision-types.ts. Handlers: parse → authorise → call.
 */
import type { FastifyInstance } from 'fastify';
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
import { fileAppeal } from '../../services/decisions/file-appeal.js';
import { readOwnDecision, readOwnLetter } from '../../services/decisions/own-decision.js';
import { publicAwardsCsv, readPublicAwards } from '../../services/decisions/read-public-awards.js';
import { reconsiderAppeal } from '../../services/decisions/reconsider-appeal.js';
import { sendCsv } from '../documents/send-file.js';
import { sendLetter } from './send-letter.js';
import {
  appealBody,
  appealDetailSchema,
  appealParams,
  appealSummarySchema,
  applicationParams,
  callParams,
  forwardBody,
  ownAppealSchema,
  ownDecisionSchema,
  preliminaryReplyBody,
  publicAwardSchema,
  reconsiderBody,
  settleBody,
} from './schema.js';

export function registerAppealRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['decisions'];
  const db = ctx.store.db;

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
    async (request) =>
      readOwnDecision(db, request.principal, request.params.applicationId, (id) => callOf(ctx, id)),
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
      return sendCsv(reply, `awards-${request.params.callId}.csv`, publicAwardsCsv(awards));
    },
  );
}
