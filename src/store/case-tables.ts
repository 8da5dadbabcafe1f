/** Row types of case handling: intake, cases, findings, assessors, assessments, consensus. */
import type { Selectable } from 'kysely';
import type { Flag } from './database.js';

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

export interface CaseTables {
  case_intake: CaseIntakeTable;
  case_file: CaseFileTable;
  case_finding: CaseFindingTable;
  assessor_affiliation: AssessorAffiliationTable;
  case_assignment: CaseAssignmentTable;
  assessment: AssessmentTable;
  case_consensus: CaseConsensusTable;
  case_counter: CaseCounterTable;
}

export type CaseFileRow = Selectable<CaseFileTable>;
export type CaseFindingRow = Selectable<CaseFindingTable>;
export type AssessorAffiliationRow = Selectable<AssessorAffiliationTable>;
export type CaseAssignmentRow = Selectable<CaseAssignmentTable>;
export type AssessmentRow = Selectable<AssessmentTable>;
export type CaseConsensusRow = Selectable<CaseConsensusTable>;
