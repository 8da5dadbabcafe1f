/**
 * The assessor's side (R24–R26): their own assignments, the workspace of a case they have
 * declared themselves impartial on, a private draft, and a submission that locks it. Other
 * assessors' scores are shown only once their own assessment is submitted. The officer may reopen
 * a submitted assessment, with a reason.
 */
import { nameForType } from '../../../documents/inspection/name-for-type.js';
import { createHash } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import { canonicalJson } from '../../../domain/audit/canonical-json.js';
import {
  draftProblems,
  submissionProblems,
  type AssessmentContent,
} from '../../../domain/cases/assessment-content.js';
import { caseFactsOf } from '../../../domain/cases/case-facts.js';
import { isCurrentAssignment, type AssignmentStatus } from '../../../domain/cases/case-status.js';
import { readSnapshot } from '../../../documents/submission-snapshot.js';
import { inTransaction } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import { lockCase } from '../../../store/repositories/cases.repository.js';
import {
  findAssessment,
  findAssignment,
  findAssignmentOfAssessor,
  listAssignmentsOfAssessor,
  listSubmittedAssessments,
  upsertAssessment,
  type MyAssignmentRow,
} from '../../../store/repositories/assessments.repository.js';
import { findSubmission } from '../../../store/repositories/submissions.repository.js';
import { readSubmittedAttachment } from '../documents/read-submitted-attachment.js';
import type { AppContext } from '../../context.js';
import { readIntactSnapshot } from '../audit/integrity.js';
import { AppError } from '../../errors/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { callOf } from '../applications/access.js';
import { refuseProblems, requireReason } from './problems.js';
import { scanStatesOf } from '../virus-scan/scan-states.js';
import { assessmentContentOf, refreshCase, submittedAssessmentView } from './read-case.js';
import { refuseStandingConflicts, standingConflictsOf } from './standing-conflicts.js';

async function myAssignmentView(ctx: AppContext, row: MyAssignmentRow) {
  const call = callOf(ctx, row.call_id);
  const submission = await findSubmission(ctx.store.db, row.submission_id);
  const partners = submission
    ? caseFactsOf(call, readSnapshot(submission.snapshot).snapshot.content).partners
    : [];
  return {
    id: row.id,
    caseId: row.case_id,
    callId: row.call_id,
    caseNumber: row.case_number,
    title: row.title,
    institution: { orgnr: row.institution_orgnr, name: row.institution_name },
    partners,
    status: row.status as AssignmentStatus,
    /** A tie registered since the assignment bars this assessor until the officer decides. */
    barredByConflict:
      isCurrentAssignment(row.status) &&
      (await standingConflictsOf(ctx.store.db, call, row)).length > 0,
    assessmentStatus: (row.assessment_status ?? 'none') as 'none' | 'draft' | 'submitted',
    assignedAt: row.assigned_at,
  };
}

export type MyAssignment = Awaited<ReturnType<typeof myAssignmentView>>;

export async function listMyAssignments(
  ctx: AppContext,
  principal: Principal,
): Promise<MyAssignment[]> {
  const rows = await listAssignmentsOfAssessor(ctx.store.db, principal.userId);
  return Promise.all(rows.map((row) => myAssignmentView(ctx, row)));
}

export async function readMyAssignment(
  ctx: AppContext,
  principal: Principal,
  assignmentId: string,
): Promise<MyAssignment> {
  const row = await findAssignmentOfAssessor(ctx.store.db, principal.userId, assignmentId);
  if (!row) throw new AppError('assignment_not_found');
  return myAssignmentView(ctx, row);
}

/** The assignment, if it is the principal's and they may see its content now. */
async function activeAssignment(ctx: AppContext, principal: Principal, assignmentId: string) {
  const row = await findAssignmentOfAssessor(ctx.store.db, principal.userId, assignmentId);
  if (!row) throw new AppError('assignment_not_found');
  if (row.status === 'awaiting_declaration') throw new AppError('declaration_required');
  if (row.status !== 'active') throw new AppError('assignment_removed');
  await refuseStandingConflicts(ctx.store.db, callOf(ctx, row.call_id), row);
  return row;
}

/** A file of the submitted version, for an assessor who may see the case's content. */
export async function readAssignmentAttachment(
  ctx: AppContext,
  principal: Principal,
  assignmentId: string,
  attachmentId: string,
) {
  const row = await activeAssignment(ctx, principal, assignmentId);
  return readSubmittedAttachment(ctx, row.submission_id, attachmentId, principal);
}

