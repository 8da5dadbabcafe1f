/**
 * A tie registered after an assignment must count as much as one found at it (R26): the conflicts
 * an assessor has with a case now, less those the officer overrode with a reason when assigning.
 */
import { detectConflicts, type Affiliation, type CaseParties, type Conflict } from './conflicts.js';

const keyOf = (c: Conflict) => `${c.orgnr.replace(/\s/g, '')}|${c.role}|${c.party}`;

export interface AssignmentConflictState {
  /** The conflicts stored with the assignment when it was made. */
  conflictsAtAssignment: readonly Conflict[];
  /** The officer's reason for assigning despite those conflicts; null when none was given. */
  overrideReason: string | null;
}

/**
 * The conflicts that bar the assessor from the case now: every tie with a party that was not
 * overridden when assigning. An override covers only the ties it was given for.
 */
export function standingConflicts(
  affiliations: readonly Affiliation[],
  parties: CaseParties,
  assignment: AssignmentConflictState,
): Conflict[] {
  const overridden = new Set(
    assignment.overrideReason === null ? [] : assignment.conflictsAtAssignment.map(keyOf),
  );
  return detectConflicts(affiliations, parties).filter((c) => !overridden.has(keyOf(c)));
}
