/**
 * Whether the call's deadline has passed on the server's clock (simulated in demo mode), noticed
 * by a page left open: the application pages stop offering changes and submission at the
 * deadline instead of waiting for the server to refuse them. Until the server's clock is known
 * this says false, and the server's own `editable` decides.
 */
import { useEffect, useState } from 'react';
import { useClock } from '../../shell/clock-context.js';

// A timer longer than this fires at once in browsers; a far deadline is simply looked at again.
const LONGEST_WAIT_MS = 60_000;

export function useDeadlinePassed(deadline: string | undefined): boolean {
  const { offsetMs, ready } = useClock();
  const [passedAt, setPassedAt] = useState<string | null>(null);
  const key = `${deadline ?? ''}@${offsetMs}`;

  useEffect(() => {
    if (!ready || !deadline) return;
    const due = Date.parse(deadline);
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const left = due - (Date.now() + offsetMs);
      if (left <= 0) setPassedAt(key);
      else timer = setTimeout(check, Math.min(left + 10, LONGEST_WAIT_MS));
    };
    timer = setTimeout(check, 0);
    return () => clearTimeout(timer);
  }, [deadline, offsetMs, ready, key]);

  return passedAt === key;
}
