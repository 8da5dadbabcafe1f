/**
 * Decisions of a call as the officer and leader see them (R28): the list with counts per state,
 * the cases of the approved allocation still without one, and the job preparing or issuing them.
 */
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { DECISION_STATES, type DecisionState } from '../../../domain/decisions/decision-state.js';
import { listScenarios } from '../../../store/repositories/allocation.repository.js';
import { findOpenDecisionJob } from '../../../store/repositories/appeals.repository.js';
import { listDecisions, listUserNames } from '../../../store/repositories/decisions.repository.js';
import type { DecisionList } from '../../../web/api/decision-types.js';
import type { AppContext } from '../../context.js';
import { loadDraftBasis } from './decision-draft.js';
import { jobOf, namesNeeded, summaryOf } from './decision-view.js';

export async function readDecisionList(
  ctx: AppContext,
  call: CallDefinition,
): Promise<DecisionList> {
  const db = ctx.store.db;
  const [rows, scenarios, job] = await Promise.all([
    listDecisions(db, call.id),
    listScenarios(db, call.id),
    findOpenDecisionJob(db, call.id),
  ]);
  const approved = scenarios.find((s) => s.state === 'approved') ?? null;
  const names = await listUserNames(db, namesNeeded(rows));
  const counts = Object.fromEntries(DECISION_STATES.map((s) => [s, 0])) as Record<
    DecisionState,
    number
  >;
  for (const row of rows) counts[row.state as DecisionState] += 1;
  let missing = 0;
  if (approved) {
    const decided = new Set(rows.filter((r) => r.active_case_id !== null).map((r) => r.case_id));
    missing = (await loadDraftBasis(db, call)).caseIds.filter((id) => !decided.has(id)).length;
  }
  return {
    callId: call.id,
    approvedScenarioId: approved?.id ?? null,
    decisions: rows.map((r) => summaryOf(r, names)),
    missing,
    counts,
    job: job ? jobOf(job) : null,
  };
}
