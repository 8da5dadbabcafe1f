/**
 * The leader approves a drafted decision (R28): four eyes, so nobody approves a decision they
 * drafted (409 `decision_four_eyes`); the one table of moves decides the rest. One by one, or a
 * list at once with each refusal named.
 */
import type { Principal, Role } from '../../../domain/access/roles.js';
import { hasRole } from '../../../domain/access/roles.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { checkDecisionMove } from '../../../domain/decisions/decision-state.js';
import type { LegalTrack } from '../../../domain/decisions/legal-track.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction } from '../../../store/create-store.js';
import { lockDecision, updateDecision } from '../../../store/repositories/decisions.repository.js';
import type { BulkAnswer, DecisionDetail } from '../../../web/api/decision-types.js';
import type { AppContext } from '../../context.js';
import { AppError, errorCatalogue } from '../../errors/catalogue.js';
import { readDecisionDetail, recordDecisionEvent } from './decision-view.js';

const ROLES: readonly Role[] = ['applicant', 'officer', 'assessor', 'leader', 'admin'];

export function rolesOf(principal: Principal): Role[] {
  return ROLES.filter((r) => hasRole(principal, r));
}

async function approve(
  ctx: AppContext,
  principal: Principal,
  decisionId: string,
  at: Date,
  callId?: string,
): Promise<void> {
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockDecision(tx, decisionId);
    if (!row || (callId !== undefined && row.call_id !== callId)) {
      throw new AppError('decision_not_found');
    }
    const check = checkDecisionMove({
      from: row.state as 'drafted',
      to: 'approved',
      actor: { userId: principal.userId, roles: rolesOf(principal) },
      draftedBy: row.drafted_by,
      track: row.track as LegalTrack,
    });
    if (!check.ok) {
      throw new AppError(
        check.refusal === 'own-draft' ? 'decision_four_eyes' : 'decision_move_refused',
      );
    }
    const iso = at.toISOString();
    await updateDecision(tx, row.id, {
      state: 'approved',
      approved_by: principal.userId,
      approved_at: iso,
      version: row.version + 1,
      updated_at: iso,
    });
    await recordDecisionEvent(tx, principal, {
      decisionId: row.id,
      callId: row.call_id,
      action: 'approved',
      detail: { draftedBy: row.drafted_by, kind: row.kind, grantNok: row.grant_nok },
      at,
    });
  });
}

export async function approveDecision(
  ctx: AppContext,
  principal: Principal,
  decisionId: string,
  at: Date,
): Promise<DecisionDetail> {
  await approve(ctx, principal, decisionId, at);
  return readDecisionDetail(ctx.store.db, decisionId);
}

export async function approveDecisions(
  ctx: AppContext,
  principal: Principal,
  call: CallDefinition,
  decisionIds: readonly string[],
  locale: Locale,
  at: Date,
): Promise<BulkAnswer> {
  const answer: BulkAnswer = { done: [], refused: [] };
  for (const decisionId of decisionIds) {
    try {
      await approve(ctx, principal, decisionId, at, call.id);
      answer.done.push(decisionId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      answer.refused.push({
        decisionId,
        code: error.code,
        message: errorCatalogue[error.code].title[locale],
      });
    }
  }
  return answer;
}
