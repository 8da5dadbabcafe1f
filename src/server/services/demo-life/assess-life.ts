/**
 * The synthetic cases after intake, through the real case services with their audit events: the
 * officer completes the formal check (confirming the one error the rules' second run found, so
 * that case is proposed for rejection), assigns the planned assessors (the service checks for
 * conflicts), the assessors declare impartiality and score every criterion, and the officer
 * records consensus for all but the handful left for the officer persona. Each step looks at
 * what is recorded first, so running it again changes nothing.
 */
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { isCurrentAssignment } from '../../../domain/cases/case-status.js';
import type { LifeApplication } from '../../../domain/demo-life/generate-call-life.js';
import {
  findAssessment,
  findConsensus,
  listAssignmentsOfCase,
} from '../../../store/repositories/assessments.repository.js';
import { listCaseFindings } from '../../../store/repositories/cases.repository.js';
import type { AppContext } from '../../context.js';
import { saveAssessment } from '../cases/assessments.js';
import { assignAssessor, declareImpartiality } from '../cases/assignments.js';
import { recordConsensus } from '../cases/consensus.js';
import { completeFormalCheck, decideFinding } from '../cases/formal-check.js';
import { findingOf } from '../cases/read-case.js';
import type { LifePeople } from './life-people.js';

const LOCALE = 'nb';

export interface LifeCase {
  caseId: string;
  formalResult: string;
  application: LifeApplication;
}

/** When each step happens: between the deadline and the jump's instant, in this order. */
export interface LifeSchedule {
  formalCheck: Date;
  assignment: Date;
  declaration: Date;
  /** The k-th of n cases' assessments. */
  assessment(k: number, n: number): Date;
  consensus(k: number, n: number): Date;
}

export async function completeLifeFormalCheck(
  ctx: AppContext,
  people: LifePeople,
  lifeCase: LifeCase,
  at: Date,
): Promise<void> {
  if (lifeCase.formalResult !== 'pending') return;
  for (const row of await listCaseFindings(ctx.store.db, lifeCase.caseId)) {
    if (row.decision !== null) continue;
    const finding = findingOf(row);
    // Warnings are noted as right; the one error (the register change) is confirmed, which
    // proposes the case for rejection with the finding as its reason.
    await decideFinding(ctx, people.officer, {
      caseId: lifeCase.caseId,
      findingKey: row.finding_key,
      decision: 'confirmed',
      reason:
        finding.severity === 'error'
          ? 'Bekreftet mot Enhetsregisteret: virksomheten er registrert utenfor næringene utlysningen gjelder.'
          : undefined,
      locale: LOCALE,
      at,
    });
  }
  await completeFormalCheck(ctx, people.officer, { caseId: lifeCase.caseId, locale: LOCALE, at });
}

export async function assessLifeCase(
  ctx: AppContext,
  call: CallDefinition,
  people: LifePeople,
  lifeCase: LifeCase,
  schedule: LifeSchedule,
  position: { k: number; n: number },
): Promise<void> {
  const { application } = lifeCase;
  const plan = application.assessment;
  const current = () =>
    listAssignmentsOfCase(ctx.store.db, lifeCase.caseId).then((rows) =>
      rows.filter((a) => isCurrentAssignment(a.status)),
    );
  let assignments = await current();
  for (const key of application.assessorKeys) {
    const assessor = people.assessors.get(key);
    if (!assessor || assignments.length >= call.assessorsPerCase) continue;
    if (assignments.some((a) => a.assessor_user_id === assessor.userId)) continue;
    await assignAssessor(ctx, people.officer, {
      caseId: lifeCase.caseId,
      assessorUserId: assessor.userId,
      locale: LOCALE,
      at: schedule.assignment,
    });
    assignments = await current();
  }
  for (const assignment of assignments) {
    const slot = application.assessorKeys.findIndex(
      (key) => people.assessors.get(key)?.userId === assignment.assessor_user_id,
    );
    const planned = plan.assessments[slot];
    const assessor = people.assessors.get(application.assessorKeys[slot] ?? '');
    // Someone else's assignment (an officer's choice in the demo) is theirs to do.
    if (!planned || !assessor) continue;
    if (assignment.status === 'awaiting_declaration') {
      await declareImpartiality(ctx, assessor, {
        assignmentId: assignment.id,
        grounds: [],
        locale: LOCALE,
        at: schedule.declaration,
      });
    }
    const existing = await findAssessment(ctx.store.db, assignment.id);
    if (existing?.status === 'submitted') continue;
    await saveAssessment(ctx, assessor, {
      assignmentId: assignment.id,
      content: planned,
      submit: true,
      locale: LOCALE,
      at: schedule.assessment(position.k, position.n),
    });
  }
  if (!application.consensus) return;
  if (await findConsensus(ctx.store.db, lifeCase.caseId)) return;
  await recordConsensus(ctx, people.officer, {
    caseId: lifeCase.caseId,
    content: plan.consensus,
    locale: LOCALE,
    at: schedule.consensus(position.k, position.n),
  });
}
