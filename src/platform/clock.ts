/**
 * The one clock of the server. Production reads system time. Demo and tests use a simulated clock
 * that an admin sets to an instant and that then runs forward in real time. Its state lives in the
 * database, so every process of a deployment shows the same time (docs/adr/0004).
 */
import type { Store } from '../store/create-store.js';
import { readSetting, writeSetting } from '../store/repositories/settings.repository.js';

export interface Clock {
  readonly simulated: boolean;
  now(): Date;
  /** Re-reads shared state at the start of each request. */
  sync(): Promise<void>;
}

export class SystemClock implements Clock {
  readonly simulated = false;
  now(): Date {
    return new Date();
  }
  sync(): Promise<void> {
    return Promise.resolve();
  }
}

interface SimulatedState {
  /** The simulated instant at the moment of setting (ms since epoch). */
  simulatedAt: number;
  /** The real instant at the moment of setting (ms since epoch). */
  realAt: number;
  /** 1: runs forward in real time; 0: stands still (tests that need an exact millisecond). */
  rate: 0 | 1;
}

const SETTING_KEY = 'simulated-clock';

export class SimulatedClock implements Clock {
  readonly simulated = true;
  private state: SimulatedState;

  constructor(
    private readonly store: Store,
    initial: Date,
    private readonly realNow: () => number = Date.now,
  ) {
    this.state = { simulatedAt: initial.getTime(), realAt: this.realNow(), rate: 1 };
  }

  /** Loads the shared state, or stores `initial` as it when none exists yet. */
  static async open(
    store: Store,
    initial: Date,
    realNow: () => number = Date.now,
  ): Promise<SimulatedClock> {
    const clock = new SimulatedClock(store, initial, realNow);
    const existing = await readSetting(store.db, SETTING_KEY);
    if (existing === undefined) await clock.set(initial);
    else await clock.sync();
    return clock;
  }

  now(): Date {
    return new Date(
      this.state.simulatedAt + this.state.rate * (this.realNow() - this.state.realAt),
    );
  }

  get frozen(): boolean {
    return this.state.rate === 0;
  }

  /** Sets the simulated time; `frozen` keeps it there until set again (for exact tests). */
  async set(instant: Date, options: { frozen?: boolean } = {}): Promise<void> {
    this.state = {
      simulatedAt: instant.getTime(),
      realAt: this.realNow(),
      rate: options.frozen ? 0 : 1,
    };
    await writeSetting(
      this.store.db,
      SETTING_KEY,
      JSON.stringify(this.state),
      new Date(this.realNow()),
    );
  }

  /** Reads the shared state on every request: one primary-key lookup, demo mode only. */
  async sync(): Promise<void> {
    const raw = await readSetting(this.store.db, SETTING_KEY);
    if (raw === undefined) return;
    const parsed = JSON.parse(raw) as Partial<SimulatedState>;
    if (typeof parsed.simulatedAt === 'number' && typeof parsed.realAt === 'number') {
      this.state = {
        simulatedAt: parsed.simulatedAt,
        realAt: parsed.realAt,
        rate: parsed.rate === 0 ? 0 : 1,
      };
    }
  }
}
