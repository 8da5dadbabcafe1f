/**
 * The officer records a payment on a grant (Økonomiregelverket on utbetaling, cited from legal/):
 * whole kroner, the day paid, the accounting reference. Never before acceptance, never more than
 * granted in total: the domain rule is checked inside the saving transaction under the
 * decision's row lock, so two officers recording at once cannot together pay past the grant.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import { checkPayment, type PaymentRefusal } from '../../../domain/followup/payment-plan.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import { lockDecision } from '../../../store/repositories/decisions.repository.js';
import {
  findAcceptance,
  insertPayment,
  sumPaid,
} from '../../../store/repositories/followup.repository.js';
import type { PaymentRecord } from '../../../web/api/followup-types.js';
import type { AppContext } from '../../context.js';
import { AppError, type ErrorCode } from '../../errors/catalogue.js';
import { refuseProblems } from '../cases/problems.js';
import { isGrantInForce } from './grant-facts.js';

const refusalCodes: Record<Exclude<PaymentRefusal, 'not-positive'>, ErrorCode> = {
  'not-accepted': 'payment_before_acceptance',
  'over-grant': 'payment_over_grant',
};

export interface PaymentInput {
  amountNok: number;
  paidOn: string;
  reference: string;
}

export async function recordPayment(
  ctx: AppContext,
  principal: Principal,
  decisionId: string,
  input: PaymentInput,
  locale: Locale,
  at: Date,
): Promise<PaymentRecord> {
  const reference = input.reference.trim();
  if (reference === '') {
    refuseProblems(
      [
        {
          path: 'reference',
          message: {
            nb: 'skriv referansen fra regnskapssystemet',
            nn: 'skriv referansen frå rekneskapssystemet',
            en: 'write the reference from the accounting system',
          },
        },
      ],
      locale,
    );
  }
  const id = randomUUID();
  await inTransaction(ctx.store, async (tx) => {
    const decision = await lockDecision(tx, decisionId);
    if (!decision || !isGrantInForce(decision)) throw new AppError('grant_not_found');
    const answer = await findAcceptance(tx, decision.id);
    const paidNok = await sumPaid(tx, decision.id);
    const check = checkPayment({
      accepted: answer?.state === 'accepted',
      grantNok: decision.grant_nok ?? 0,
      paidNok,
      amountNok: input.amountNok,
    });
    if (!check.ok) {
      if (check.refusal === 'not-positive') {
        refuseProblems(
          [
            {
              path: 'amountNok',
              message: {
                nb: 'beløpet må være et helt antall kroner over null',
                nn: 'beløpet må vere eit heilt tal kroner over null',
                en: 'the amount must be a whole number of kroner above zero',
              },
            },
          ],
          locale,
        );
      } else {
        throw new AppError(refusalCodes[check.refusal], {
          extensions: {
            paidNok,
            grantNok: decision.grant_nok,
            leftNok: (decision.grant_nok ?? 0) - paidNok,
          },
        });
      }
    }
    await insertPayment(tx, {
      id,
      decision_id: decision.id,
      call_id: decision.call_id,
      amount_nok: input.amountNok,
      paid_on: input.paidOn,
      reference,
      recorded_by: principal.userId,
      recorded_at: at.toISOString(),
    });
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'grant.payment-recorded',
      entityType: 'decision',
      entityId: decision.id,
      detail: {
        callId: decision.call_id,
        paymentId: id,
        amountNok: input.amountNok,
        paidOn: input.paidOn,
        reference,
        paidBeforeNok: paidNok,
      },
      at,
    });
  });
  return {
    id,
    decisionId,
    amountNok: input.amountNok,
    paidOn: input.paidOn,
    reference,
    recordedBy: principal.name,
    recordedAt: at.toISOString(),
  };
}