export async function readWorkspace(ctx: AppContext, principal: Principal, assignmentId: string) {
  const row = await activeAssignment(ctx, principal, assignmentId);
  const submission = await findSubmission(ctx.store.db, row.submission_id);
  if (!submission) throw new AppError('submission_not_found');
  const { snapshot } = await readIntactSnapshot(ctx, submission, {
    principal,
    purpose: 'assessment.read-own',
  });
  const scanState = await scanStatesOf(
    ctx.store.db,
    submission.application_id,
    snapshot.attachments.map((a) => a.fileId),
  );
  const own = await findAssessment(ctx.store.db, row.id);
  const submitted = own?.status === 'submitted';
  const peers = submitted
    ? (await listSubmittedAssessments(ctx.store.db, [row.case_id]))
        .filter((a) => a.assignment_id !== row.id)
        .map(submittedAssessmentView)
    : [];
  return {
    assignment: await myAssignmentView(ctx, row),
    content: snapshot.content,
    submissionId: submission.id,
    attachments: snapshot.attachments.map((a) => ({
      id: a.fileId,
      kind: a.kind,
      fileName: nameForType(a.fileName, a.mediaType),
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      scanState: scanState(a.fileId),
    })),
    findingsAtSubmission: snapshot.findings.map((f) => ({
      ruleId: f.ruleId,
      requirementId: f.requirementId,
      severity: f.severity,
      path: f.path,
      message: f.message,
      citation: f.citation,
    })),
    assessment: own
      ? {
          content: assessmentContentOf(own),
          status: own.status as 'draft' | 'submitted',
          version: own.version,
          updatedAt: own.updated_at,
          submittedAt: own.submitted_at,
          reopened:
            own.reopened_at === null
              ? null
              : { at: own.reopened_at, reason: own.reopen_reason ?? '' },
        }
      : null,
    peers,
  };
}

function digest(content: AssessmentContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export async function saveAssessment(
  ctx: AppContext,
  principal: Principal,
  input: {
    assignmentId: string;
    content: AssessmentContent;
    submit: boolean;
    locale: Locale;
    at: Date;
  },
): Promise<void> {
  const mine = await activeAssignment(ctx, principal, input.assignmentId);
  const call = callOf(ctx, mine.call_id);
  refuseProblems(
    input.submit
      ? submissionProblems(call, input.content)
      : draftProblems(call, input.content.scores),
    input.locale,
  );
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockCase(tx, mine.case_id);
    if (!row) throw new AppError('case_not_found');
    const assignment = await findAssignment(tx, mine.id);
    if (assignment?.status !== 'active') throw new AppError('assignment_removed');
    // Again under the case's lock: a tie registered since the check above still counts.
    await refuseStandingConflicts(tx, call, { ...mine, ...assignment });
    const existing = await findAssessment(tx, mine.id);
    if (existing?.status === 'submitted') throw new AppError('assessment_locked');
    const at = input.at.toISOString();
    await upsertAssessment(tx, {
      assignment_id: mine.id,
      case_id: row.id,
      assessor_user_id: principal.userId,
      content: JSON.stringify(input.content),
      status: input.submit ? 'submitted' : 'draft',
      version: (existing?.version ?? 0) + 1,
      updated_at: at,
      submitted_at: input.submit ? at : null,
      reopened_at: existing?.reopened_at ?? null,
      reopened_by: existing?.reopened_by ?? null,
      reopen_reason: existing?.reopen_reason ?? null,
    });
    await appendAuditEvent(tx, {
      actor: principal,
      action: input.submit ? 'assessment.submitted' : 'assessment.draft_saved',
      entityType: 'case',
      entityId: row.id,
      detail: {
        caseNumber: row.case_number,
        assignmentId: mine.id,
        version: (existing?.version ?? 0) + 1,
        sha256: digest(input.content),
      },
      at: input.at,
    });
    if (input.submit) await refreshCase(tx, call, row.id, input.at);
  });
}

export async function reopenAssessment(
  ctx: AppContext,
  principal: Principal,
  input: { caseId: string; assignmentId: string; reason: string; locale: Locale; at: Date },
): Promise<void> {
  const reason = requireReason('reason', input.reason, input.locale);
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockCase(tx, input.caseId);
    if (!row) throw new AppError('case_not_found');
    const assessment = await findAssessment(tx, input.assignmentId);
    if (!assessment || assessment.case_id !== row.id) throw new AppError('assignment_not_found');
    if (assessment.status !== 'submitted') throw new AppError('assessment_not_submitted');
    const at = input.at.toISOString();
    await upsertAssessment(tx, {
      ...assessment,
      status: 'draft',
      version: assessment.version + 1,
      updated_at: at,
      submitted_at: null,
      reopened_at: at,
      reopened_by: principal.userId,
      reopen_reason: reason,
    });
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'case.assessment_reopened',
      entityType: 'case',
      entityId: row.id,
      detail: { caseNumber: row.case_number, assignmentId: assessment.assignment_id, reason },
      at: input.at,
    });
    await refreshCase(tx, callOf(ctx, row.call_id), row.id, input.at);
  });
}
