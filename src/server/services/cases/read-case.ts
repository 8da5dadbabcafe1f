/**
 * Reading cases for the officer and leader, and keeping each case's list columns (status, formal
 * result, disagreement, mean score) true after every change, inside the changing transaction.
 */
import { nameForType } from '../../../documents/inspection/name-for-type.js';
import { UPLOAD_WARNING_TEXTS } from '../../../documents/inspection/upload-warnings.js';
import {
  UPLOAD_WARNINGS,
  type UploadWarning,
} from '../../../documents/inspection/decide-upload.js';
import { disagreementOf } from '../../../domain/assessment/panel.js';
import type { Conflict } from '../../../domain/assessment/conflicts.js';
import type { CallDefinition, Localized } from '../../../domain/call/call-schema.js';
import type {
  AssessmentContent,
  ConsensusContent,
} from '../../../domain/cases/assessment-content.js';
import { meanOf } from '../../../domain/cases/assessment-content.js';
import { caseFactsOf } from '../../../domain/cases/case-facts.js';
import {
  deriveCaseStatus,
  formalResultOf,
  isCurrentAssignment,
  type AssignmentStatus,
  type CaseStatus,
  type FormalResult,
} from '../../../domain/cases/case-status.js';
import type { Finding } from '../../../domain/rules/index.js';
import { readSnapshot } from '../../../documents/submission-snapshot.js';
import type { DbOrTx, Tx } from '../../../store/create-store.js';
import type { CaseFileRow, CaseFindingRow } from '../../../store/database.js';
import {
  findCase,
  listCaseFindings,
  updateCaseSummary,
  type CaseListRow,
} from '../../../store/repositories/cases.repository.js';
import {
  findConsensus,
  listAssignmentsOfCase,
  listSubmittedAssessments,
  type AssignmentWithName,
  type AssessmentWithName,
} from '../../../store/repositories/assessments.repository.js';
import {
  findSubmission,
  listSubmissions,
} from '../../../store/repositories/submissions.repository.js';
import { findUserName } from '../../../store/repositories/users.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { scanStatesOf } from '../virus-scan/scan-states.js';
import { readIntactSnapshot } from '../audit/integrity.js';
import { callOf } from '../applications/access.js';
import { standingConflictsByAssignment } from './standing-conflicts.js';

