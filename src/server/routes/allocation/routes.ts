/**
 * Allocation (R27): the workspace, scenarios and their entries, the optimiser's proposal, four
 * eyes (propose, approve, return), comparison and the XLSX export. Exactly the endpoints and
 * shapes of src/web/api/allocation-types.ts. Handlers: parse → authorise (config.action) → call.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../auth/principal-of.js';
import type { AppContext } from '../../context.js';
import { localeOf } from '../../i18n/locale.js';
import { callOf } from '../../services/applications/access.js';
import { changeEntry } from '../../services/allocation/change-entry.js';
import { compareScenarios } from '../../services/allocation/compare-scenarios.js';
import { createScenario } from '../../services/allocation/create-scenario.js';
import { exportScenarioXlsx } from '../../services/allocation/export-scenario.js';
import {
  approveScenario,
  proposeScenario,
  returnScenario,
} from '../../services/allocation/move-scenario.js';
import { optimiseScenario } from '../../services/allocation/optimise-scenario.js';
import { readWorkspace } from '../../services/allocation/read-workspace.js';
import {
  deleteDraftScenario,
  renameScenario,
} from '../../services/allocation/rename-or-delete-scenario.js';
import { readScenario } from '../../services/allocation/scenario-access.js';
import {
  callParams,
  commentBody,
  compareQuery,
  comparisonSchema,
  entryChangeBody,
  entryParams,
  exportQuery,
  nameBody,
  newScenarioBody,
  returnBody,
  scenarioDetailSchema,
  scenarioParams,
  workspaceSchema,
} from './schema.js';

export function registerAllocationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['allocation'];
  const detail = { 200: scenarioDetailSchema };

  r.get(
    '/api/calls/:callId/allocation',
    {
      config: { action: 'allocation.read' },
      schema: {
        tags,
        summary: 'The allocation workspace: ranked cases, the baseline, the scenarios (R27)',
        params: callParams,
        response: { 200: workspaceSchema },
      },
    },
    async (request) => readWorkspace(ctx, callOf(ctx, request.params.callId), localeOf(request)),
  );

  r.post(
    '/api/calls/:callId/allocation/scenarios',
    {
      config: { action: 'allocation.edit' },
      schema: {
        tags,
        summary: 'A new scenario: empty, from the rank-order baseline, or a copy',
        params: callParams,
        body: newScenarioBody,
        response: { 201: scenarioDetailSchema },
      },
    },
    async (request, reply) => {
      const call = callOf(ctx, request.params.callId);
      const scenario = await createScenario(
        ctx,
        principalOf(request),
        call,
        request.body,
        localeOf(request),
        request.receivedAt,
      );
      return reply.code(201).send(scenario);
    },
  );

  r.post(
    '/api/calls/:callId/allocation/scenarios/optimise',
    {
      config: { action: 'allocation.edit' },
      schema: {
        tags,
        summary: "The optimiser's proposal as a new scenario, with its record and explanations",
        params: callParams,
        body: nameBody,
        response: { 201: scenarioDetailSchema },
      },
    },
    async (request, reply) => {
      const call = callOf(ctx, request.params.callId);
      const scenario = await optimiseScenario(ctx, principalOf(request), call, {
        name: request.body.name,
        locale: localeOf(request),
        at: request.receivedAt,
      });
      return reply.code(201).send(scenario);
    },
  );

  r.get(
    '/api/calls/:callId/allocation/compare',
    {
      config: { action: 'allocation.read' },
      schema: {
        tags,
        summary: 'Two scenarios side by side',
        params: callParams,
        querystring: compareQuery,
        response: { 200: comparisonSchema },
      },
    },
    async (request) =>
      compareScenarios(ctx, callOf(ctx, request.params.callId), request.query, localeOf(request)),
  );

  r.get(
    '/api/allocation/scenarios/:scenarioId',
    {
      config: { action: 'allocation.read' },
      schema: { tags, summary: 'One scenario', params: scenarioParams, response: detail },
    },
    async (request) => readScenario(ctx, request.params.scenarioId, localeOf(request)),
  );

  r.patch(
    '/api/allocation/scenarios/:scenarioId',
    {
      config: { action: 'allocation.edit' },
      schema: {
        tags,
        summary: 'Rename a scenario (draft or returned)',
        params: scenarioParams,
        body: nameBody,
        response: detail,
      },
    },
    async (request) =>
      renameScenario(ctx, principalOf(request), {
        scenarioId: request.params.scenarioId,
        name: request.body.name,
        locale: localeOf(request),
        at: request.receivedAt,
      }),
  );

  r.delete(
    '/api/allocation/scenarios/:scenarioId',
    {
      config: { action: 'allocation.edit' },
      schema: { tags, summary: 'Delete a draft scenario', params: scenarioParams },
    },
    async (request, reply) => {
      await deleteDraftScenario(ctx, principalOf(request), {
        scenarioId: request.params.scenarioId,
        at: request.receivedAt,
      });
      return reply.code(204).send();
    },
  );

  r.put(
    '/api/allocation/scenarios/:scenarioId/entries/:caseId',
    {
      config: { action: 'allocation.edit' },
      schema: {
        tags,
        summary: 'Place one case: main list with a grant, reserve list, or refused',
        params: entryParams,
        body: entryChangeBody,
        response: detail,
      },
    },
    async (request) =>
      changeEntry(ctx, principalOf(request), {
        scenarioId: request.params.scenarioId,
        caseId: request.params.caseId,
        body: request.body,
        locale: localeOf(request),
        at: request.receivedAt,
      }),
  );

  const moves = [
    ['propose', proposeScenario, 'allocation.propose', 'Propose the scenario as the allocation'],
    ['approve', approveScenario, 'allocation.approve', 'Approve the proposed allocation'],
  ] as const;
  for (const [verb, run, action, summary] of moves) {
    r.post(
      `/api/allocation/scenarios/:scenarioId/${verb}`,
      {
        config: { action },
        schema: { tags, summary, params: scenarioParams, body: commentBody, response: detail },
      },
      async (request) =>
        run(ctx, principalOf(request), {
          scenarioId: request.params.scenarioId,
          comment: request.body.comment?.trim() || null,
          locale: localeOf(request),
          at: request.receivedAt,
        }),
    );
  }

  r.post(
    '/api/allocation/scenarios/:scenarioId/return',
    {
      config: { action: 'allocation.approve' },
      schema: {
        tags,
        summary: 'Return the proposed allocation to the officer with a comment',
        params: scenarioParams,
        body: returnBody,
        response: detail,
      },
    },
    async (request) =>
      returnScenario(ctx, principalOf(request), {
        scenarioId: request.params.scenarioId,
        comment: request.body.comment,
        locale: localeOf(request),
        at: request.receivedAt,
      }),
  );

  r.get(
    '/api/allocation/scenarios/:scenarioId/export.xlsx',
    {
      config: { action: 'allocation.export' },
      schema: {
        tags,
        summary: 'A scenario as XLSX, headings in nb, nn or en',
        params: scenarioParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const { fileName, bytes } = await exportScenarioXlsx(ctx, request.params.scenarioId, {
        locale: request.query.lang ?? localeOf(request),
        now: request.receivedAt,
      });
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      reply.header('cache-control', 'no-store');
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(bytes);
    },
  );
}
