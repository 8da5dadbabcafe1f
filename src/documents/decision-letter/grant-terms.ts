/**
 * The figures of a grant letter computed from the call and the letter's date (R29): the
 * acceptance deadline, each report's due date, and each instalment's amount in whole kroner
 * (the last takes what rounding left, so the plan sums to the grant exactly).
 */
import type { CallDefinition } from '../../domain/call/call-schema.js';
import type { ReportingDuty } from '../../domain/call/call-assessment-schema.js';
import { addDays, osloDateOf } from '../../domain/time/oslo.js';

export interface ProjectPeriod {
  /** YYYY-MM-DD, from the application. */
  start: string;
  end: string;
}

export function acceptanceDeadline(call: Pick<CallDefinition, 'decision'>, issuedAt: Date): string {
  return addDays(osloDateOf(issuedAt), call.decision.acceptanceDeadlineDays);
}

export function reportDueDate(duty: ReportingDuty, period: ProjectPeriod): string {
  return duty.due.kind === 'date' ? duty.due.date : addDays(period.end, duty.due.daysAfter);
}

export { instalmentAmounts, type InstalmentAmount } from '../../domain/followup/payment-plan.js';
