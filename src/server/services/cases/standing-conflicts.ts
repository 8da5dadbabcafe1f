/**
 * Conflicts checked at every read and write of an assignment (R26), not only when it is made: an
 * affiliation registered later bars the assessor from the case's content, from declaring "no
 * grounds" and from saving, and the officer sees it on the case's assessors panel.
 */
import type { AffiliationRole, Conflict } from '../../../domain/assessment/conflicts.js';
import { standingConflicts } from '../../../domain/assessment/standing-conflicts.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { isCurrentAssignment } from '../../../domain/cases/case-status.js';
import type { DbOrTx } from '../../../store/create-store.js';
import type { CaseAssignmentRow } from '../../../store/database.js';
import { listAffiliations } from '../../../store/repositories/assessments.repository.js';
import { AppError } from '../../errors/catalogue.js';
import { casePartiesOf, type CasePartiesSource } from './read-case.js';

type Parties = Awaited<ReturnType<typeof casePartiesOf>>;

/** The standing conflicts of each current assignment of one case, by assignment id. */
export async function standingConflictsByAssignment(
  db: DbOrTx,
  parties: Pick<Parties, 'institution' | 'partners'>,
  assignments: readonly CaseAssignmentRow[],
): Promise<Map<string, Conflict[]>> {
  const current = assignments.filter((a) => isCurrentAssignment(a.status));
  const affiliations = await listAffiliations(db, [
    ...new Set(current.map((a) => a.assessor_user_id)),
  ]);
  return new Map(
    current.map((a) => [
      a.id,
      standingConflicts(
        affiliations
          .filter((f) => f.user_id === a.assessor_user_id)
          .map((f) => ({ orgnr: f.orgnr, orgName: f.org_name, role: f.role as AffiliationRole })),
        parties,
        {
          conflictsAtAssignment: JSON.parse(a.conflicts) as Conflict[],
          overrideReason: a.override_reason,
        },
      ),
    ]),
  );
}

/** The standing conflicts of one assignment with its case. */
export async function standingConflictsOf(
  db: DbOrTx,
  call: CallDefinition,
  assignment: CaseAssignmentRow & CasePartiesSource,
): Promise<Conflict[]> {
  const parties = await casePartiesOf(db, call, assignment);
  return (await standingConflictsByAssignment(db, parties, [assignment])).get(assignment.id) ?? [];
}

/** Refuses (403) an assessor whose assignment a registered tie now bars. */
export async function refuseStandingConflicts(
  db: DbOrTx,
  call: CallDefinition,
  assignment: CaseAssignmentRow & CasePartiesSource,
): Promise<void> {
  const conflicts = await standingConflictsOf(db, call, assignment);
  if (conflicts.length === 0) return;
  throw new AppError('assignment_conflict_registered', {
    detail: {
      nb: 'Du er registrert med tilknytning til en part i saken. Saksbehandleren ser det og avgjør om du kan fortsette.',
      nn: 'Du er registrert med tilknyting til ein part i saka. Sakshandsamaren ser det og avgjer om du kan halde fram.',
      en: 'You are registered as tied to a party of the case. The case officer sees this and decides whether you may go on.',
    },
    extensions: { conflicts },
  });
}
