/**
 * An appeal's (klage) life (R28) as one table of moves: taken in; a preliminary reply when
 * handling takes long; then either reconsidered by the deciding body (a new decision) or upheld and
 * forwarded to the appeal body, whose result settles it.
 */
export const APPEAL_STATES = [
  'received',
  'preliminary_reply_sent',
  'reconsidered',
  'forwarded',
  'settled',
] as const;
export type AppealState = (typeof APPEAL_STATES)[number];

export const APPEAL_RESULTS = ['upheld', 'changed', 'quashed'] as const;
export type AppealResult = (typeof APPEAL_RESULTS)[number];

const APPEAL_MOVES: readonly { from: AppealState; to: AppealState }[] = [
  { from: 'received', to: 'preliminary_reply_sent' },
  { from: 'received', to: 'reconsidered' },
  { from: 'received', to: 'forwarded' },
  { from: 'preliminary_reply_sent', to: 'reconsidered' },
  { from: 'preliminary_reply_sent', to: 'forwarded' },
  { from: 'forwarded', to: 'settled' },
];

export function canMoveAppeal(from: AppealState, to: AppealState): boolean {
  return APPEAL_MOVES.some((m) => m.from === from && m.to === to);
}
