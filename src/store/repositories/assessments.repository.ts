/**
 * What the grant body's people record on cases: assessors' affiliations, assignments with their
 * declarations, assessments and the officer's consensus. The cases themselves, intake and the
 * formal check are in cases.repository.ts.
 */
import type { DbOrTx, Tx } from '../create-store.js';
import type {
  AssessmentRow,
  AssessorAffiliationRow,
  CaseAssignmentRow,
  CaseConsensusRow,
} from '../database.js';

// ---- Assessors and their affiliations -----------------------------------------------------------

export interface AssessorUser {
  id: string;
  name: string;
  email: string | null;
}

export async function listAssessorUsers(db: DbOrTx): Promise<AssessorUser[]> {
  return db
    .selectFrom('app_user')
    .select(['app_user.id', 'app_user.name', 'app_user.email'])
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('user_role')
          .select('user_role.id')
          .whereRef('user_role.user_id', '=', 'app_user.id')
          .where('user_role.role', '=', 'assessor'),
      ),
    )
    .orderBy('app_user.name')
    .execute();
}

export async function listAffiliations(
  db: DbOrTx,
  userIds?: readonly string[],
): Promise<AssessorAffiliationRow[]> {
  let q = db.selectFrom('assessor_affiliation').selectAll();
  if (userIds) {
    if (userIds.length === 0) return [];
    q = q.where('user_id', 'in', userIds);
  }
  return q.orderBy('org_name').orderBy('role').execute();
}

