/** Row types of grant acceptance, follow-up notices and payments (migration 0022, ADR 0025). */
import type { Selectable } from 'kysely';

export interface GrantAcceptanceTable {
  decision_id: string;
  call_id: string;
  case_id: string;
  /** accepted, declined or lapsed (a grant without a row is awaiting its answer). */
  state: string;
  /** The letter's acceptance deadline, an Oslo day YYYY-MM-DD. */
  deadline: string;
  reason: string | null;
  /** Null for a lapse: nobody answered. */
  answered_by: string | null;
  answered_at: string;
  freed_nok: number;
}

export interface GrantNoticeTable {
  decision_id: string;
  /** reminder-<days>, warning or lapse. */
  notice: string;
  sent_at: string;
}

export interface GrantPaymentTable {
  id: string;
  decision_id: string;
  call_id: string;
  amount_nok: number;
  /** YYYY-MM-DD. */
  paid_on: string;
  reference: string;
  recorded_by: string;
  recorded_at: string;
}

export interface FollowUpTables {
  grant_acceptance: GrantAcceptanceTable;
  grant_notice: GrantNoticeTable;
  grant_payment: GrantPaymentTable;
}

export type GrantAcceptanceRow = Selectable<GrantAcceptanceTable>;
export type GrantPaymentRow = Selectable<GrantPaymentTable>;
