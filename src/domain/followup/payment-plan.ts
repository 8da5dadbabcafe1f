/**
 * A grant's payment plan in whole kroner (Økonomiregelverket on utbetaling, cited from legal/):
 * each instalment's amount from the call's percentages (the last takes what rounding left, so
 * the plan sums to the grant exactly), what is due by now, and the one rule a payment obeys:
 * never before acceptance, never more than granted in total.
 */
import type { Instalment } from '../call/call-decision-schema.js';

export interface InstalmentAmount {
  instalment: Instalment;
  amountNok: number;
}

export function instalmentAmounts(
  plan: readonly Instalment[],
  grantNok: number,
): InstalmentAmount[] {
  let paid = 0;
  return plan.map((instalment, index) => {
    const amountNok =
      index === plan.length - 1
        ? grantNok - paid
        : Math.floor((grantNok * instalment.percent) / 100);
    paid += amountNok;
    return { instalment, amountNok };
  });
}

export interface DueFacts {
  /** The Oslo day the grant was accepted, or null while it is not. */
  acceptedOn: string | null;
  /** The Oslo day it is now. */
  today: string;
  /** Reporting duties whose report the officer has approved. */
  approvedDuties: ReadonlySet<string>;
}

/** Whether an instalment has fallen due: none before acceptance. */
export function isInstalmentDue(instalment: Instalment, facts: DueFacts): boolean {
  if (facts.acceptedOn === null) return false;
  const when = instalment.when;
  if (when.kind === 'acceptance') return true;
  if (when.kind === 'date') return facts.today >= when.date;
  return facts.approvedDuties.has(when.dutyId);
}

/** The sum of the instalments due by now, in whole kroner. */
export function dueNok(plan: readonly Instalment[], grantNok: number, facts: DueFacts): number {
  return instalmentAmounts(plan, grantNok)
    .filter((a) => isInstalmentDue(a.instalment, facts))
    .reduce((sum, a) => sum + a.amountNok, 0);
}

export type PaymentRefusal = 'not-accepted' | 'over-grant' | 'not-positive';

export type PaymentCheck = { ok: true } | { ok: false; refusal: PaymentRefusal; message: string };

export interface PaymentRequest {
  accepted: boolean;
  grantNok: number;
  /** What is already paid on the grant. */
  paidNok: number;
  amountNok: number;
}

export function checkPayment(request: PaymentRequest): PaymentCheck {
  const { accepted, grantNok, paidNok, amountNok } = request;
  if (!Number.isSafeInteger(amountNok) || amountNok <= 0) {
    return { ok: false, refusal: 'not-positive', message: 'a payment is a whole, positive sum' };
  }
  if (!accepted) {
    return {
      ok: false,
      refusal: 'not-accepted',
      message: 'nothing is paid before the grantee has accepted the grant',
    };
  }
  if (paidNok + amountNok > grantNok) {
    return {
      ok: false,
      refusal: 'over-grant',
      message: `${amountNok} would take the payments to ${paidNok + amountNok}, past the grant of ${grantNok}; at most ${grantNok - paidNok} is left`,
    };
  }
  return { ok: true };
}
