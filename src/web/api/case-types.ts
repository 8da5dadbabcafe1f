/**
 * Shapes of the case-handling API (intake, formal check, assessors, assessments, consensus) as the
 * web client sees them. The server's Zod schemas in src/server/routes/cases/schema.ts answer with
 * exactly these shapes.
 *
 * Endpoints (action in brackets; all JSON unless said):
 *   GET  /api/calls/:callId/intake                          [case.list]  → IntakeStatus
 *   GET  /api/calls/:callId/cases?…CaseListQuery            [case.list]  → CaseListPage
 *   GET  /api/calls/:callId/cases/not-submitted             [case.list]  → NotSubmittedItem[]
 *   GET  /api/calls/:callId/cases/export.xlsx?…filters      [case.export] → file
 *   GET  /api/calls/:callId/cases/export.csv?…filters       [case.export] → file (UTF-8, BOM)
 *   GET  /api/calls/:callId/panel                           [case.list]  → PanelView
 *   GET  /api/cases/:caseId                                 [case.read]  → CaseDetail
 *   PUT  /api/cases/:caseId/findings/:findingKey            [case.formal-check]
 *        body FindingDecisionBody → CaseDetail
 *   POST /api/cases/:caseId/formal-check/complete           [case.formal-check] → CaseDetail
 *   POST /api/cases/:caseId/assignments                     [case.assign]
 *        body AssignBody → 201 CaseDetail; 409 problem `assignment_conflict` with
 *        `conflicts: Conflict[]` when a conflict is found and no overrideReason is given
 *   DELETE /api/cases/:caseId/assignments/:assignmentId     [case.assign] → CaseDetail
 *   POST /api/cases/:caseId/assessments/:assignmentId/reopen [case.assessment.reopen]
 *        body { reason } → CaseDetail
 *   PUT  /api/cases/:caseId/consensus                       [case.consensus]
 *        body ConsensusBody → CaseDetail
 *   GET  /api/assessors                                     [assessor.list] → Assessor[]
 *   POST /api/assessors/:userId/affiliations                [assessor.manage]
 *        body AffiliationBody → Assessor
 *   DELETE /api/assessors/:userId/affiliations/:affiliationId [assessor.manage] → Assessor
 *   GET  /api/assessor/assignments                          [assessment.list-own] → MyAssignment[]
 *   POST /api/assessor/assignments/:assignmentId/declaration [assessment.declare]
 *        body DeclarationBody → MyAssignment
 *   GET  /api/assessor/assignments/:assignmentId            [assessment.read-own]
 *        → AssignmentWorkspace (403 problem `declaration_required` before the declaration)
 *   GET  /api/assessor/assignments/:assignmentId/attachments/:attachmentId [assessment.read-own]
 *        → the file as submitted (after the declaration)
 *   GET  /api/calls/:callId/assessment-frame                [public.read] → criteria, scale, holistic
 *   PUT  /api/assessor/assignments/:assignmentId/assessment [assessment.write]
 *        body AssessmentContent → AssignmentWorkspace (a draft; partial content allowed)
 *   POST /api/assessor/assignments/:assignmentId/assessment/submit [assessment.write]
 *        body AssessmentContent (the whole assessment) → AssignmentWorkspace (422 `validation_failed` naming each missing field)
 */
import type { ScanState } from '../../domain/virus-scan/scan-state.js';
import type { Localized } from './types.js';

export type CaseStatus =
  | 'formal_check'
  | 'proposed_rejection'
  | 'awaiting_assessors'
  | 'in_assessment'
  | 'assessed'
  | 'consensus_recorded';

export type FormalResult = 'pending' | 'passed' | 'proposed_rejection';

export type CaseSort =
  | 'caseNumber'
  | 'institution'
  | 'county'
  | 'grantApplied'
  | 'companies'
  | 'participants'
  | 'findings'
  | 'status'
  | 'meanScore';

