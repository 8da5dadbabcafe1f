/**
 * The officer's list of a call's grants: acceptance state, due and paid, and what declines and
 * lapses freed for the reserve list (`freedNok`, read by the reserve step that comes later).
 */
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { freedAmount, grantsInForce } from '../../../domain/followup/acceptance.js';
import type { DbOrTx } from '../../../store/create-store.js';
import { listIssuedGrants } from '../../../store/repositories/decisions.repository.js';
import { listAcceptances, listPayments } from '../../../store/repositories/followup.repository.js';
import type { GrantList, PaymentRecord } from '../../../web/api/followup-types.js';
import { deadlineOf, dueOf, isGrantInForce, stateOf } from './grant-facts.js';

export async function readGrants(db: DbOrTx, call: CallDefinition, now: Date): Promise<GrantList> {
  const [rows, answers, payments] = await Promise.all([
    listIssuedGrants(db, call.id),
    listAcceptances(db, call.id),
    listPayments(db, call.id),
  ]);
  const paid = new Map<string, number>();
  for (const p of payments) paid.set(p.decision_id, (paid.get(p.decision_id) ?? 0) + p.amount_nok);
  const grants = rows.filter(isGrantInForce).map((row) => {
    const answer = answers.get(row.id);
    const grantNok = row.grant_nok ?? 0;
    return {
      decisionId: row.id,
      caseNumber: row.case_number,
      title: row.title,
      institutionName: row.institution_name,
      grantNok,
      deadline: deadlineOf(call, row),
      state: stateOf(answer),
      answeredAt: answer?.answered_at ?? null,
      dueNok: dueOf(call, grantNok, answer, now),
      paidNok: paid.get(row.id) ?? 0,
    };
  });
  return {
    callId: call.id,
    grants,
    freedNok: freedAmount(grants),
    inForceNok: grantsInForce(grants).reduce((sum, g) => sum + g.grantNok, 0),
  };
}

export async function readPayments(db: DbOrTx, callId: string): Promise<PaymentRecord[]> {
  return (await listPayments(db, callId)).map((p) => ({
    id: p.id,
    decisionId: p.decision_id,
    amountNok: p.amount_nok,
    paidOn: p.paid_on,
    reference: p.reference,
    recordedBy: p.recorded_by_name,
    recordedAt: p.recorded_at,
  }));
}
