/**
 * Row types of every table, as Kysely sees them. Rows are not the API: repositories turn them into
 * domain objects. Portable across SQLite and PostgreSQL: timestamps are ISO 8601 UTC text (they sort
 * as text), booleans are 0/1 integers, JSON is text, ids are text UUIDs (see docs/adr/0003).
 */
import type { DecisionTables } from './decision-tables.js';
import type { FollowUpTables } from './followup-tables.js';
import type { Generated, Insertable, Selectable } from 'kysely';
import type { JournalTables } from './journal-tables.js';
import type { MailTables } from './mail-tables.js';
import type { PrivacyTables } from './privacy-tables.js';

export type Flag = 0 | 1;

export interface InstitutionTable {
  orgnr: string;
  name: string;
  category: string;
  ownership: string;
  public_funding: Flag;
  confirmed: Flag;
  /** A state administrative body (fvl: not a private party); null while not known. */
  administrative_body: Flag | null;
}

export interface CompanyRegisterTable {
  orgnr: string;
  name: string;
  industry_code: string | null;
  municipality_number: string | null;
  municipality_name: string | null;
  county_name: string | null;
  employees: number | null;
  bankrupt: Flag;
  under_liquidation: Flag;
  source: string;
  fetched_at: string;
}

export interface AppUserTable {
  id: string;
  subject: string;
  name: string;
  email: string | null;
  created_at: string;
  last_login_at: string | null;
}

export interface UserRoleTable {
  id: string;
  user_id: string;
  role: string;
  institution_orgnr: string | null;
  granted_at: string;
}

export interface SessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  absolute_expires_at: string;
  id_token: string | null;
}

export interface ApiTokenTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  label: string;
}

export interface LoginAttemptTable {
  state: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  created_at: string;
  expires_at: string;
}

