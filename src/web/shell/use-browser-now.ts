/**
 * One shared one-second tick for everything that counts down or shows a running clock, so the demo
 * banner, the deadline countdown and the idle warning change in step and only one timer runs.
 */
import { useSyncExternalStore } from 'react';

const TICK_MS = 1000;
const listeners = new Set<() => void>();
let current = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function tick(): void {
  current = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    current = Date.now();
    timer = setInterval(tick, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function snapshot(): number {
  return current;
}

/** The browser's clock (ms), updated once a second while any component listens. */
export function useBrowserNow(): number {
  return useSyncExternalStore(subscribe, snapshot);
}
