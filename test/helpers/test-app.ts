/**
 * An app on a fresh database of one dialect, driven with `app.inject` (no port): seeded with the
 * demo data, a simulated clock at a chosen instant, the calls of `calls/` and tokens per persona.
 */
import { join } from 'node:path';
import { buildApp, type BuiltApp } from '../../src/server/app.js';
import type { AppContext } from '../../src/server/context.js';
import { SimulatedClock } from '../../src/platform/clock.js';
import { readConfig } from '../../src/platform/config.js';
import { loadCallDefinitions } from '../../src/platform/load-calls.js';
import { loadLegalLibrary } from '../../src/platform/load-legal-texts.js';
import { loadLetterTexts } from '../../src/platform/load-letter-texts.js';
import {
  DEV_IDP_SUBJECT_PREFIX,
  readPersonas,
  seedDemoData,
} from '../../src/platform/seed-demo-data.js';
import type { DialectName } from '../../src/store/create-store.js';
import { createApiToken } from '../../src/store/repositories/sessions.repository.js';
import { findUserBySubject } from '../../src/store/repositories/users.repository.js';
import { createTestDatabase, type TestDatabase } from './dialects.js';

export const ROOT = join(import.meta.dirname, '../..');

export interface TestApp extends BuiltApp {
  ctx: AppContext;
  clock: SimulatedClock;
  db: TestDatabase;
  /** A bearer token for a persona of seed/personas.json. */
  tokenFor(persona: string): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApp(
  dialect: DialectName,
  options: { now?: Date; callsDir?: string; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const db = await createTestDatabase(dialect);
  const config = readConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    TILSKUDD_CALLS_DIR: options.callsDir ?? join(ROOT, 'calls'),
    ...db.env,
    ...options.env,
  });
  const calls = loadCallDefinitions(config.callsDir);
  const clock = await SimulatedClock.open(
    db.store,
    options.now ?? new Date('2021-09-13T07:00:00Z'),
  );
  await seedDemoData(db.store, new Date());
  const ctx: AppContext = {
    config,
    store: db.store,
    clock,
    calls,
    legal: loadLegalLibrary(),
    letterTexts: loadLetterTexts(),
  };
  const built = await buildApp(ctx, { logger: false, webDir: join(ROOT, 'test/fixtures/no-web') });
  await built.app.ready();
  const tokens = new Map<string, string>();
  return {
    ...built,
    ctx,
    clock,
    db,
    tokenFor: async (persona) => {
      const cached = tokens.get(persona);
      if (cached) return cached;
      if (!readPersonas().some((p) => p.id === persona)) throw new Error(`no persona ${persona}`);
      const user = await findUserBySubject(db.store.db, `${DEV_IDP_SUBJECT_PREFIX}${persona}`);
      if (!user) throw new Error(`persona ${persona} is not seeded`);
      const { token } = await createApiToken(
        db.store.db,
        { userId: user.id, label: 'test', ttlMinutes: 60 },
        new Date(),
      );
      tokens.set(persona, token);
      return token;
    },
    close: async () => {
      await built.app.close();
      await db.drop();
    },
  };
}
