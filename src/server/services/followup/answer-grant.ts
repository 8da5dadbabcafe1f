/**
 * The grantee's answer to a grant, accept or decline, shared by the two use cases: under the
 * decision's row lock it checks the grant is in force, not answered and in time (the letter's
 * deadline, Oslo day), records the answer with what it frees and writes the audit event.
 */
import type { Principal } from '../../../domain/access/roles.js';
import { checkAnswer, type AcceptanceRefusal } from '../../../domain/followup/acceptance.js';
import { osloDateOf } from '../../../domain/time/oslo.js';
import { inTransaction } from '../../../store/create-store.js';
import { lockDecision } from '../../../store/repositories/decisions.repository.js';
import {
  findAcceptance,
  insertAcceptance,
} from '../../../store/repositories/followup.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import type { AppContext } from '../../context.js';
import { AppError, type ErrorCode } from '../../errors/catalogue.js';
import { callOf } from '../applications/access.js';
import { findOwnIssuedDecision } from '../decisions/own-decision.js';
import { deadlineOf, isGrantInForce, stateOf } from './grant-facts.js';

const refusalCodes: Record<AcceptanceRefusal, ErrorCode> = {
  'not-a-grant': 'grant_not_acceptable',
  'already-answered': 'grant_already_answered',
  'deadline-passed': 'grant_acceptance_deadline_passed',
};

export async function answerGrant(
  ctx: AppContext,
  principal: Principal,
  applicationId: string,
  answer: { state: 'accepted' | 'declined'; reason: string | null },
  at: Date,
): Promise<void> {
  const found = await findOwnIssuedDecision(ctx.store.db, principal, applicationId);
  const call = callOf(ctx, found.call_id);
  await inTransaction(ctx.store, async (tx) => {
    const decision = await lockDecision(tx, found.id);
    if (!decision) throw new AppError('grant_not_found');
    const deadline = deadlineOf(call, decision);
    const existing = await findAcceptance(tx, decision.id);
    const check = checkAnswer({
      grantInForce: isGrantInForce(decision),
      state: stateOf(existing),
      deadline,
      today: osloDateOf(at),
    });
    if (!check.ok) throw new AppError(refusalCodes[check.refusal]);
    const freed = answer.state === 'declined' ? (decision.grant_nok ?? 0) : 0;
    const inserted = await insertAcceptance(tx, {
      decision_id: decision.id,
      call_id: decision.call_id,
      case_id: decision.case_id,
      state: answer.state,
      deadline,
      reason: answer.reason,
      answered_by: principal.userId,
      answered_at: at.toISOString(),
      freed_nok: freed,
    });
    if (!inserted) throw new AppError('grant_already_answered');
    await appendAuditEvent(tx, {
      actor: principal,
      action: answer.state === 'accepted' ? 'grant.accepted' : 'grant.declined',
      entityType: 'decision',
      entityId: decision.id,
      detail: {
        callId: decision.call_id,
        caseId: decision.case_id,
        deadline,
        grantNok: decision.grant_nok,
        freedNok: freed,
        reason: answer.reason,
      },
      at,
    });
  });
}
