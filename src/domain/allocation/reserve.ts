/**
 * The reserve list's order (R27). Placing a case at position p moves the cases from p down one;
 * the order is read back compacted to 1..n, so a place freed by a case leaving the list closes.
 * Only the order is shared: moving other cases down is not a change of their entries.
 */
import type { ScenarioEntry } from './model.js';

/** Entries with reserve positions renumbered 1..n in stored order (ties: the given order). */
export function compactReserve<E extends ScenarioEntry>(entries: readonly E[]): E[] {
  const reserve = entries
    .map((e, index) => ({ e, index }))
    .filter(({ e }) => e.placement === 'reserve')
    .sort(
      (a, b) =>
        (a.e.reservePosition ?? Infinity) - (b.e.reservePosition ?? Infinity) || a.index - b.index,
    );
  const position = new Map(reserve.map(({ e }, i) => [e.caseId, i + 1]));
  return entries.map((e) =>
    e.placement === 'reserve' ? { ...e, reservePosition: position.get(e.caseId) ?? null } : e,
  );
}
