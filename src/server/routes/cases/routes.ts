import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { listCases, listNotSubmitted } from '../../../store/repositories/cases.repository.js';
import { principalOf } from '../../auth/principal-of.js';
import type { AppContext } from '../../context.js';
import { localeOf } from '../../i18n/locale.js';
import { callOf } from '../../services/applications/access.js';
import { reopenAssessment } from '../../services/cases/assessments.js';
import { assignAssessor, removeAssignment } from '../../services/cases/assignments.js';
import { recordConsensus } from '../../services/cases/consensus.js';
import { buildCasesCsv, buildCasesXlsx } from '../../services/cases/export.js';
import { completeFormalCheck, decideFinding } from '../../services/cases/formal-check.js';
import { ensureIntake, readCaseFacets } from '../../services/cases/intake.js';
import { readExportRows, readPanel } from '../../services/cases/panel-and-export.js';
import { caseListItemOf, readCaseDetail } from '../../services/cases/read-case.js';
import {
  assignBody,
  callParams,
  caseAssignmentParams,
  caseFilterQuery,
  caseListQuery,
  caseParams,
  consensusBody,
  findingDecisionBody,
  findingParams,
  reasonBody,
} from './schema.js';

/** Case handling: intake, case list, formal check, assessors, assessments, consensus, exports. */
export function registerCaseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  /** The call, with its intake closed first if the deadline has passed (every request checks). */
  async function closedCall(callId: string, request: FastifyRequest) {
    const call: CallDefinition = callOf(ctx, callId);
    const intake = await ensureIntake(ctx, call, request.receivedAt);
    return { call, intake };
  }

  const caseDetail = (caseId: string) => readCaseDetail(ctx, caseId);

  r.get(
    '/api/calls/:callId/intake',
    {
      config: { action: 'case.list' },
      schema: {
        tags,
        summary: 'Whether intake has closed, and how many cases it made',
        params: callParams,
      },
    },
    async (request) => (await closedCall(request.params.callId, request)).intake,
  );

  r.get(
    '/api/calls/:callId/cases',
    {
      config: { action: 'case.list' },
      schema: {
        tags,
        summary: 'The cases of a call: filtered, sorted and paged in the database',
        params: callParams,
        querystring: caseListQuery,
      },
    },
    async (request) => {
      const { call, intake } = await closedCall(request.params.callId, request);
      const { sort, dir, page, pageSize, status, ...filter } = request.query;
      const [list, facets] = await Promise.all([
        listCases(ctx.store.db, call.id, {
          ...filter,
          statuses: status,
          sort,
          dir,
          limit: pageSize,
          offset: (page - 1) * pageSize,
        }),
        readCaseFacets(ctx, call.id, intake),
      ]);
      return {
        intake,
        total: list.total,
        page,
        pageSize,
        items: list.rows.map(caseListItemOf),
        facets,
      };
    },
  );

  r.get(
    '/api/calls/:callId/cases/not-submitted',
    {
      config: { action: 'case.list' },
      schema: {
        tags,
        summary: 'Applications that did not become cases: drafts never submitted, or withdrawn',
        params: callParams,
      },
    },
    async (request) => {
      const { call, intake } = await closedCall(request.params.callId, request);
      if (!intake.closed) return [];
      const rows = await listNotSubmitted(ctx.store.db, call.id);
      return rows.map((row) => {
        const project = row.project_content
          ? (JSON.parse(row.project_content) as { title?: unknown })
          : {};
        return {
          applicationId: row.application_id,
          institution: { orgnr: row.institution_orgnr, name: row.institution_name },
          title: typeof project.title === 'string' ? project.title : null,
          status: row.status,
          updatedAt: row.updated_at,
        };
      });
    },
  );

  for (const format of ['xlsx', 'csv'] as const) {
    r.get(
      `/api/calls/:callId/cases/export.${format}`,
      {
        config: { action: 'case.export' },
        schema: {
          tags,
          summary: `The case list with scores and consensus as ${format.toUpperCase()}`,
          params: callParams,
          querystring: caseFilterQuery.extend({
            lang: z.enum(['nb', 'nn', 'en']).optional().describe('Language of the headings'),
          }),
        },
      },
      async (request, reply) => {
        const { call } = await closedCall(request.params.callId, request);
        const { status, lang, ...filter } = request.query;
        const rows = await readExportRows(ctx, call, { ...filter, statuses: status });
        const options = {
          locale: lang ?? localeOf(request),
          criteria: call.criteria,
          now: request.receivedAt,
        };
        const name = `saker-${call.id}.${format}`;
        reply.header('content-disposition', `attachment; filename="${name}"`);
        reply.header('cache-control', 'no-store');
        if (format === 'csv') {
          return reply.type('text/csv; charset=utf-8').send(buildCasesCsv(rows, options));
        }
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await buildCasesXlsx(rows, options));
      },
    );
  }

  r.get(
    '/api/calls/:callId/panel',
    {
      config: { action: 'case.list' },
      schema: {
        tags,
        summary: "Per criterion: the spread of scores and Krippendorff's alpha (ordinal)",
        params: callParams,
      },
    },
    async (request) => {
      const { call } = await closedCall(request.params.callId, request);
      return readPanel(ctx, call);
    },
  );

  r.get(
    '/api/cases/:caseId',
    {
      config: { action: 'case.read' },
      schema: {
        tags,
        summary: 'One case: submitted version, formal check, assessments',
        params: caseParams,
      },
    },
    async (request) => caseDetail(request.params.caseId),
  );

  r.put(
    '/api/cases/:caseId/findings/:findingKey',
    {
      config: { action: 'case.formal-check' },
      schema: {
        tags,
        summary: 'Confirm a finding, or overrule it with a reason (R23)',
        params: findingParams,
        body: findingDecisionBody,
      },
    },
    async (request) => {
      await decideFinding(ctx, principalOf(request), {
        caseId: request.params.caseId,
        findingKey: request.params.findingKey,
        decision: request.body.decision,
        reason: request.body.reason,
        locale: localeOf(request),
        at: request.receivedAt,
      });
      return caseDetail(request.params.caseId);
    },
  );

  r.post(
    '/api/cases/:caseId/formal-check/complete',
    {
      config: { action: 'case.formal-check' },
      schema: {
        tags,
        summary: 'Complete the formal check: passed, or proposed for rejection with reasons',
        params: caseParams,
      },
    },
    async (request) => {
      await completeFormalCheck(ctx, principalOf(request), {
        caseId: request.params.caseId,
        locale: localeOf(request),
        at: request.receivedAt,
      });
      return caseDetail(request.params.caseId);
    },
  );

  r.post(
    '/api/cases/:caseId/assignments',
    {
      config: { action: 'case.assign' },
      schema: {
        tags,
        summary: 'Assign an assessor; 409 with the conflicts unless overridden with a reason (R26)',
        params: caseParams,
        body: assignBody,
      },
    },
    async (request, reply) => {
      await assignAssessor(ctx, principalOf(request), {
        caseId: request.params.caseId,
        assessorUserId: request.body.assessorUserId,
        overrideReason: request.body.overrideReason,
        locale: localeOf(request),
        at: request.receivedAt,
      });
      return reply.code(201).send(await caseDetail(request.params.caseId));
    },
  );

  r.delete(
    '/api/cases/:caseId/assignments/:assignmentId',
    {
      config: { action: 'case.assign' },
      schema: { tags, summary: 'Remove an assessor from the case', params: caseAssignmentParams },
    },
    async (request) => {
      await removeAssignment(ctx, principalOf(request), {
        caseId: request.params.caseId,
        assignmentId: request.params.assignmentId,
        at: request.receivedAt,
      });
      return caseDetail(request.params.caseId);
    },
  );

  r.post(
    '/api/cases/:caseId/assessments/:assignmentId/reopen',
    {
      config: { action: 'case.assessment.reopen' },
      schema: {
        tags,
        summary: 'Reopen a submitted assessment, with a reason',
        params: caseAssignmentParams,
        body: reasonBody,
      },
    },
    async (request) => {
      await reopenAssessment(ctx, principalOf(request), {
        caseId: request.params.caseId,
        assignmentId: request.params.assignmentId,
        reason: request.body.reason,
        locale: localeOf(request),
        at: request.receivedAt,
      });
      return caseDetail(request.params.caseId);
    },
  );

  r.put(
    '/api/cases/:caseId/consensus',
    {
      config: { action: 'case.consensus' },
      schema: {
        tags,
        summary: 'Record the consensus per criterion, the conclusion and any dissent',
        params: caseParams,
        body: consensusBody,
      },
    },
    async (request) => {
      await recordConsensus(ctx, principalOf(request), {
        caseId: request.params.caseId,
        content: request.body,
        locale: localeOf(request),
        at: request.receivedAt,
      });
      return caseDetail(request.params.caseId);
    },
  );
}
