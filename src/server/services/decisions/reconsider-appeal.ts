/**
 * The deciding body changes its decision after a klage (R28; fvl provision `reconsideration`): a
 * new drafted decision replaces the old one and goes through the same four eyes before it is
 * issued. The grants in force (each case's decision in force, else the approved allocation's
 * entry) with the change must stay within the call's pot; checked under the approved scenario's
 * lock, so two reconsiderations at once cannot both pass.
 */
import type { Principal } from '../../../domain/access/roles.js';
import type { Outcome } from '../../../domain/decisions/outcome.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction } from '../../../store/create-store.js';
import { listEntries, lockScenario } from '../../../store/repositories/allocation.repository.js';
import { findAppeal, updateAppeal } from '../../../store/repositories/appeals.repository.js';
import {
  findDecision,
  insertDecision,
  listDecisions,
  updateDecision,
} from '../../../store/repositories/decisions.repository.js';
import type { AppealDetail } from '../../../web/api/decision-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { callOf } from '../applications/access.js';
import { refuseProblems } from '../cases/problems.js';
import { moveDecision } from './answer-appeal.js';
import { lockAppealForMove, readAppeal } from './appeal-view.js';
import { draftRow, loadDraftBasis, reasonsOfCase } from './decision-draft.js';
import { recordDecisionEvent } from './decision-view.js';

export interface ReconsiderBody {
  outcome: 'innvilget' | 'delvis_innvilget';
  grantNok: number;
  reason: string;
}

const messages = {
  reason: {
    nb: 'skriv hvorfor vedtaket endres',
    nn: 'skriv kvifor vedtaket blir endra',
    en: 'write why the decision is changed',
  },
  full: {
    nb: 'innvilget gir hele beløpet det er søkt om',
    nn: 'innvilga gir heile beløpet det er søkt om',
    en: 'granted in full gives the whole amount applied for',
  },
  part: {
    nb: 'delvis innvilget gir mindre enn det er søkt om, og mer enn null',
    nn: 'delvis innvilga gir mindre enn det er søkt om, og meir enn null',
    en: 'partly granted gives less than applied for, and more than nothing',
  },
};

type GrantOutcome = Extract<Outcome, { kind: 'innvilget' | 'delvis_innvilget' }>;

function outcomeOf(
  body: ReconsiderBody,
  appliedNok: number,
  reason: string,
  locale: Locale,
): GrantOutcome {
  if (body.outcome === 'innvilget') {
    if (body.grantNok !== appliedNok)
      refuseProblems([{ path: 'grantNok', message: messages.full }], locale);
    return { kind: 'innvilget', appliedNok, grantNok: appliedNok };
  }
  if (body.grantNok <= 0 || body.grantNok >= appliedNok) {
    refuseProblems([{ path: 'grantNok', message: messages.part }], locale);
  }
  return {
    kind: 'delvis_innvilget',
    appliedNok,
    grantNok: body.grantNok,
    reduction: { reason, cuts: [] },
  };
}

export async function reconsiderAppeal(
  ctx: AppContext,
  principal: Principal,
  appealId: string,
  body: ReconsiderBody,
  locale: Locale,
  at: Date,
): Promise<AppealDetail> {
  const reason = body.reason.trim();
  if (reason === '') refuseProblems([{ path: 'reason', message: messages.reason }], locale);
  const db = ctx.store.db;
  const appeal = await findAppeal(db, appealId);
  if (!appeal) throw new AppError('appeal_not_found');
  const old = await findDecision(db, appeal.decision_id);
  if (!old) throw new AppError('decision_not_found');
  const call = callOf(ctx, old.call_id);
  const outcome = outcomeOf(body, old.applied_nok, reason, locale);
  const basis = await loadDraftBasis(db, call);
  const reasons = reasonsOfCase(ctx, basis, old.case_id, outcome, at);
  reasons.considerations.push({ source: 'reconsidered', text: reason });
  const row = await draftRow(db, {
    callId: call.id,
    caseId: old.case_id,
    scenarioId: old.scenario_id,
    outcome,
    reasons,
    draftedBy: principal.userId,
    at,
    replaces: old.id,
  });
  await inTransaction(ctx.store, async (tx) => {
    const scenario = await lockScenario(tx, basis.scenario.id);
    if (scenario?.state !== 'approved') throw new AppError('decision_no_approved_allocation');
    const { decision } = await lockAppealForMove(tx, appealId, 'reconsidered');
    const inForce = new Map(
      (await listDecisions(tx, call.id))
        .filter((d) => d.active_case_id !== null)
        .map((d) => [d.case_id, d.grant_nok ?? 0]),
    );
    const entries = await listEntries(tx, scenario.id);
    let total = 0;
    for (const e of entries) {
      if (e.placement === 'main' && !inForce.has(e.case_id)) total += Number(e.grant_nok ?? 0);
    }
    for (const [caseId, grant] of inForce) if (caseId !== decision.case_id) total += grant;
    total += outcome.grantNok;
    if (total > call.potNok) {
      throw new AppError('decision_pot_exceeded', {
        extensions: { potNok: call.potNok, leftNok: call.potNok - (total - outcome.grantNok) },
      });
    }
    await moveDecision(tx, principal, decision, 'reconsidered', at, {
      active_case_id: null,
    });
    if (!(await insertDecision(tx, row))) throw new AppError('decision_changed');
    await updateDecision(tx, decision.id, { superseded_by: row.id });
    await updateAppeal(tx, appealId, {
      state: 'reconsidered',
      new_decision_id: row.id,
      version: appeal.version + 1,
    });
    await recordDecisionEvent(tx, principal, {
      decisionId: decision.id,
      callId: call.id,
      action: 'reconsidered',
      comment: reason,
      detail: { appealId, newDecisionId: row.id, grantNok: outcome.grantNok },
      at,
    });
    await recordDecisionEvent(tx, principal, {
      decisionId: row.id,
      callId: call.id,
      action: 'drafted',
      comment: reason,
      detail: { replaces: decision.id, kind: row.kind, grantNok: row.grant_nok },
      at,
    });
  });
  return readAppeal(db, appealId);
}