export interface OidcPayloadTable {
  kind: string;
  id: string;
  payload: string;
  grant_id: string | null;
  user_code: string | null;
  uid: string | null;
  expires_at: string | null;
  consumed_at: string | null;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface AuditEventTable {
  seq: Generated<number>;
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** A signed head of the audit chain (docs/adr/0013); a copy also lives outside the database. */
export interface AuditCheckpointTable {
  id: string;
  created_at: string;
  reason: string;
  head_seq: number;
  head_hash: string;
  event_count: number;
  key_id: string;
  signature: string;
}

/** One run of the audit chain's verification and what it found (report: JSON). */
export interface AuditVerificationTable {
  id: string;
  started_at: string;
  finished_at: string;
  run_by: string;
  ok: number;
  events: number;
  report: string;
}

/** An audit event written on PostgreSQL, waiting for the sealer to chain it (docs/adr/0008). */
export interface AuditEventPendingTable {
  pending_seq: Generated<number>;
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  detail: string;
}

export interface ApplicationTable {
  id: string;
  call_id: string;
  institution_orgnr: string;
  status: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface ApplicationSectionTable {
  application_id: string;
  section_id: string;
  content: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

/** Every saved version of a section, written by a trigger on each save (migration 0009). */
export interface ApplicationSectionVersionTable {
  application_id: string;
  section_id: string;
  version: number;
  content: string;
  saved_at: string;
  saved_by: string;
}

export interface SubmissionTable {
  id: string;
  application_id: string;
  call_id: string;
  version_no: number;
  receipt_seq: number;
  receipt_number: string;
  received_at: string;
  submitted_by: string;
  idempotency_key: string;
  snapshot: string;
  sha256: string;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
}

export interface AttachmentTable {
  id: string;
  application_id: string;
  /** The attachments-section item this file is (a version of). */
  item_id: string;
  kind: string;
  /** 1, 2, … per item: a replaced file stays as an earlier version. */
  version_no: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  /** JSON array of warning codes found on upload (e.g. a PDF with JavaScript). */
  warnings: string;
  /** blob on SQLite, bytea on PostgreSQL. */
  content: Buffer;
  uploaded_by: string;
  uploaded_at: string;
  /** What the virus scanner said (src/domain/virus-scan/scan-state.ts): pending until scanned. */
  scan_state: string;
  /** The signature clamd named, when infected. */
  scan_signature: string | null;
  scanned_at: string | null;
}

/** A durable background job (src/server/jobs): claimed with a lease, retried after a failure. */
export interface JobTable {
  id: string;
  kind: string;
  /** JSON. */
  payload: string;
  /** queued, done or failed. */
  state: string;
  attempts: number;
  /** ISO instant (wall time, not the demo clock): not claimed before. */
  run_after: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface ReceiptCounterTable {
  call_id: string;
  last_seq: number;
}

export interface InvitationTable {
  id: string;
  institution_orgnr: string;
  /** Lower-cased and trimmed. */
  email: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_by: string | null;
  accepted_at: string | null;
  revoked_by: string | null;
  revoked_at: string | null;
}

export interface CaseIntakeTable {
  call_id: string;
  closed_at: string;
  cases: number;
  not_submitted: number;
}

export interface CaseFileTable {
  id: string;
  call_id: string;
  case_number: string;
  case_seq: number;
  application_id: string;
  submission_id: string;
  receipt_number: string;
  title: string;
  institution_orgnr: string;
  institution_name: string;
  county: string | null;
  grant_applied: number;
  companies: number;
  participants: number;
  findings: number;
  status: string;
  formal_result: string;
  disagreement: Flag;
  mean_score: number | null;
  created_at: string;
  updated_at: string;
  /** Lower-cased case number, receipt number, title and institution: the free-text filter. */
  search_text: string;
}

export interface CaseFindingTable {
  case_id: string;
  finding_key: string;
  /** JSON of the finding as the rules gave it at intake. */
  finding: string;
  decision: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

export interface AssessorAffiliationTable {
  id: string;
  user_id: string;
  orgnr: string;
  org_name: string;
  role: string;
  created_by: string;
  created_at: string;
}

export interface CaseAssignmentTable {
  id: string;
  case_id: string;
  assessor_user_id: string;
  status: string;
  conflicts: string;
  override_reason: string | null;
  assigned_by: string;
  assigned_at: string;
  declaration: string | null;
  declared_at: string | null;
  removed_at: string | null;
  removed_reason: string | null;
}

export interface AssessmentTable {
  assignment_id: string;
  case_id: string;
  assessor_user_id: string;
  content: string;
  status: string;
  version: number;
  updated_at: string;
  submitted_at: string | null;
  reopened_at: string | null;
  reopened_by: string | null;
  reopen_reason: string | null;
}

export interface CaseConsensusTable {
  case_id: string;
  content: string;
  version: number;
  recorded_by: string;
  recorded_at: string;
}

export interface CaseCounterTable {
  call_id: string;
  last_seq: number;
}

export interface AllocationScenarioTable {
  id: string;
  call_id: string;
  name: string;
  origin: string;
  state: string;
  version: number;
  /** Always the sum of the entries' grant_nok (kept in the changing transaction). */
  granted_total: number;
  copied_from: string | null;
  /** JSON of the solver's record, optimiser scenarios only. */
  solver: string | null;
  /** JSON array of the optimiser's explanations. */
  explanations: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface AllocationEntryTable {
  scenario_id: string;
  case_id: string;
  placement: string;
  grant_nok: number | null;
  /** JSON of the reduction: { reason, cuts }. */
  reduction: string | null;
  reserve_position: number | null;
  departure_reason: string | null;
  version: number;
  updated_by: string;
  updated_at: string;
}

export interface AllocationEventTable {
  id: string;
  scenario_id: string;
  seq: number;
  action: string;
  case_id: string | null;
  comment: string | null;
  actor_user_id: string;
  at: string;
}

export interface Database
  extends MailTables, DecisionTables, JournalTables, FollowUpTables, PrivacyTables {
  allocation_scenario: AllocationScenarioTable;
  allocation_entry: AllocationEntryTable;
  allocation_event: AllocationEventTable;
  invitation: InvitationTable;
  case_intake: CaseIntakeTable;
  case_file: CaseFileTable;
  case_finding: CaseFindingTable;
  assessor_affiliation: AssessorAffiliationTable;
  case_assignment: CaseAssignmentTable;
  assessment: AssessmentTable;
  case_consensus: CaseConsensusTable;
  case_counter: CaseCounterTable;
  application: ApplicationTable;
  application_section: ApplicationSectionTable;
  application_section_version: ApplicationSectionVersionTable;
  submission: SubmissionTable;
  receipt_counter: ReceiptCounterTable;
  attachment: AttachmentTable;
  job: JobTable;
  institution: InstitutionTable;
  company_register: CompanyRegisterTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  login_attempt: LoginAttemptTable;
  oidc_payload: OidcPayloadTable;
  setting: SettingTable;
  audit_event: AuditEventTable;
  audit_event_pending: AuditEventPendingTable;
  audit_checkpoint: AuditCheckpointTable;
  audit_verification: AuditVerificationTable;
}

export type InstitutionRow = Selectable<InstitutionTable>;
export type CompanyRegisterRow = Selectable<CompanyRegisterTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type SessionRow = Selectable<SessionTable>;
export type NewAuditEvent = Insertable<AuditEventTable>;
export type ApplicationRow = Selectable<ApplicationTable>;
export type ApplicationSectionRow = Selectable<ApplicationSectionTable>;
export type SubmissionRow = Selectable<SubmissionTable>;
export type AttachmentRow = Selectable<AttachmentTable>;
export type JobRow = Selectable<JobTable>;
export type InvitationRow = Selectable<InvitationTable>;
export type CaseFileRow = Selectable<CaseFileTable>;
export type CaseFindingRow = Selectable<CaseFindingTable>;
export type AssessorAffiliationRow = Selectable<AssessorAffiliationTable>;
export type CaseAssignmentRow = Selectable<CaseAssignmentTable>;
export type AssessmentRow = Selectable<AssessmentTable>;
export type CaseConsensusRow = Selectable<CaseConsensusTable>;
export type AllocationScenarioRow = Selectable<AllocationScenarioTable>;
export type AllocationEntryRow = Selectable<AllocationEntryTable>;
export type AllocationEventRow = Selectable<AllocationEventTable>;
