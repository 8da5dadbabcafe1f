/**
 * Follow-up of grants (ADR 0025): the grantee accepts or declines; the officer lists a call's
 * grants with due and paid, records payments and downloads them as CSV for the accounting
 * system. Handlers: parse → authorise (config.action) → call → shape.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../auth/principal-of.js';
import type { AppContext } from '../../context.js';
import { localeOf } from '../../i18n/locale.js';
import { callOf } from '../../services/applications/access.js';
import { acceptGrant } from '../../services/followup/accept-grant.js';
import { declineGrant } from '../../services/followup/decline-grant.js';
import { exportPaymentsCsv } from '../../services/followup/export-payments.js';
import { readOwnGrant } from '../../services/followup/own-grant.js';
import { readGrants, readPayments } from '../../services/followup/read-grants.js';
import { recordPayment } from '../../services/followup/record-payment.js';
import {
  applicationParams,
  callParams,
  decisionParams,
  declineBody,
  emptyBody,
  grantListSchema,
  ownGrantSchema,
  paymentBody,
  paymentSchema,
} from './schema.js';
import { sendCsv } from '../documents/send-file.js';

export function registerFollowUpRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['follow-up'];
  const db = ctx.store.db;

  r.get(
    '/api/applications/:applicationId/grant',
    {
      config: { action: 'grant.own.read' },
      schema: {
        tags,
        summary: 'The grant of an issued decision: deadline, answer, payment plan, paid',
        params: applicationParams,
        response: { 200: ownGrantSchema.nullable() },
      },
    },
    async (request) =>
      readOwnGrant(ctx, principalOf(request), request.params.applicationId, request.receivedAt),
  );

  r.post(
    '/api/applications/:applicationId/grant/accept',
    {
      config: { action: 'grant.answer' },
      schema: {
        tags,
        summary: "Accept the grant letter's conditions (by the letter's deadline, once)",
        params: applicationParams,
        body: emptyBody,
        response: { 200: ownGrantSchema.nullable() },
      },
    },
    async (request) =>
      acceptGrant(ctx, principalOf(request), request.params.applicationId, request.receivedAt),
  );

  r.post(
    '/api/applications/:applicationId/grant/decline',
    {
      config: { action: 'grant.answer' },
      schema: {
        tags,
        summary: 'Decline the grant, with an optional reason; its money is freed',
        params: applicationParams,
        body: declineBody,
        response: { 200: ownGrantSchema.nullable() },
      },
    },
    async (request) =>
      declineGrant(
        ctx,
        principalOf(request),
        request.params.applicationId,
        request.body,
        request.receivedAt,
      ),
  );

  r.get(
    '/api/calls/:callId/grants',
    {
      config: { action: 'grant.read' },
      schema: {
        tags,
        summary: 'Grants of a call: acceptance, due and paid, and what was freed',
        params: callParams,
        response: { 200: grantListSchema },
      },
    },
    async (request) => readGrants(db, callOf(ctx, request.params.callId), request.receivedAt),
  );

  r.get(
    '/api/calls/:callId/payments',
    {
      config: { action: 'grant.read' },
      schema: {
        tags,
        summary: 'Payments recorded on the grants of a call',
        params: callParams,
        response: { 200: paymentSchema.array() },
      },
    },
    async (request) => readPayments(db, callOf(ctx, request.params.callId).id),
  );

  r.get(
    '/api/calls/:callId/payments.csv',
    {
      config: { action: 'grant.read' },
      schema: {
        tags,
        summary: 'Payments for the accounting system (docs/payments-csv.md)',
        params: callParams,
      },
    },
    async (request, reply) => {
      const call = callOf(ctx, request.params.callId);
      return sendCsv(reply, `payments-${call.id}.csv`, await exportPaymentsCsv(db, call.id));
    },
  );

  r.post(
    '/api/grants/:decisionId/payments',
    {
      config: { action: 'payment.record' },
      schema: {
        tags,
        summary: 'Record a payment (never before acceptance, never past the grant)',
        params: decisionParams,
        body: paymentBody,
        response: { 201: paymentSchema },
      },
    },
    async (request, reply) => {
      const payment = await recordPayment(
        ctx,
        principalOf(request),
        request.params.decisionId,
        request.body,
        localeOf(request),
        request.receivedAt,
      );
      return reply.code(201).send(payment);
    },
  );
}
