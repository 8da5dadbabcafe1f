/**
 * The server's clock as the browser sees it. Deadlines are decided by the server's clock, which
 * may be simulated (demo mode), so pages never use the browser's clock directly: the offset
 * between the two is measured once and then the page ticks locally.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { api } from '../api/client.js';
import type { ClockJump, ClockJumpRequest, ClockView } from '../api/types.js';
import { clockOffsetMs } from '../format.js';
import { useBrowserNow } from './use-browser-now.js';

interface ClockState {
  /** Server clock minus browser clock, in ms. */
  offsetMs: number;
  simulated: boolean;
  jumps: ClockJump[];
  /** False until the first answer (or failure): until then the offset is unknown. */
  ready: boolean;
  /** Counts clock changes made here, so pages can re-read data that depends on the time. */
  changes: number;
}

interface ClockContextValue extends ClockState {
  setClock: (request: ClockJumpRequest) => Promise<ClockView>;
}

const ClockContext = createContext<ClockContextValue | null>(null);

const unknownClock: ClockState = {
  offsetMs: 0,
  simulated: false,
  jumps: [],
  ready: false,
  changes: 0,
};

export function ClockProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<ClockState>(unknownClock);

  const accept = useCallback(
    (view: ClockView, sentAt: number, receivedAt: number, changed = false) => {
      setState((previous) => ({
        offsetMs: clockOffsetMs(view.now, sentAt, receivedAt),
        simulated: view.simulated,
        jumps: view.jumps,
        ready: true,
        changes: previous.changes + (changed ? 1 : 0),
      }));
    },
    [],
  );

  const sync = useCallback(() => {
    const sentAt = Date.now();
    return api.getClock().then(
      ({ value, receivedAt }) => accept(value, sentAt, receivedAt),
      // Without the server's clock the browser's is the best guess; the server still decides.
      () => setState((previous) => ({ ...previous, ready: true })),
    );
  }, [accept]);

  useEffect(() => {
    void sync();
    // A sleeping laptop or a throttled background tab drifts; measure again when the page is back.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void sync();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [sync]);

  const setClock = useCallback(
    async (request: ClockJumpRequest) => {
      const sentAt = Date.now();
      const { value, receivedAt } = await api.setClock(request);
      accept(value, sentAt, receivedAt, true);
      return value;
    },
    [accept],
  );

  const value = useMemo(() => ({ ...state, setClock }), [state, setClock]);
  return <ClockContext.Provider value={value}>{children}</ClockContext.Provider>;
}

export function useClock(): ClockContextValue {
  const value = useContext(ClockContext);
  if (!value) throw new Error('useClock outside ClockProvider');
  return value;
}

/** The server's now, ticking once a second. */
export function useServerNow(): Date {
  const { offsetMs } = useClock();
  const browserNow = useBrowserNow();
  return new Date(browserNow + offsetMs);
}
