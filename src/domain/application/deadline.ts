/**
 * R3: whether a submission arrived in time. The deadline is an Oslo wall time in the call; the
 * receipt is the server's instant, so the comparison holds whatever zone the server runs in.
 */
import { callDeadline } from '../call/call-phase.js';
import type { CallDefinition } from '../call/call-schema.js';

/** A receipt at the deadline instant or later is late: "kl. 17:00" means before 17:00:00.000. */
export function isReceivedInTime(call: CallDefinition, receivedAt: Date): boolean {
  return receivedAt.getTime() < callDeadline(call).getTime();
}
