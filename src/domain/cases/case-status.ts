/**
 * Where a case stands, derived from what has been recorded about it, never set by hand: the
 * formal check first (R23), then assessment by the call's number of assessors (R24–R26), then the
 * officer's consensus.
 */
export const caseStatuses = [
  'formal_check',
  'proposed_rejection',
  'awaiting_assessors',
  'in_assessment',
  'assessed',
  'consensus_recorded',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const formalResults = ['pending', 'passed', 'proposed_rejection'] as const;
export type FormalResult = (typeof formalResults)[number];

export const assignmentStatuses = [
  'awaiting_declaration',
  'active',
  'removed_conflict',
  'removed',
] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

/** An assignment that still counts: the assessor has not been removed or declared a conflict. */
export function isCurrentAssignment(status: string): boolean {
  return status === 'awaiting_declaration' || status === 'active';
}

export interface CaseStatusInput {
  formalResult: FormalResult;
  assignmentStatuses: readonly string[];
  /** Submitted assessments of current (active) assignments. */
  submittedAssessments: number;
  consensusRecorded: boolean;
  assessorsPerCase: number;
}

export function deriveCaseStatus(input: CaseStatusInput): CaseStatus {
  if (input.formalResult === 'proposed_rejection') return 'proposed_rejection';
  if (input.formalResult === 'pending') return 'formal_check';
  if (input.consensusRecorded) return 'consensus_recorded';
  const current = input.assignmentStatuses.filter(isCurrentAssignment).length;
  if (current > 0 && input.submittedAssessments >= current) return 'assessed';
  if (current < input.assessorsPerCase && input.submittedAssessments === 0) {
    return 'awaiting_assessors';
  }
  return 'in_assessment';
}

/** The formal check's outcome once every finding is decided: a confirmed error rejects. */
export function formalResultOf(
  findings: readonly { severity: string; decision: string | null }[],
): FormalResult {
  if (findings.some((f) => f.decision === null)) return 'pending';
  return findings.some((f) => f.severity === 'error' && f.decision === 'confirmed')
    ? 'proposed_rejection'
    : 'passed';
}
