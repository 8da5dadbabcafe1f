/**
 * Prepare decisions (R28): one drafted decision for every case of the approved allocation and
 * every case the formal check rejected, as a background job; 409 without an approved allocation.
 * Reasons are drafted from the record in the applicant's language. Running it again drafts only
 * the cases still without a decision.
 */
import type { Principal } from '../../../domain/access/roles.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { inTransaction } from '../../../store/create-store.js';
import {
  insertDecision,
  listDecidedCaseIds,
} from '../../../store/repositories/decisions.repository.js';
import type { DecisionJob } from '../../../web/api/decision-types.js';
import type { AppContext } from '../../context.js';
import type { JobHandler, JobLog } from '../../jobs/job-runner.js';
import { callOf } from '../applications/access.js';
import {
  draftRow,
  findApprovedScenario,
  loadDraftBasis,
  outcomeOfCase,
  reasonsOfCase,
} from './decision-draft.js';
import { decisionJobHandler, startDecisionJob, type DecisionJobWork } from './decision-jobs.js';
import { recordDecisionEvent } from './decision-view.js';

export async function startPrepareDecisions(
  ctx: AppContext,
  principal: Principal,
  call: CallDefinition,
  at: Date,
): Promise<DecisionJob> {
  await findApprovedScenario(ctx.store.db, call.id);
  return startDecisionJob(ctx, principal, call.id, 'prepare', at);
}

/** Drafts the decisions still missing, one transaction per case. */
export async function planPrepareDecisions(
  ctx: AppContext,
  principal: Principal,
  call: CallDefinition,
): Promise<DecisionJobWork> {
  const db = ctx.store.db;
  const basis = await loadDraftBasis(db, call);
  const decided = await listDecidedCaseIds(db, call.id);
  return {
    ids: basis.caseIds.filter((id) => !decided.has(id)),
    one: async (caseId) => {
      const at = ctx.clock.now();
      const outcome = outcomeOfCase(basis, caseId);
      const reasons = reasonsOfCase(ctx, basis, caseId, outcome, at);
      const row = await draftRow(db, {
        callId: call.id,
        caseId,
        scenarioId: outcome.kind === 'avvist' ? null : basis.scenario.id,
        outcome,
        reasons,
        draftedBy: principal.userId,
        at,
      });
      await inTransaction(ctx.store, async (tx) => {
        if (!(await insertDecision(tx, row))) return;
        await recordDecisionEvent(tx, principal, {
          decisionId: row.id,
          callId: call.id,
          action: 'drafted',
          detail: { caseId, kind: row.kind, track: row.track, grantNok: row.grant_nok },
          at,
        });
      });
    },
  };
}

/** Every case still without a decision, drafted in the job (also used by the demo's jump). */
export async function prepareDecisionsNow(
  ctx: AppContext,
  principal: Principal,
  call: CallDefinition,
): Promise<number> {
  const work = await planPrepareDecisions(ctx, principal, call);
  for (const id of work.ids) await work.one(id);
  return work.ids.length;
}

export function prepareDecisionsJob(ctx: AppContext, log: JobLog): JobHandler {
  return decisionJobHandler(ctx, log, 'prepare', (principal, callId) =>
    planPrepareDecisions(ctx, principal, callOf(ctx, callId)),
  );
}
