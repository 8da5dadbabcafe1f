/** Row types of decisions, their history, appeals and the decision jobs (migration 0018). */
import type { Selectable } from 'kysely';

export interface DecisionTable {
  id: string;
  call_id: string;
  case_id: string;
  /** The case id while this is the case's decision in force; null once replaced. */
  active_case_id: string | null;
  scenario_id: string | null;
  /** innvilget, delvis_innvilget, avslatt, avvist or reserve. */
  kind: string;
  /** JSON of the domain Outcome. */
  outcome: string;
  track: string;
  state: string;
  language: string;
  applied_nok: number;
  grant_nok: number | null;
  reserve_position: number | null;
  /** JSON of DecisionReasons. */
  reasons: string;
  version: number;
  drafted_by: string;
  drafted_at: string;
  approved_by: string | null;
  approved_at: string | null;
  issued_at: string | null;
  assumed_received_at: string | null;
  /** ISO instant: 23:59:59 Oslo time on the last day to appeal (enkeltvedtak). */
  appeal_deadline: string | null;
  letter_pdf: Buffer | null;
  letter_sha256: string | null;
  replaces: string | null;
  superseded_by: string | null;
  updated_at: string;
}

export interface DecisionEventTable {
  id: string;
  decision_id: string;
  seq: number;
  action: string;
  comment: string | null;
  actor_user_id: string;
  at: string;
}

export interface AppealTable {
  id: string;
  decision_id: string;
  call_id: string;
  text: string;
  filed_by: string;
  received_at: string;
  deadline: string;
  late: 0 | 1;
  state: string;
  preliminary_text: string | null;
  preliminary_expected_by: string | null;
  preliminary_sent_at: string | null;
  forward_summary: string | null;
  forwarded_at: string | null;
  new_decision_id: string | null;
  result: string | null;
  result_text: string | null;
  result_at: string | null;
  version: number;
}

export interface DecisionJobTable {
  id: string;
  call_id: string;
  kind: string;
  state: string;
  done: number;
  total: number;
  error: string | null;
  created_by: string;
  created_at: string;
  finished_at: string | null;
}

export interface AppealAttachmentTable {
  id: string;
  decision_id: string;
  /** Null until the klage it was uploaded for is filed. */
  appeal_id: string | null;
  application_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  /** JSON array of the inspection's warning codes. */
  warnings: string;
  content: Buffer;
  uploaded_by: string;
  uploaded_at: string;
  scan_state: string;
  scan_signature: string | null;
  scanned_at: string | null;
}

export interface DecisionTables {
  decision: DecisionTable;
  decision_event: DecisionEventTable;
  appeal: AppealTable;
  decision_job: DecisionJobTable;
  appeal_attachment: AppealAttachmentTable;
}

export type DecisionRow = Selectable<DecisionTable>;
export type DecisionEventRow = Selectable<DecisionEventTable>;
export type AppealRow = Selectable<AppealTable>;
export type DecisionJobRow = Selectable<DecisionJobTable>;
export type AppealAttachmentRow = Selectable<AppealAttachmentTable>;
