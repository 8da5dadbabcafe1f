/**
 * A case's outcome (R28), read from the approved allocation and the formal check: granted in
 * full, partly granted (a reduction with its reason and cut budget lines), refused, or rejected on
 * formal grounds. A case on the reserve list gets a notice of its place and until when it holds.
 */
import type { CallDefinition } from '../call/call-schema.js';
import type { AllocationCase, Reduction, ScenarioEntry } from '../allocation/model.js';
import type { FormalResult } from '../cases/case-status.js';
import type { Finding } from '../rules/finding.js';

export const DECISION_OUTCOMES = ['innvilget', 'delvis_innvilget', 'avslatt', 'avvist'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** A formal finding the officer confirmed as an error, with the reason recorded for it. */
export interface ConfirmedFinding {
  finding: Finding;
  reason: string | null;
}

export interface FormalCheckRecord {
  result: FormalResult;
  /** The error findings the officer confirmed; empty when the check passed. */
  confirmed: readonly ConfirmedFinding[];
}

export type Outcome =
  | { kind: 'innvilget'; appliedNok: number; grantNok: number }
  | { kind: 'delvis_innvilget'; appliedNok: number; grantNok: number; reduction: Reduction }
  | { kind: 'avslatt'; appliedNok: number }
  | { kind: 'avvist'; appliedNok: number; findings: readonly ConfirmedFinding[] }
  | { kind: 'reserve'; appliedNok: number; position: number; validUntil: string };
export type OutcomeKind = Outcome['kind'];

export class OutcomeError extends Error {
  override readonly name = 'OutcomeError';
}

export function outcomeFromAllocation(
  entry: ScenarioEntry | null,
  allocationCase: AllocationCase,
  formalCheck: FormalCheckRecord,
  call: Pick<CallDefinition, 'decision'>,
): Outcome {
  const { caseNumber, appliedNok } = allocationCase;
  if (formalCheck.result === 'pending') {
    throw new OutcomeError(`${caseNumber}: the formal check is not finished`);
  }
  if (formalCheck.result === 'proposed_rejection') {
    if (formalCheck.confirmed.length === 0) {
      throw new OutcomeError(
        `${caseNumber}: rejected without a confirmed finding to give as reason`,
      );
    }
    return { kind: 'avvist', appliedNok, findings: formalCheck.confirmed };
  }
  if (!entry) throw new OutcomeError(`${caseNumber}: not placed in the approved allocation`);
  if (entry.caseId !== allocationCase.caseId) {
    throw new OutcomeError(`${caseNumber}: the entry is for another case (${entry.caseId})`);
  }
  switch (entry.placement) {
    case 'main':
      return mainOutcome(entry, allocationCase);
    case 'reserve':
      if (entry.reservePosition === null) {
        throw new OutcomeError(`${caseNumber}: on the reserve list without a position`);
      }
      return {
        kind: 'reserve',
        appliedNok,
        position: entry.reservePosition,
        validUntil: call.decision.reserveListValidUntil,
      };
    case 'refused':
      return { kind: 'avslatt', appliedNok };
  }
}

function mainOutcome(entry: ScenarioEntry, allocationCase: AllocationCase): Outcome {
  const { caseNumber, appliedNok } = allocationCase;
  const grantNok = entry.grantNok;
  if (grantNok === null || !Number.isInteger(grantNok) || grantNok <= 0) {
    throw new OutcomeError(`${caseNumber}: on the main list without a grant in whole kroner`);
  }
  if (grantNok > appliedNok) {
    throw new OutcomeError(
      `${caseNumber}: a grant of ${grantNok} is above the ${appliedNok} applied for`,
    );
  }
  if (grantNok === appliedNok) return { kind: 'innvilget', appliedNok, grantNok };
  if (!entry.reduction || entry.reduction.reason.trim() === '') {
    throw new OutcomeError(`${caseNumber}: a reduced grant needs the reduction's reason`);
  }
  return { kind: 'delvis_innvilget', appliedNok, grantNok, reduction: entry.reduction };
}

/** The decision a letter states; a reserve notice is not (yet) a decision. */
export function decisionOutcomeOf(outcome: Outcome): DecisionOutcome | null {
  return outcome.kind === 'reserve' ? null : outcome.kind;
}
