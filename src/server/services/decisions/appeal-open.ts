/**
 * Whether a klage can still be filed on a decision (R28): an issued enkeltvedtak that is not a
 * reserve notice and has no klage yet. A tilskuddsbrev gives no right to appeal. Checked by the
 * filing and by each file uploaded for it, under the decision's row lock.
 */
import type { Principal } from '../../../domain/access/roles.js';
import { checkDecisionMove } from '../../../domain/decisions/decision-state.js';
import type { LegalTrack } from '../../../domain/decisions/legal-track.js';
import type { Tx } from '../../../store/create-store.js';
import { findAppealOfDecision } from '../../../store/repositories/appeals.repository.js';
import {
  lockDecision,
  type DecisionListRow,
} from '../../../store/repositories/decisions.repository.js';
import { AppError } from '../../errors/catalogue.js';
import { rolesOf } from './approve-decision.js';

/** Locks the decision and answers it when a klage may be filed on it now; else 422. */
export async function lockDecisionOpenToAppeal(
  tx: Tx,
  principal: Principal,
  decisionId: string,
): Promise<DecisionListRow & { appeal_deadline: string }> {
  const decision = await lockDecision(tx, decisionId);
  if (!decision) throw new AppError('decision_not_found');
  const move = checkDecisionMove({
    from: decision.state as 'issued',
    to: 'appealed',
    actor: { userId: principal.userId, roles: rolesOf(principal) },
    draftedBy: decision.drafted_by,
    track: decision.track as LegalTrack,
  });
  const deadline = decision.appeal_deadline;
  if (!move.ok || decision.kind === 'reserve' || deadline === null) {
    throw new AppError('appeal_not_open');
  }
  if (await findAppealOfDecision(tx, decision.id)) throw new AppError('appeal_not_open');
  return { ...decision, appeal_deadline: deadline };
}
