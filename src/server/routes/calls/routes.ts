import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toCallSummary, toPublicCallView } from '../../../domain/call/public-view.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { callParamsSchema, callSummarySchema, publicCallViewSchema } from './schema.js';

export function registerCallRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/calls',
    {
      config: { action: 'public.read' },
      schema: {
        tags: ['calls'],
        summary: 'List the published calls',
        response: { 200: z.array(callSummarySchema) },
      },
    },
    async () => {
      const now = ctx.clock.now();
      return ctx.calls
        .map((call) => toCallSummary(call, now))
        .filter((summary) => summary.phase !== 'unpublished');
    },
  );

  r.get(
    '/api/calls/:callId',
    {
      config: { action: 'public.read' },
      schema: {
        tags: ['calls'],
        summary: 'The public page of a call',
        params: callParamsSchema,
        response: { 200: publicCallViewSchema },
      },
    },
    async (request) => {
      const call = ctx.calls.find((c) => c.id === request.params.callId);
      const view = call ? toPublicCallView(call, ctx.clock.now()) : undefined;
      if (!view || view.phase === 'unpublished') throw new AppError('call_not_found');
      return view;
    },
  );

  r.get(
    '/api/calls/:callId/assessment-frame',
    {
      config: { action: 'public.read' },
      schema: {
        tags: ['calls'],
        summary:
          'How the call assesses: criteria with their text, the scale, the holistic judgement',
        params: callParamsSchema,
      },
    },
    async (request) => {
      const call = ctx.calls.find((c) => c.id === request.params.callId);
      const view = call ? toPublicCallView(call, ctx.clock.now()) : undefined;
      if (!call || !view || view.phase === 'unpublished') throw new AppError('call_not_found');
      return {
        criteria: call.criteria.map((c) => ({
          id: c.id,
          title: c.title,
          description: c.description,
        })),
        scale: call.scale,
        holisticJudgement: call.holisticJudgement,
      };
    },
  );
}