export async function insertAffiliation(tx: Tx, row: AssessorAffiliationRow): Promise<boolean> {
  const inserted = await tx
    .insertInto('assessor_affiliation')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'orgnr', 'role']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function deleteAffiliation(
  tx: Tx,
  userId: string,
  id: string,
): Promise<AssessorAffiliationRow | undefined> {
  return tx
    .deleteFrom('assessor_affiliation')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function countActiveAssignments(
  db: DbOrTx,
  userIds: readonly string[],
): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('case_assignment')
    .select(['assessor_user_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('assessor_user_id', 'in', userIds)
    .where('status', 'in', ['awaiting_declaration', 'active'])
    .groupBy('assessor_user_id')
    .execute();
  return new Map(rows.map((r) => [r.assessor_user_id, Number(r.n)]));
}

// ---- Assignments --------------------------------------------------------------------------------

export interface AssignmentWithName extends CaseAssignmentRow {
  assessor_name: string;
}

export async function listAssignmentsOfCase(
  db: DbOrTx,
  caseId: string,
): Promise<AssignmentWithName[]> {
  return db
    .selectFrom('case_assignment')
    .innerJoin('app_user', 'app_user.id', 'case_assignment.assessor_user_id')
    .selectAll('case_assignment')
    .select('app_user.name as assessor_name')
    .where('case_assignment.case_id', '=', caseId)
    .orderBy('case_assignment.assigned_at')
    .execute();
}

export async function findAssignment(
  db: DbOrTx,
  id: string,
): Promise<AssignmentWithName | undefined> {
  return db
    .selectFrom('case_assignment')
    .innerJoin('app_user', 'app_user.id', 'case_assignment.assessor_user_id')
    .selectAll('case_assignment')
    .select('app_user.name as assessor_name')
    .where('case_assignment.id', '=', id)
    .executeTakeFirst();
}

export async function insertAssignment(tx: Tx, row: CaseAssignmentRow): Promise<void> {
  await tx.insertInto('case_assignment').values(row).execute();
}

export async function updateAssignment(
  tx: Tx,
  id: string,
  changes: Partial<
    Pick<
      CaseAssignmentRow,
      'status' | 'declaration' | 'declared_at' | 'removed_at' | 'removed_reason'
    >
  >,
): Promise<void> {
  await tx.updateTable('case_assignment').set(changes).where('id', '=', id).execute();
}

export interface MyAssignmentRow extends CaseAssignmentRow {
  call_id: string;
  case_number: string;
  title: string;
  institution_orgnr: string;
  institution_name: string;
  submission_id: string;
  assessment_status: string | null;
}

function myAssignments(db: DbOrTx) {
  return db
    .selectFrom('case_assignment')
    .innerJoin('case_file', 'case_file.id', 'case_assignment.case_id')
    .leftJoin('assessment', 'assessment.assignment_id', 'case_assignment.id')
    .selectAll('case_assignment')
    .select([
      'case_file.call_id',
      'case_file.case_number',
      'case_file.title',
      'case_file.institution_orgnr',
      'case_file.institution_name',
      'case_file.submission_id',
      'assessment.status as assessment_status',
    ]);
}

export async function listAssignmentsOfAssessor(
  db: DbOrTx,
  userId: string,
): Promise<MyAssignmentRow[]> {
  return myAssignments(db)
    .where('case_assignment.assessor_user_id', '=', userId)
    .orderBy('case_file.case_seq')
    .execute();
}

export async function findAssignmentOfAssessor(
  db: DbOrTx,
  userId: string,
  assignmentId: string,
): Promise<MyAssignmentRow | undefined> {
  return myAssignments(db)
    .where('case_assignment.assessor_user_id', '=', userId)
    .where('case_assignment.id', '=', assignmentId)
    .executeTakeFirst();
}

// ---- Assessments --------------------------------------------------------------------------------

export async function findAssessment(
  db: DbOrTx,
  assignmentId: string,
): Promise<AssessmentRow | undefined> {
  return db
    .selectFrom('assessment')
    .selectAll()
    .where('assignment_id', '=', assignmentId)
    .executeTakeFirst();
}

export async function upsertAssessment(tx: Tx, row: AssessmentRow): Promise<void> {
  await tx
    .insertInto('assessment')
    .values(row)
    .onConflict((oc) =>
      oc.column('assignment_id').doUpdateSet({
        content: row.content,
        status: row.status,
        version: row.version,
        updated_at: row.updated_at,
        submitted_at: row.submitted_at,
        reopened_at: row.reopened_at,
        reopened_by: row.reopened_by,
        reopen_reason: row.reopen_reason,
      }),
    )
    .execute();
}

export interface AssessmentWithName extends AssessmentRow {
  assessor_name: string;
}

/** Submitted assessments of a case; drafts never leave their assessor. */
export async function listSubmittedAssessments(
  db: DbOrTx,
  caseIds: readonly string[],
): Promise<AssessmentWithName[]> {
  if (caseIds.length === 0) return [];
  const rows: AssessmentWithName[] = [];
  // Chunks keep the bound parameters under SQLite's limit when a whole call is read.
  for (let i = 0; i < caseIds.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('assessment')
        .innerJoin('app_user', 'app_user.id', 'assessment.assessor_user_id')
        .innerJoin('case_assignment', 'case_assignment.id', 'assessment.assignment_id')
        .selectAll('assessment')
        .select('app_user.name as assessor_name')
        .where('assessment.case_id', 'in', caseIds.slice(i, i + 500))
        .where('assessment.status', '=', 'submitted')
        .where('case_assignment.status', '=', 'active')
        .orderBy('assessment.submitted_at')
        .execute()),
    );
  }
  return rows;
}

// ---- Consensus ----------------------------------------------------------------------------------

export async function findConsensus(
  db: DbOrTx,
  caseId: string,
): Promise<(CaseConsensusRow & { recorded_by_name: string }) | undefined> {
  return db
    .selectFrom('case_consensus')
    .innerJoin('app_user', 'app_user.id', 'case_consensus.recorded_by')
    .selectAll('case_consensus')
    .select('app_user.name as recorded_by_name')
    .where('case_consensus.case_id', '=', caseId)
    .executeTakeFirst();
}

export async function listConsensus(db: DbOrTx, callId: string): Promise<CaseConsensusRow[]> {
  return db
    .selectFrom('case_consensus')
    .innerJoin('case_file', 'case_file.id', 'case_consensus.case_id')
    .selectAll('case_consensus')
    .where('case_file.call_id', '=', callId)
    .execute();
}

export async function upsertConsensus(tx: Tx, row: CaseConsensusRow): Promise<void> {
  await tx
    .insertInto('case_consensus')
    .values(row)
    .onConflict((oc) =>
      oc.column('case_id').doUpdateSet({
        content: row.content,
        version: row.version,
        recorded_by: row.recorded_by,
        recorded_at: row.recorded_at,
      }),
    )
    .execute();
}
