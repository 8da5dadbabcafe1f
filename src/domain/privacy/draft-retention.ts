/**
 * When a call's drafts never submitted are due for deletion (docs/adr/0024): from the start of
 * the Oslo day `retention.draftDays` days after the deadline's Oslo day. Pure: `now` is passed in.
 */
import type { CallDefinition } from '../call/call-schema.js';
import { callDeadline } from '../call/call-phase.js';
import { addDays } from '../demo-life/life-dates.js';
import { osloDateOf, osloStartOfDay } from '../time/oslo.js';

export function draftRetentionEnds(call: CallDefinition): Date {
  const deadlineDay = osloDateOf(callDeadline(call));
  return osloStartOfDay(addDays(deadlineDay, call.retention.draftDays));
}

export function draftsAreDue(call: CallDefinition, now: Date): boolean {
  return now.getTime() >= draftRetentionEnds(call).getTime();
}
