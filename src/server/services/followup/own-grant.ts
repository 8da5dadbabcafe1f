/**
 * The grantee's view of their grant: the deadline, their answer, the payment plan with what is
 * due and what is paid. Null when the issued decision is not a grant (a refusal, the reserve list).
 */
import type { Principal } from '../../../domain/access/roles.js';
import { checkAnswer } from '../../../domain/followup/acceptance.js';
import { osloDateOf } from '../../../domain/time/oslo.js';
import { findAcceptance, sumPaid } from '../../../store/repositories/followup.repository.js';
import { listUserNames } from '../../../store/repositories/decisions.repository.js';
import type { OwnGrant } from '../../../web/api/followup-types.js';
import type { AppContext } from '../../context.js';
import { callOf } from '../applications/access.js';
import { findOwnIssuedDecision } from '../decisions/own-decision.js';
import { deadlineOf, isGrantInForce, planOf, stateOf } from './grant-facts.js';

export async function readOwnGrant(
  ctx: AppContext,
  principal: Principal | null,
  applicationId: string,
  now: Date,
): Promise<OwnGrant | null> {
  const db = ctx.store.db;
  const row = await findOwnIssuedDecision(db, principal, applicationId);
  const inForce = isGrantInForce(row);
  const answer = await findAcceptance(db, row.id);
  if (!inForce && !answer) return null;
  const call = callOf(ctx, row.call_id);
  const deadline = deadlineOf(call, row);
  const state = stateOf(answer);
  const grantNok = row.grant_nok ?? 0;
  const names = await listUserNames(db, answer?.answered_by ? [answer.answered_by] : []);
  return {
    decisionId: row.id,
    caseNumber: row.case_number,
    grantNok,
    deadline,
    state,
    answeredAt: answer?.answered_at ?? null,
    answeredBy: answer?.answered_by ? (names.get(answer.answered_by) ?? null) : null,
    reason: answer?.reason ?? null,
    canAnswer: checkAnswer({ grantInForce: inForce, state, deadline, today: osloDateOf(now) }).ok,
    plan: planOf(call, grantNok, answer, now),
    paidNok: await sumPaid(db, row.id),
  };
}
