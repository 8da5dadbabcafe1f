import type { CallDefinition } from '../domain/call/call-schema.js';
import type { Config } from '../platform/config.js';
import type { Clock } from '../platform/clock.js';
import type { Store } from '../store/create-store.js';
import type { LegalLibrary } from '../domain/legal/legal-texts.js';
import type { LetterTextLibrary } from '../platform/load-letter-texts.js';

/** What every route may use: passed in by the app factory, never imported as a global. */
export interface AppContext {
  config: Config;
  store: Store;
  clock: Clock;
  calls: readonly CallDefinition[];
  /** The legal texts by act id (legal/), read at start; decisions and letters cite from them. */
  legal: LegalLibrary;
  /** The letters' own sentences (legal/letters/), read and checked against their keys at start. */
  letterTexts: LetterTextLibrary;
}
