/**
 * What the virus scanner has said about a stored file, and the one table of the moves between
 * states. A file is offered for download only when scanned clean, or when this installation does
 * not scan at all (and says so).
 */
export const SCAN_STATES = ['pending', 'clean', 'infected', 'failed', 'not_scanned'] as const;
export type ScanState = (typeof SCAN_STATES)[number];

/** pending: stored, waiting for the scanner; the others are final. */
const MOVES: Record<ScanState, readonly ScanState[]> = {
  pending: ['clean', 'infected', 'failed'],
  clean: [],
  infected: [],
  failed: [],
  not_scanned: [],
};

export function canMoveScanState(from: ScanState, to: ScanState): boolean {
  return MOVES[from].includes(to);
}

/** Whether the scanner still has to judge a file in this state (a move out of it exists). */
export function awaitsScan(state: ScanState): boolean {
  return MOVES[state].length > 0;
}

/** A stored value read back; anything unknown is treated as not yet scanned, never as clean. */
export function toScanState(value: string): ScanState {
  return (SCAN_STATES as readonly string[]).includes(value) ? (value as ScanState) : 'pending';
}

/** Whether the bytes may be handed out: scanned clean, or stored by an installation without a scanner. */
export function isOfferable(state: ScanState): boolean {
  return state === 'clean' || state === 'not_scanned';
}