/** Query of the case list; every field optional. Repeated `status` selects several. */
export interface CaseListQuery {
  status?: CaseStatus[];
  /** Institution orgnr. */
  institution?: string;
  county?: string;
  minGrant?: number;
  maxGrant?: number;
  minCompanies?: number;
  maxCompanies?: number;
  minParticipants?: number;
  maxParticipants?: number;
  /** true: only cases with findings at intake; false: only cases without. */
  hasFindings?: boolean;
  /** Only cases flagged for disagreement. */
  disagreement?: boolean;
  /** Free text over case number, receipt number, title and institution name. */
  q?: string;
  sort?: CaseSort;
  dir?: 'asc' | 'desc';
  /** 1-based. */
  page?: number;
  /** 10–200, default 50. */
  pageSize?: number;
}

export interface IntakeStatus {
  callId: string;
  /** The call's deadline, ISO 8601 UTC. */
  deadline: string;
  closed: boolean;
  closedAt: string | null;
  cases: number;
  notSubmitted: number;
}

export interface CaseListItem {
  id: string;
  caseNumber: string;
  receiptNumber: string;
  title: string;
  institution: { orgnr: string; name: string };
  county: string | null;
  /** Whole kroner. */
  grantApplied: number;
  companies: number;
  participants: number;
  findings: number;
  status: CaseStatus;
  formalResult: FormalResult;
  assessorsActive: number;
  assessmentsSubmitted: number;
  disagreement: boolean;
  consensusRecorded: boolean;
  meanScore: number | null;
}

export interface CaseListPage {
  intake: IntakeStatus;
  total: number;
  page: number;
  pageSize: number;
  items: CaseListItem[];
  /** Values to offer in the filters, over the whole call (not just this page). */
  facets: {
    statuses: { status: CaseStatus; count: number }[];
    counties: string[];
    institutions: { orgnr: string; name: string }[];
  };
}

