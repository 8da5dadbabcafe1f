/**
 * Row types of every table, as Kysely sees them. Rows are not the API: repositories turn them into
 * domain objects. Portable across SQLite and PostgreSQL: timestamps are ISO 8601 UTC text (they sort
 * as text), booleans are 0/1 integers, JSON is text, ids are text UUIDs (see docs/adr/0003).
 */
import type { AllocationTables } from './allocation-tables.js';
import type { CaseTables } from './case-tables.js';
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

export interface Database
  extends
    MailTables,
    CaseTables,
    AllocationTables,
    DecisionTables,
    JournalTables,
    FollowUpTables,
    PrivacyTables {
  invitation: InvitationTable;
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
export type {
  AssessmentRow,
  AssessorAffiliationRow,
  CaseAssignmentRow,
  CaseConsensusRow,
  CaseFileRow,
  CaseFindingRow,
} from './case-tables.js';
export type {
  AllocationEntryRow,
  AllocationEventRow,
  AllocationScenarioRow,
} from './allocation-tables.js';
