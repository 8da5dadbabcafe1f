/**
 * Accepting a grant: the grantee accepts the letter's conditions, or declines, by the deadline
 * the letter states. Only an issued grant (innvilget or delvis innvilget) in force can be
 * answered, and only once. A grant not answered is reminded on the call's days before the
 * deadline, warned on the deadline day, and lapses the first day after it. A decline or a lapse
 * frees the grant's money for the reserve list.
 */
export const ACCEPTANCE_STATES = ['awaiting', 'accepted', 'declined', 'lapsed'] as const;
export type AcceptanceState = (typeof ACCEPTANCE_STATES)[number];

export type AcceptanceRefusal = 'not-a-grant' | 'already-answered' | 'deadline-passed';

export type AcceptanceCheck =
  { ok: true } | { ok: false; refusal: AcceptanceRefusal; message: string };

export interface AcceptanceRequest {
  /** An issued innvilget / delvis innvilget decision that is the case's one in force. */
  grantInForce: boolean;
  state: AcceptanceState;
  /** The letter's acceptance deadline, an Oslo day (YYYY-MM-DD), the last day to answer. */
  deadline: string;
  /** The Oslo day it is now. */
  today: string;
}

/** Accepting and declining obey the same rule: a grant in force, not answered, in time. */
export function checkAnswer(request: AcceptanceRequest): AcceptanceCheck {
  if (!request.grantInForce) {
    return {
      ok: false,
      refusal: 'not-a-grant',
      message: 'only an issued grant in force can be accepted or declined',
    };
  }
  if (request.state !== 'awaiting') {
    return { ok: false, refusal: 'already-answered', message: `the grant is ${request.state}` };
  }
  if (request.today > request.deadline) {
    return {
      ok: false,
      refusal: 'deadline-passed',
      message: `the acceptance deadline was ${request.deadline}`,
    };
  }
  return { ok: true };
}

/** What the follow-up sends or records for a grant not yet answered. */
export type FollowUpNotice =
  | { kind: 'reminder'; daysBefore: number; key: string }
  | { kind: 'warning'; key: 'warning' }
  | { kind: 'lapse'; key: 'lapse' };

/**
 * The notices due on `today` for an unanswered grant, leaving out those already `sent` (by key).
 * Only the latest reminder that is due goes out: a grant issued late, or a sweep that missed
 * days, never gets two reminders at once. Past the deadline only the lapse is due.
 */
export function noticesDue(input: {
  deadline: string;
  today: string;
  reminderDaysBefore: readonly number[];
  sent: ReadonlySet<string>;
  /** The deadline minus `n` days, as an Oslo day. */
  minusDays: (date: string, n: number) => string;
}): FollowUpNotice[] {
  const { deadline, today, sent } = input;
  if (today > deadline) return sent.has('lapse') ? [] : [{ kind: 'lapse', key: 'lapse' }];
  if (today === deadline) return sent.has('warning') ? [] : [{ kind: 'warning', key: 'warning' }];
  const due = [...input.reminderDaysBefore]
    .sort((a, b) => a - b)
    .find((d) => today >= input.minusDays(deadline, d));
  if (due === undefined) return [];
  const key = `reminder-${due}`;
  return sent.has(key) ? [] : [{ kind: 'reminder', daysBefore: due, key }];
}

export interface GrantStanding {
  grantNok: number;
  state: AcceptanceState;
}

/** The money a decline or a lapse gave back, for the reserve list to offer on. */
export function freedAmount(grants: readonly GrantStanding[]): number {
  return grants
    .filter((g) => g.state === 'declined' || g.state === 'lapsed')
    .reduce((sum, g) => sum + g.grantNok, 0);
}

/** The grants still in force: accepted or awaiting an answer. */
export function grantsInForce<T extends GrantStanding>(grants: readonly T[]): T[] {
  return grants.filter((g) => g.state === 'accepted' || g.state === 'awaiting');
}
