/**
 * The instants the demo control jumps to, so a newcomer can walk a call through its phases.
 * Derived from the call's own instants: nothing here is specific to one call.
 */
export type PhaseJumpId =
  'before-open' | 'open' | 'last-hour' | 'after-deadline' | 'assessment-done' | 'decisions-issued';

export const phaseJumpIds: readonly PhaseJumpId[] = [
  'before-open',
  'open',
  'last-hour',
  'after-deadline',
  'assessment-done',
  'decisions-issued',
];

/**
 * Jumps that do more than move the clock: the demo lives the call up to that phase (synthetic
 * applications submitted before the deadline, intake, formal check, assessment, consensus).
 */
export const livedPhaseJumpIds: readonly PhaseJumpId[] = ['assessment-done', 'decisions-issued'];

/** How long after the deadline the demo's assessment is done: a few weeks of panel work. */
export const ASSESSMENT_WEEKS_AFTER_DEADLINE = 3;

/** Decisions are issued two weeks after the assessment is done: allocation, drafting, approval. */
export const DECISIONS_WEEKS_AFTER_DEADLINE = 5;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

export function computePhaseJump(id: PhaseJumpId, call: { formOpens: Date; deadline: Date }): Date {
  const opens = call.formOpens.getTime();
  const deadline = call.deadline.getTime();
  switch (id) {
    case 'before-open':
      return new Date(opens - DAY);
    case 'open':
      // Two days before the deadline, but never before the form opens: the form is open and the
      // countdown is meaningful.
      return new Date(Math.max(opens + HOUR, deadline - 2 * DAY));
    case 'last-hour':
      return new Date(deadline - HOUR);
    case 'after-deadline':
      return new Date(deadline + HOUR);
    case 'assessment-done':
      return new Date(deadline + ASSESSMENT_WEEKS_AFTER_DEADLINE * WEEK);
    case 'decisions-issued':
      return new Date(deadline + DECISIONS_WEEKS_AFTER_DEADLINE * WEEK);
  }
}
