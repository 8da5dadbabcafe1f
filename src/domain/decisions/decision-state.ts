/**
 * A decision's life (R28) as one table of moves, and who may make each: the officer prepares,
 * the leader approves (never their own draft), only an approved decision is issued, and only a
 * party with the right to appeal (the enkeltvedtak track) can appeal. An appeal ends with the
 * decision reconsidered by the body that made it (a new decision, through the same four eyes) or
 * forwarded to the appeal body, whose outcome settles it.
 */
import type { Role } from '../access/roles.js';
import type { LegalTrack } from './legal-track.js';

export const DECISION_STATES = [
  'drafted',
  'approved',
  'issued',
  'appealed',
  'reconsidered',
  'forwarded',
  'settled',
] as const;
export type DecisionState = (typeof DECISION_STATES)[number];

export interface DecisionMove {
  from: DecisionState;
  to: DecisionState;
  /** Roles that may make the move. */
  by: readonly Role[];
  /** The move needs a second person: the actor must not be the one who drafted the decision. */
  fourEyes: boolean;
  /** The move is open only on the enkeltvedtak track (a party with the right to appeal). */
  appealTrackOnly: boolean;
}

export const DECISION_MOVES: readonly DecisionMove[] = [
  { from: 'drafted', to: 'approved', by: ['leader'], fourEyes: true, appealTrackOnly: false },
  {
    from: 'approved',
    to: 'issued',
    by: ['officer', 'leader'],
    fourEyes: false,
    appealTrackOnly: false,
  },
  { from: 'issued', to: 'appealed', by: ['applicant'], fourEyes: false, appealTrackOnly: true },
  { from: 'appealed', to: 'reconsidered', by: ['officer'], fourEyes: false, appealTrackOnly: true },
  { from: 'appealed', to: 'forwarded', by: ['officer'], fourEyes: false, appealTrackOnly: true },
  // The appeal body's outcome is recorded by an officer; the appeal body has no account here.
  { from: 'forwarded', to: 'settled', by: ['officer'], fourEyes: false, appealTrackOnly: true },
];

export function movesFrom(state: DecisionState): DecisionState[] {
  return DECISION_MOVES.filter((m) => m.from === state).map((m) => m.to);
}

export function isFinalDecisionState(state: DecisionState): boolean {
  return movesFrom(state).length === 0;
}

export type MoveRefusal = 'no-such-move' | 'role-not-allowed' | 'own-draft' | 'no-appeal-right';

export type MoveCheck = { ok: true } | { ok: false; refusal: MoveRefusal; message: string };

export interface MoveRequest {
  from: DecisionState;
  to: DecisionState;
  actor: { userId: string; roles: readonly Role[] };
  /** Who drafted (prepared) the decision. */
  draftedBy: string;
  track: LegalTrack;
}

/** Four eyes: the person who approves a decision is never the person who drafted it. */
export function checkFourEyes(draftedBy: string, approvedBy: string): MoveCheck {
  if (draftedBy === approvedBy) {
    return {
      ok: false,
      refusal: 'own-draft',
      message: `${approvedBy} drafted this decision and cannot approve it; another leader must`,
    };
  }
  return { ok: true };
}

export function checkDecisionMove(request: MoveRequest): MoveCheck {
  const { from, to, actor } = request;
  const move = DECISION_MOVES.find((m) => m.from === from && m.to === to);
  if (!move) {
    const allowed = movesFrom(from);
    return {
      ok: false,
      refusal: 'no-such-move',
      message: `a decision cannot move from ${from} to ${to} (from ${from}: ${allowed.join(', ') || 'none, it is final'})`,
    };
  }
  if (move.appealTrackOnly && request.track !== 'enkeltvedtak') {
    return {
      ok: false,
      refusal: 'no-appeal-right',
      message: `a ${request.track} gives no right to appeal: ${from} → ${to} is closed`,
    };
  }
  if (!actor.roles.some((role) => move.by.includes(role))) {
    return {
      ok: false,
      refusal: 'role-not-allowed',
      message: `${from} → ${to} is for ${move.by.join(' or ')}`,
    };
  }
  if (move.fourEyes) return checkFourEyes(request.draftedBy, actor.userId);
  return { ok: true };
}
