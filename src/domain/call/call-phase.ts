/**
 * Where a call stands at a given instant. The domain never reads the clock: `now` is passed in.
 */
import { osloWallTimeToInstant } from '../time/oslo.js';
import type { CallDefinition } from './call-schema.js';

export const CALL_PHASES = ['unpublished', 'published', 'open', 'closed'] as const;
export type CallPhase = (typeof CALL_PHASES)[number];

export function callPagePublished(call: CallDefinition): Date {
  return osloWallTimeToInstant(call.dates.pagePublished);
}

export function callFormOpens(call: CallDefinition): Date {
  return osloWallTimeToInstant(call.dates.formOpens);
}

/** The first instant at which a submission is late (R3). */
export function callDeadline(call: CallDefinition): Date {
  return osloWallTimeToInstant(call.dates.deadline);
}

/**
 * unpublished → published (page visible, form not yet open) → open → closed. Each boundary
 * instant belongs to the later phase, so the deadline instant itself is already closed.
 */
export function callPhaseAt(call: CallDefinition, now: Date): CallPhase {
  const t = now.getTime();
  if (t < callPagePublished(call).getTime()) return 'unpublished';
  if (t < callFormOpens(call).getTime()) return 'published';
  if (t < callDeadline(call).getTime()) return 'open';
  return 'closed';
}
