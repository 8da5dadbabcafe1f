/**
 * Grant acceptance, follow-up notices and payments (migration 0022): the only file with SQL for
 * `grant_acceptance`, `grant_notice` and `grant_payment`. A payment is saved under the decision's
 * row lock (decisions.repository `lockDecision`), so the sum read here is every committed payment.
 */
import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../create-store.js';
import type { GrantAcceptanceRow, GrantPaymentRow } from '../followup-tables.js';

function acceptanceWithNumbers(row: GrantAcceptanceRow): GrantAcceptanceRow {
  return { ...row, freed_nok: Number(row.freed_nok) };
}

export async function findAcceptance(
  db: DbOrTx,
  decisionId: string,
): Promise<GrantAcceptanceRow | undefined> {
  const row = await db
    .selectFrom('grant_acceptance')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
  return row ? acceptanceWithNumbers(row) : undefined;
}

export async function listAcceptances(
  db: DbOrTx,
  callId: string,
): Promise<Map<string, GrantAcceptanceRow>> {
  const rows = await db
    .selectFrom('grant_acceptance')
    .selectAll()
    .where('call_id', '=', callId)
    .execute();
  return new Map(rows.map((r) => [r.decision_id, acceptanceWithNumbers(r)]));
}

/** Records the answer; false when the grant was already answered (the primary key holds). */
export async function insertAcceptance(tx: Tx, row: GrantAcceptanceRow): Promise<boolean> {
  const result = await tx
    .insertInto('grant_acceptance')
    .values(row)
    .onConflict((oc) => oc.column('decision_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Σ freed_nok of the call: what declines and lapses gave back. */
export async function sumFreed(db: DbOrTx, callId: string): Promise<number> {
  const row = await db
    .selectFrom('grant_acceptance')
    .select(sql<number | string | null>`sum(freed_nok)`.as('total'))
    .where('call_id', '=', callId)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

/** Marks a notice sent; false when it already was (so it is e-mailed once). */
export async function insertNotice(
  tx: Tx,
  row: { decision_id: string; notice: string; sent_at: string },
): Promise<boolean> {
  const result = await tx
    .insertInto('grant_notice')
    .values(row)
    .onConflict((oc) => oc.columns(['decision_id', 'notice']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function listNoticesOf(db: DbOrTx, decisionId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('grant_notice')
    .select('notice')
    .where('decision_id', '=', decisionId)
    .execute();
  return new Set(rows.map((r) => r.notice));
}

export async function insertPayment(tx: Tx, row: GrantPaymentRow): Promise<void> {
  await tx.insertInto('grant_payment').values(row).execute();
}

export async function sumPaid(db: DbOrTx, decisionId: string): Promise<number> {
  const row = await db
    .selectFrom('grant_payment')
    .select(sql<number | string | null>`sum(amount_nok)`.as('total'))
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

export type PaymentListRow = GrantPaymentRow & {
  recorded_by_name: string;
  case_number: string;
  institution_orgnr: string;
  institution_name: string;
};

/** The call's payments in the order they were paid, with the case and who recorded them. */
export async function listPayments(db: DbOrTx, callId: string): Promise<PaymentListRow[]> {
  const rows = await db
    .selectFrom('grant_payment as p')
    .innerJoin('decision as d', 'd.id', 'p.decision_id')
    .innerJoin('case_file as c', 'c.id', 'd.case_id')
    .innerJoin('app_user as u', 'u.id', 'p.recorded_by')
    .select([
      'p.id',
      'p.decision_id',
      'p.call_id',
      'p.amount_nok',
      'p.paid_on',
      'p.reference',
      'p.recorded_by',
      'p.recorded_at',
      'u.name as recorded_by_name',
      'c.case_number',
      'c.institution_orgnr',
      'c.institution_name',
    ])
    .where('p.call_id', '=', callId)
    .orderBy('p.paid_on', 'asc')
    .orderBy('p.recorded_at', 'asc')
    .orderBy('p.id', 'asc')
    .execute();
  return rows.map((r) => ({ ...r, amount_nok: Number(r.amount_nok) }));
}

/** Calls with an issued grant not yet answered: the follow-up sweep's work. */
export async function listCallsAwaitingAnswers(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectFrom('decision as d')
    .leftJoin('grant_acceptance as a', 'a.decision_id', 'd.id')
    .select('d.call_id')
    .where('d.active_case_id', 'is not', null)
    .where('d.issued_at', 'is not', null)
    .where('d.kind', 'in', ['innvilget', 'delvis_innvilget'])
    .where('a.decision_id', 'is', null)
    .distinct()
    .execute();
  return rows.map((r) => r.call_id);
}
