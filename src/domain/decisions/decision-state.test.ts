import { describe, expect, it } from 'vitest';
import type { Role } from '../access/roles.js';
import {
  checkDecisionMove,
  checkFourEyes,
  DECISION_MOVES,
  DECISION_STATES,
  isFinalDecisionState,
  movesFrom,
  type DecisionState,
} from './decision-state.js';

const officer = { userId: 'officer-1', roles: ['officer'] as Role[] };
const leader = { userId: 'leader-1', roles: ['leader'] as Role[] };
const applicant = { userId: 'applicant-1', roles: ['applicant'] as Role[] };

const move = (
  from: DecisionState,
  to: DecisionState,
  actor: { userId: string; roles: Role[] },
  track: 'enkeltvedtak' | 'tilskuddsbrev' = 'enkeltvedtak',
) => checkDecisionMove({ from, to, actor, draftedBy: officer.userId, track });

describe('decision states (R28)', () => {
  it('has one table of moves: drafted → approved → issued → appealed → reconsidered | forwarded → settled', () => {
    expect(DECISION_MOVES.map((m) => `${m.from}→${m.to}`)).toEqual([
      'drafted→approved',
      'approved→issued',
      'issued→appealed',
      'appealed→reconsidered',
      'appealed→forwarded',
      'forwarded→settled',
    ]);
    expect(DECISION_STATES.filter(isFinalDecisionState)).toEqual(['reconsidered', 'settled']);
    expect(movesFrom('appealed')).toEqual(['reconsidered', 'forwarded']);
  });

  it.each([
    ['drafted', 'approved', leader],
    ['approved', 'issued', officer],
    ['approved', 'issued', leader],
    ['issued', 'appealed', applicant],
    ['appealed', 'reconsidered', officer],
    ['appealed', 'forwarded', officer],
    ['forwarded', 'settled', officer],
  ] as const)('allows %s → %s by %o on the enkeltvedtak track', (from, to, actor) => {
    expect(move(from, to, { ...actor, roles: [...actor.roles] })).toEqual({ ok: true });
  });

  it('refuses every pair of states that is not in the table', () => {
    const allowed = new Set(DECISION_MOVES.map((m) => `${m.from}→${m.to}`));
    const everyone = { userId: 'x', roles: ['officer', 'leader', 'applicant', 'admin'] as Role[] };
    for (const from of DECISION_STATES) {
      for (const to of DECISION_STATES) {
        if (allowed.has(`${from}→${to}`)) continue;
        expect(move(from, to, everyone)).toMatchObject({ ok: false, refusal: 'no-such-move' });
      }
    }
    expect(move('drafted', 'issued', leader)).toMatchObject({
      message: 'a decision cannot move from drafted to issued (from drafted: approved)',
    });
    expect(move('settled', 'appealed', applicant)).toMatchObject({
      message: 'a decision cannot move from settled to appealed (from settled: none, it is final)',
    });
  });

  it.each([
    ['drafted', 'approved', officer, 'leader'],
    ['drafted', 'approved', applicant, 'leader'],
    ['approved', 'issued', applicant, 'officer or leader'],
    ['issued', 'appealed', officer, 'applicant'],
    ['appealed', 'reconsidered', applicant, 'officer'],
    ['appealed', 'forwarded', leader, 'officer'],
    ['forwarded', 'settled', applicant, 'officer'],
  ] as const)('refuses %s → %s by the wrong role', (from, to, actor, who) => {
    expect(move(from, to, { ...actor, roles: [...actor.roles] })).toEqual({
      ok: false,
      refusal: 'role-not-allowed',
      message: `${from} → ${to} is for ${who}`,
    });
  });

  it('never lets anyone approve their own draft (four eyes), even holding both roles', () => {
    const both = { userId: officer.userId, roles: ['officer', 'leader'] as Role[] };
    expect(move('drafted', 'approved', both)).toEqual({
      ok: false,
      refusal: 'own-draft',
      message: 'officer-1 drafted this decision and cannot approve it; another leader must',
    });
    expect(checkFourEyes('a', 'a')).toMatchObject({ ok: false, refusal: 'own-draft' });
    expect(checkFourEyes('a', 'b')).toEqual({ ok: true });
  });

  it('closes every appeal move on the tilskuddsbrev track: a state body has no right to appeal', () => {
    for (const m of DECISION_MOVES.filter((x) => x.appealTrackOnly)) {
      const actor = { userId: 'x', roles: [...m.by] };
      expect(move(m.from, m.to, actor, 'tilskuddsbrev')).toMatchObject({
        ok: false,
        refusal: 'no-appeal-right',
      });
    }
    expect(move('drafted', 'approved', leader, 'tilskuddsbrev')).toEqual({ ok: true });
    expect(move('approved', 'issued', officer, 'tilskuddsbrev')).toEqual({ ok: true });
  });
});
