/**
 * The last day to appeal (R28). The time limit runs from the instant the notice reached the
 * party; a limit in weeks ends on the same weekday as that day, so many weeks later (the rule the
 * Act refers to for computing time limits), and a last day that is a Saturday, Sunday or public
 * holiday moves to the next working day. The limit runs out at the end of that day, Oslo time.
 * The length in weeks is the Act's, read from legal/ by the caller.
 */
import { isNorwegianNonWorkingDay } from '../time/norwegian-holidays.js';
import { addDays, osloDateOf, osloStartOfDay } from '../time/oslo.js';

export interface AppealDeadline {
  /** The Oslo day the notice reached the party (the limit counts from here, not from sending). */
  receivedOn: string;
  /** The last day an appeal is in time, YYYY-MM-DD. */
  lastDay: string;
  /** The day the weeks alone gave, when it was moved to the next working day; otherwise null. */
  movedFrom: string | null;
  /** 23:59:59 Oslo time on the last day: an appeal sent at or before this instant is in time. */
  endsAt: Date;
}

export function computeAppealDeadline(
  receivedAt: Date,
  weeks: number,
  isNonWorkingDay: (day: string) => boolean = isNorwegianNonWorkingDay,
): AppealDeadline {
  if (!Number.isInteger(weeks) || weeks < 1)
    throw new Error(`weeks must be a positive whole number, got ${weeks}`);
  const receivedOn = osloDateOf(receivedAt);
  const byWeeks = addDays(receivedOn, 7 * weeks);
  let lastDay = byWeeks;
  while (isNonWorkingDay(lastDay)) lastDay = addDays(lastDay, 1);
  const endsAt = new Date(osloStartOfDay(addDays(lastDay, 1)).getTime() - 1000);
  return { receivedOn, lastDay, movedFrom: lastDay === byWeeks ? null : byWeeks, endsAt };
}

/** Whether an appeal sent at this instant is within the time limit (a late one is still taken in). */
export function isAppealInTime(deadline: AppealDeadline, sentAt: Date): boolean {
  return sentAt.getTime() < deadline.endsAt.getTime() + 1000;
}