export interface CaseListItem {
  id: string;
  caseNumber: string;
  receiptNumber: string;
  title: string;
  institution: { orgnr: string; name: string };
  county: string | null;
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

export function caseListItemOf(row: CaseListRow): CaseListItem {
  return {
    id: row.id,
    caseNumber: row.case_number,
    receiptNumber: row.receipt_number,
    title: row.title,
    institution: { orgnr: row.institution_orgnr, name: row.institution_name },
    county: row.county,
    grantApplied: Number(row.grant_applied),
    companies: row.companies,
    participants: row.participants,
    findings: row.findings,
    status: row.status as CaseStatus,
    formalResult: row.formal_result as FormalResult,
    assessorsActive: row.assessors_active,
    assessmentsSubmitted: row.assessments_submitted,
    disagreement: row.disagreement === 1,
    consensusRecorded: row.consensus_recorded > 0,
    meanScore: row.mean_score === null ? null : Number(row.mean_score),
  };
}

export async function loadCase(db: DbOrTx, caseId: string): Promise<CaseFileRow> {
  const row = await findCase(db, caseId);
  if (!row) throw new AppError('case_not_found');
  return row;
}

export function assessmentContentOf(row: { content: string }): AssessmentContent {
  return JSON.parse(row.content) as AssessmentContent;
}

export function consensusContentOf(row: { content: string }): ConsensusContent {
  return JSON.parse(row.content) as ConsensusContent;
}

/** What the parties of a case are read from: its submitted version and its institution. */
export type CasePartiesSource = Pick<
  CaseFileRow,
  'submission_id' | 'institution_orgnr' | 'institution_name'
>;

/** The parties of a case as submitted: the institution and the partner companies. */
export async function casePartiesOf(
  db: DbOrTx,
  call: CallDefinition,
  row: CasePartiesSource,
): Promise<{
  institution: { orgnr: string; name: string };
  partners: { orgnr: string; name: string }[];
  snapshot: ReturnType<typeof readSnapshot>['snapshot'];
}> {
  const submission = await db
    .selectFrom('submission')
    .select('snapshot')
    .where('id', '=', row.submission_id)
    .executeTakeFirstOrThrow();
  const { snapshot } = readSnapshot(submission.snapshot);
  return {
    institution: { orgnr: row.institution_orgnr, name: row.institution_name },
    partners: caseFactsOf(call, snapshot.content).partners,
    snapshot,
  };
}

/** Recomputes the case's list columns from what is recorded; call after every change. */
export async function refreshCase(tx: Tx, call: CallDefinition, caseId: string, at: Date) {
  const [findings, assignments, assessments, consensus] = await Promise.all([
    listCaseFindings(tx, caseId),
    listAssignmentsOfCase(tx, caseId),
    listSubmittedAssessments(tx, [caseId]),
    findConsensus(tx, caseId),
  ]);
  const row = await loadCase(tx, caseId);
  const formalResult =
    row.formal_result === 'pending'
      ? 'pending'
      : formalResultOf(findings.map((f) => ({ ...findingOf(f), decision: f.decision })));
  const scoresPer = assessments.map((a) => scoresOf(assessmentContentOf(a)));
  const mean = consensus
    ? meanOf(Object.values(consensusContentOf(consensus).scores).map((s) => s.score))
    : meanOf(scoresPer.flatMap((s) => Object.values(s)));
  await updateCaseSummary(tx, caseId, {
    formal_result: formalResult,
    status: deriveCaseStatus({
      formalResult,
      assignmentStatuses: assignments.map((a) => a.status),
      submittedAssessments: assessments.length,
      consensusRecorded: consensus !== undefined,
      assessorsPerCase: call.assessorsPerCase,
    }),
    disagreement: disagreementOf(scoresPer, call.disagreementThreshold) ? 1 : 0,
    mean_score: mean === null ? null : Math.round(mean * 100) / 100,
    updated_at: at.toISOString(),
  });
}

export function scoresOf(content: AssessmentContent): Record<string, number | null> {
  return Object.fromEntries(Object.entries(content.scores).map(([id, s]) => [id, s.score]));
}

export function findingOf(row: CaseFindingRow): Finding {
  return JSON.parse(row.finding) as Finding;
}

function caseFindingView(row: CaseFindingRow, names: Map<string, string>) {
  const finding = findingOf(row);
  return {
    key: row.finding_key,
    ruleId: finding.ruleId,
    requirementId: finding.requirementId,
    severity: finding.severity,
    path: finding.path,
    message: finding.message,
    citation: finding.citation,
    decision: row.decision as 'confirmed' | 'overruled' | null,
    reason: row.reason,
    decidedBy: row.decided_by ? { name: names.get(row.decided_by) ?? '' } : null,
    decidedAt: row.decided_at,
  };
}

export function assignmentView(
  row: AssignmentWithName,
  assessmentStatus: string | null,
  standing: readonly Conflict[],
) {
  return {
    id: row.id,
    assessor: { userId: row.assessor_user_id, name: row.assessor_name },
    status: row.status as AssignmentStatus,
    conflicts: JSON.parse(row.conflicts) as Conflict[],
    /** Ties registered since the assignment and not overridden: they bar the assessor now. */
    standingConflicts: [...standing],
    overrideReason: row.override_reason,
    assignedAt: row.assigned_at,
    declaration: row.declaration
      ? (JSON.parse(row.declaration) as { grounds: string[]; explanation: string | null })
      : null,
    declaredAt: row.declared_at,
    removedReason: row.removed_reason,
    assessmentStatus: (assessmentStatus ?? 'none') as 'none' | 'draft' | 'submitted',
  };
}

export function submittedAssessmentView(row: AssessmentWithName) {
  return {
    assignmentId: row.assignment_id,
    assessor: { userId: row.assessor_user_id, name: row.assessor_name },
    content: assessmentContentOf(row),
    submittedAt: row.submitted_at ?? row.updated_at,
  };
}

/** One case as the officer sees it: the submitted version, the formal check, the assessments. */
export async function readCaseDetail(ctx: AppContext, caseId: string) {
  const db = ctx.store.db;
  const row = await loadCase(db, caseId);
  const call = callOf(ctx, row.call_id); // a case of a call no longer loaded is refused here
  const [submissionRow, versions, findings, assignments, assessments, consensus, statuses] =
    await Promise.all([
      findSubmission(db, row.submission_id),
      listSubmissions(db, row.application_id),
      listCaseFindings(db, caseId),
      listAssignmentsOfCase(db, caseId),
      listSubmittedAssessments(db, [caseId]),
      findConsensus(db, caseId),
      db
        .selectFrom('assessment')
        .select(['assignment_id', 'status'])
        .where('case_id', '=', caseId)
        .execute(),
    ]);
  // The snapshot shown beside its receipt hash is re-hashed first: altered, it is refused (R32).
  if (!submissionRow) throw new AppError('submission_not_found');
  const { snapshot } = await readIntactSnapshot(ctx, submissionRow, {
    principal: null,
    purpose: 'case.read',
  });
  const parties = {
    institution: { orgnr: row.institution_orgnr, name: row.institution_name },
    partners: caseFactsOf(call, snapshot.content).partners,
  };
  const scanState = await scanStatesOf(
    db,
    row.application_id,
    snapshot.attachments.map((a) => a.fileId),
  );
  const names = new Map<string, string>();
  for (const id of new Set(findings.flatMap((f) => (f.decided_by ? [f.decided_by] : [])))) {
    names.set(id, (await findUserName(db, id)) ?? '');
  }
  const statusOf = new Map(statuses.map((s) => [s.assignment_id, s.status]));
  const standing = await standingConflictsByAssignment(db, parties, assignments);
  const findingViews = findings.map((f) => caseFindingView(f, names));
  const rejectionReasons: Localized[] = findingViews
    .filter((f) => f.severity === 'error' && f.decision === 'confirmed')
    .map((f) => f.message);
  return {
    ...caseListItemOf({
      ...row,
      assessors_active: assignments.filter((a) => isCurrentAssignment(a.status)).length,
      assessments_submitted: assessments.length,
      consensus_recorded: consensus ? 1 : 0,
    }),
    callId: row.call_id,
    submission: {
      id: row.submission_id,
      versionNo: snapshot.versionNo,
      receivedAt: snapshot.receivedAt,
      sha256: versions.find((v) => v.id === row.submission_id)?.sha256 ?? '',
      submittedBy: { name: snapshot.submittedBy.name },
    },
    versions: versions.map((v) => ({
      versionNo: v.version_no,
      receiptNumber: v.receipt_number,
      receivedAt: v.received_at,
      sha256: v.sha256,
      withdrawn: v.withdrawn_at !== null,
      current: v.id === row.submission_id,
      submissionId: v.id,
    })),
    content: snapshot.content,
    attachments: snapshot.attachments.map((a) => ({
      id: a.fileId,
      kind: a.kind,
      fileName: nameForType(a.fileName, a.mediaType),
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      scanState: scanState(a.fileId),
      // What the inspection flagged (macros, JavaScript…), for the officer to look at.
      warnings: a.warnings
        .filter((c): c is UploadWarning => (UPLOAD_WARNINGS as readonly string[]).includes(c))
        .map((code) => ({ code, message: UPLOAD_WARNING_TEXTS[code] })),
    })),
    findingsAtSubmission: snapshot.findings.map((f) => ({
      ruleId: f.ruleId,
      requirementId: f.requirementId,
      severity: f.severity,
      path: f.path,
      message: f.message,
      citation: f.citation,
    })),
    formalCheck: {
      findings: findingViews,
      result: row.formal_result as FormalResult,
      rejectionReasons,
    },
    assignments: assignments.map((a) =>
      assignmentView(a, statusOf.get(a.id) ?? null, standing.get(a.id) ?? []),
    ),
    assessments: assessments.map(submittedAssessmentView),
    consensus: consensus
      ? {
          ...consensusContentOf(consensus),
          recordedBy: { name: consensus.recorded_by_name },
          recordedAt: consensus.recorded_at,
          version: consensus.version,
        }
      : null,
    notices: assignments
      .filter((a) => a.status === 'removed_conflict' && a.declared_at !== null)
      .map((a) => ({
        kind: 'declared_conflict' as const,
        assessor: { name: a.assessor_name },
        at: a.declared_at ?? a.assigned_at,
      })),
  };
}

export type CaseDetail = Awaited<ReturnType<typeof readCaseDetail>>;
