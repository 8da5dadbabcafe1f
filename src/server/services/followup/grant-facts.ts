/**
 * A grant's follow-up facts from its decision row and the call: whether it is a grant in force,
 * the acceptance deadline as the letter states it (the letter's own function), its state, and
 * the payment plan in whole kroner with what is due.
 */
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import type { AcceptanceState } from '../../../domain/followup/acceptance.js';
import {
  dueNok,
  instalmentAmounts,
  isInstalmentDue,
} from '../../../domain/followup/payment-plan.js';
import { osloDateOf } from '../../../domain/time/oslo.js';
import { acceptanceDeadline } from '../../../documents/decision-letter/grant-terms.js';
import type { DecisionListRow } from '../../../store/repositories/decisions.repository.js';
import type { GrantAcceptanceRow } from '../../../store/followup-tables.js';
import type { PlanInstalment } from '../../../web/api/followup-types.js';

export function isGrantInForce(row: DecisionListRow): boolean {
  return (
    row.active_case_id !== null &&
    row.issued_at !== null &&
    row.grant_nok !== null &&
    (row.kind === 'innvilget' || row.kind === 'delvis_innvilget')
  );
}

export function deadlineOf(call: CallDefinition, row: DecisionListRow): string {
  return acceptanceDeadline(call, new Date(row.issued_at ?? row.drafted_at));
}

export function stateOf(answer: GrantAcceptanceRow | undefined): AcceptanceState {
  return (answer?.state as AcceptanceState | undefined) ?? 'awaiting';
}

function dueFacts(answer: GrantAcceptanceRow | undefined, now: Date) {
  return {
    acceptedOn: answer?.state === 'accepted' ? osloDateOf(new Date(answer.answered_at)) : null,
    today: osloDateOf(now),
    // Report approval comes with the final report (issue 17, a later step): none is approved yet.
    approvedDuties: new Set<string>(),
  };
}

export function planOf(
  call: CallDefinition,
  grantNok: number,
  answer: GrantAcceptanceRow | undefined,
  now: Date,
): PlanInstalment[] {
  const facts = dueFacts(answer, now);
  return instalmentAmounts(call.decision.paymentPlan, grantNok).map(
    ({ instalment, amountNok }) => ({
      id: instalment.id,
      percent: instalment.percent,
      when: instalment.when.kind,
      date: instalment.when.kind === 'date' ? instalment.when.date : null,
      amountNok,
      due: isInstalmentDue(instalment, facts),
    }),
  );
}

export function dueOf(
  call: CallDefinition,
  grantNok: number,
  answer: GrantAcceptanceRow | undefined,
  now: Date,
): number {
  return dueNok(call.decision.paymentPlan, grantNok, dueFacts(answer, now));
}