export interface NotSubmittedItem {
  applicationId: string;
  institution: { orgnr: string; name: string };
  title: string | null;
  /** 'draft' or 'withdrawn'. */
  status: string;
  updatedAt: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface CaseFinding {
  /** Stable key of the finding within the case (used in the URL). */
  key: string;
  ruleId: string;
  requirementId: string;
  severity: Severity;
  path: string;
  message: Localized;
  citation: Localized;
  decision: 'confirmed' | 'overruled' | null;
  reason: string | null;
  decidedBy: { name: string } | null;
  decidedAt: string | null;
}

export interface FindingDecisionBody {
  decision: 'confirmed' | 'overruled';
  /** Required (at least 10 characters) when overruling. */
  reason?: string;
}

export type AffiliationRole = 'employee' | 'board_member' | 'owner' | 'other';

export interface Conflict {
  orgnr: string;
  orgName: string;
  role: AffiliationRole;
  /** Which party of the case the affiliation ties the assessor to. */
  party: 'institution' | 'partner';
}

export type AssignmentStatus = 'awaiting_declaration' | 'active' | 'removed_conflict' | 'removed';

/** The grounds of forvaltningsloven § 6, in plain words in the UI (keys in i18n). */
export type DeclarationGround =
  | 'party'
  | 'related_to_party'
  | 'guardian_or_agent'
  | 'leads_or_board_of_party'
  | 'other_special_circumstances';

export interface Declaration {
  grounds: DeclarationGround[];
  explanation: string | null;
}

export interface DeclarationBody {
  /** Empty: none of the grounds applies. */
  grounds: DeclarationGround[];
  /** Required when a ground applies or `other_special_circumstances` is chosen. */
  explanation?: string;
}

export interface Assignment {
  id: string;
  assessor: { userId: string; name: string };
  status: AssignmentStatus;
  conflicts: Conflict[];
  /** Ties registered since the assignment and not overridden: the server bars the assessor. */
  standingConflicts: Conflict[];
  overrideReason: string | null;
  assignedAt: string;
  declaration: Declaration | null;
  declaredAt: string | null;
  removedReason: string | null;
  assessmentStatus: 'none' | 'draft' | 'submitted';
}

export interface AssignBody {
  assessorUserId: string;
  /** Required to assign despite a detected conflict; at least 10 characters. */
  overrideReason?: string;
}

export type Recommendation = 'fund' | 'fund_partly' | 'do_not_fund';

export interface CriterionScore {
  score: number | null;
  justification: string;
}

export interface AssessmentContent {
  /** Keyed by criterion id of the call. */
  scores: Record<string, CriterionScore>;
  holistic: { recommendation: Recommendation | null; reasons: string };
}

/** A submitted assessment as the officer (and, after submitting their own, a peer) sees it. */
export interface SubmittedAssessment {
  assignmentId: string;
  assessor: { userId: string; name: string };
  content: AssessmentContent;
  submittedAt: string;
}

export interface ConsensusBody {
  scores: Record<string, { score: number; text: string }>;
  conclusion: { recommendation: Recommendation; text: string };
  dissent: string | null;
}

export interface Consensus extends ConsensusBody {
  recordedBy: { name: string };
  recordedAt: string;
  version: number;
}

export interface CaseVersion {
  versionNo: number;
  receiptNumber: string;
  receivedAt: string;
  sha256: string;
  withdrawn: boolean;
  /** The version this case is made of. */
  current: boolean;
  submissionId: string;
}

export interface CaseAttachment {
  id: string;
  kind: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  /** The virus scan; the file opens only when clean (or not_scanned). */
  scanState: ScanState;
  /** What the upload inspection flagged; absent in the assessor's workspace. */
  warnings?: { code: string; message: Localized }[];
}

export interface CaseDetail extends CaseListItem {
  callId: string;
  submission: {
    id: string;
    versionNo: number;
    receivedAt: string;
    sha256: string;
    submittedBy: { name: string };
  };
  versions: CaseVersion[];
  /** The submitted content, keyed by section id, as in the snapshot. */
  content: Record<string, unknown>;
  attachments: CaseAttachment[];
  /** The findings the applicant saw when submitting. */
  findingsAtSubmission: Omit<
    CaseFinding,
    'key' | 'decision' | 'reason' | 'decidedBy' | 'decidedAt'
  >[];
  formalCheck: {
    findings: CaseFinding[];
    result: FormalResult;
    /** Confirmed errors: the reasons for the proposed rejection (avvisning). */
    rejectionReasons: Localized[];
  };
  assignments: Assignment[];
  /** Submitted assessments only; drafts are private to their assessor. */
  assessments: SubmittedAssessment[];
  consensus: Consensus | null;
  /** Assessors declared conflicted on this case since the officer last looked (R26). */
  notices: { kind: 'declared_conflict'; assessor: { name: string }; at: string }[];
}

export interface AffiliationBody {
  orgnr: string;
  role: AffiliationRole;
  /** Filled from the register when left out. */
  orgName?: string;
}

export interface Assessor {
  userId: string;
  name: string;
  email: string | null;
  affiliations: { id: string; orgnr: string; orgName: string; role: AffiliationRole }[];
  activeAssignments: number;
}

/** What an assessor sees before declaring: the parties, never the content. */
export interface MyAssignment {
  id: string;
  caseId: string;
  callId: string;
  caseNumber: string;
  title: string;
  institution: { orgnr: string; name: string };
  partners: { orgnr: string; name: string }[];
  status: AssignmentStatus;
  /** A tie registered since the assignment bars the assessor until the officer acts. */
  barredByConflict: boolean;
  assessmentStatus: 'none' | 'draft' | 'submitted';
  assignedAt: string;
}

export interface AssignmentWorkspace {
  assignment: MyAssignment;
  /** The submitted content, keyed by section id. */
  content: Record<string, unknown>;
  submissionId: string;
  attachments: CaseAttachment[];
  findingsAtSubmission: CaseDetail['findingsAtSubmission'];
  assessment: {
    content: AssessmentContent;
    status: 'draft' | 'submitted';
    version: number;
    updatedAt: string;
    submittedAt: string | null;
    /** Set when the officer reopened a submitted assessment, with the reason given. */
    reopened: { at: string; reason: string } | null;
  } | null;
  /** Other assessors' submitted assessments: empty until this assessor has submitted. */
  peers: SubmittedAssessment[];
}

export interface PanelCriterion {
  criterionId: string;
  /** Scores per value of the scale, from min to max, over submitted assessments. */
  distribution: { score: number; count: number }[];
  mean: number | null;
  standardDeviation: number | null;
  /** Krippendorff's alpha (ordinal) over cases with at least two submitted scores. */
  alpha: number | null;
  /** Cases that contributed (two or more scores). */
  cases: number;
}

export interface PanelView {
  callId: string;
  criteria: PanelCriterion[];
  /** Alpha over all criteria pooled. */
  overallAlpha: number | null;
  disagreementCases: number;
}
