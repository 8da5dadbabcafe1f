/**
 * Assessors on a case (R26). The system finds conflicts by itself: an affiliation of the assessor
 * with the applicant institution or a partner company blocks the assignment unless the officer
 * overrides it with a written reason. Before seeing any content the assessor declares, per case,
 * against the grounds of forvaltningsloven § 6; a declared ground removes them from the case, and
 * the officer sees it on the case.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import {
  DECLARATION_GROUNDS,
  detectConflicts,
  type AffiliationRole,
  type DeclarationGround,
} from '../../../domain/assessment/conflicts.js';
import { isCurrentAssignment } from '../../../domain/cases/case-status.js';
import { inTransaction } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import { lockCase } from '../../../store/repositories/cases.repository.js';
import {
  findAssignment,
  findAssignmentOfAssessor,
  insertAssignment,
  listAffiliations,
  listAssignmentsOfCase,
  updateAssignment,
} from '../../../store/repositories/assessments.repository.js';
import { loadPrincipal } from '../../../store/repositories/users.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { callOf } from '../applications/access.js';
import { refuseProblems, requireReason } from './problems.js';
import { casePartiesOf, refreshCase } from './read-case.js';
import { refuseStandingConflicts } from './standing-conflicts.js';

export async function assignAssessor(
  ctx: AppContext,
  principal: Principal,
  input: {
    caseId: string;
    assessorUserId: string;
    overrideReason?: string | undefined;
    locale: Locale;
    at: Date;
  },
): Promise<void> {
  const assessor = await loadPrincipal(ctx.store.db, input.assessorUserId);
  if (!assessor || !assessor.roles.some((g) => g.role === 'assessor')) {
    refuseProblems(
      [
        {
          path: 'assessorUserId',
          message: {
            nb: 'er ikke en registrert fagekspert',
            nn: 'er ikkje ein registrert fagekspert',
            en: 'is not a registered assessor',
          },
        },
      ],
      input.locale,
    );
    return;
  }
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockCase(tx, input.caseId);
    if (!row) throw new AppError('case_not_found');
    const call = callOf(ctx, row.call_id);
    if (row.formal_result === 'proposed_rejection') throw new AppError('case_not_assessable');
    const current = (await listAssignmentsOfCase(tx, row.id)).filter((a) =>
      isCurrentAssignment(a.status),
    );
    if (current.some((a) => a.assessor_user_id === assessor.userId)) {
      throw new AppError('already_assigned');
    }
    if (current.length >= call.assessorsPerCase) throw new AppError('assessors_full');

    const parties = await casePartiesOf(tx, call, row);
    const affiliations = await listAffiliations(tx, [assessor.userId]);
    const conflicts = detectConflicts(
      affiliations.map((a) => ({
        orgnr: a.orgnr,
        orgName: a.org_name,
        role: a.role as AffiliationRole,
      })),
      parties,
    );
    let overrideReason: string | null = null;
    if (conflicts.length > 0) {
      if (input.overrideReason === undefined) {
        throw new AppError('assignment_conflict', {
          detail: {
            nb: 'Fageksperten har tilknytning til en part i saken. Tildel bare med en skriftlig begrunnelse.',
            nn: 'Fageksperten har tilknyting til ein part i saka. Tildel berre med ei skriftleg grunngiving.',
            en: 'The assessor is tied to a party of the case. Assign only with a written reason.',
          },
          extensions: { conflicts },
        });
      }
      overrideReason = requireReason('overrideReason', input.overrideReason, input.locale);
    }
    const id = randomUUID();
    await insertAssignment(tx, {
      id,
      case_id: row.id,
      assessor_user_id: assessor.userId,
      status: 'awaiting_declaration',
      conflicts: JSON.stringify(conflicts),
      override_reason: overrideReason,
      assigned_by: principal.userId,
      assigned_at: input.at.toISOString(),
      declaration: null,
      declared_at: null,
      removed_at: null,
      removed_reason: null,
    });
    await appendAuditEvent(tx, {
      actor: principal,
      action: overrideReason ? 'case.assessor_assigned_despite_conflict' : 'case.assessor_assigned',
      entityType: 'case',
      entityId: row.id,
      detail: {
        caseNumber: row.case_number,
        assignmentId: id,
        assessor: { userId: assessor.userId, name: assessor.name },
        conflicts,
        overrideReason,
      },
      at: input.at,
    });
    await refreshCase(tx, call, row.id, input.at);
  });
}

export async function removeAssignment(
  ctx: AppContext,
  principal: Principal,
  input: { caseId: string; assignmentId: string; at: Date },
): Promise<void> {
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockCase(tx, input.caseId);
    if (!row) throw new AppError('case_not_found');
    const assignment = await findAssignment(tx, input.assignmentId);
    if (!assignment || assignment.case_id !== row.id) throw new AppError('assignment_not_found');
    if (!isCurrentAssignment(assignment.status)) return;
    await updateAssignment(tx, assignment.id, {
      status: 'removed',
      removed_at: input.at.toISOString(),
      removed_reason: 'removed_by_officer',
    });
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'case.assessor_removed',
      entityType: 'case',
      entityId: row.id,
      detail: {
        caseNumber: row.case_number,
        assignmentId: assignment.id,
        assessor: { userId: assignment.assessor_user_id, name: assignment.assessor_name },
      },
      at: input.at,
    });
    await refreshCase(tx, callOf(ctx, row.call_id), row.id, input.at);
  });
}

export async function declareImpartiality(
  ctx: AppContext,
  principal: Principal,
  input: {
    assignmentId: string;
    grounds: DeclarationGround[];
    explanation?: string | undefined;
    locale: Locale;
    at: Date;
  },
): Promise<void> {
  const grounds = DECLARATION_GROUNDS.filter((g) => input.grounds.includes(g));
  const explanation =
    grounds.length > 0
      ? requireReason('explanation', input.explanation, input.locale)
      : input.explanation?.trim() || null;
  await inTransaction(ctx.store, async (tx) => {
    const mine = await findAssignmentOfAssessor(tx, principal.userId, input.assignmentId);
    if (!mine) throw new AppError('assignment_not_found');
    const row = await lockCase(tx, mine.case_id);
    if (!row) throw new AppError('case_not_found');
    const assignment = await findAssignment(tx, mine.id);
    if (assignment?.status !== 'awaiting_declaration') {
      if (assignment?.status === 'active' || assignment?.status === 'removed_conflict') {
        throw new AppError('already_declared');
      }
      throw new AppError('assignment_removed');
    }
    const conflicted = grounds.length > 0;
    // "No grounds" cannot stand against a tie the register now holds; declaring a ground can.
    if (!conflicted) {
      await refuseStandingConflicts(tx, callOf(ctx, row.call_id), { ...mine, ...assignment });
    }
    const at = input.at.toISOString();
    await updateAssignment(tx, assignment.id, {
      status: conflicted ? 'removed_conflict' : 'active',
      declaration: JSON.stringify({ grounds, explanation }),
      declared_at: at,
      ...(conflicted ? { removed_at: at, removed_reason: 'declared_conflict' } : {}),
    });
    await appendAuditEvent(tx, {
      actor: principal,
      action: conflicted ? 'assessment.conflict_declared' : 'assessment.impartiality_declared',
      entityType: 'case',
      entityId: row.id,
      detail: { caseNumber: row.case_number, assignmentId: assignment.id, grounds, explanation },
      at: input.at,
    });
    await refreshCase(tx, callOf(ctx, row.call_id), row.id, input.at);
  });
}
