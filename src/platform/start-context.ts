/**
 * Opens everything the server needs, in order, failing early with a clear line: configuration,
 * call definitions, legal texts, database and migrations, clock, demo data. Shared by the server and the CLIs.
 */
import { callDeadline, callFormOpens } from '../domain/call/call-phase.js';
import type { CallDefinition } from '../domain/call/call-schema.js';
import { computePhaseJump, phaseJumpIds, type PhaseJumpId } from '../domain/time/phase-jumps.js';
import type { AppContext } from '../server/context.js';
import { createStore, migrateToLatest, type Store } from '../store/create-store.js';
import { recordAuditEvent } from '../store/repositories/audit.repository.js';
import { endSignInsOfSubjectPrefix } from '../store/repositories/sessions.repository.js';
import { SimulatedClock, SystemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { loadCallDefinitions } from './load-calls.js';
import { loadLegalLibrary } from './load-legal-texts.js';
import { loadLetterTexts } from './load-letter-texts.js';
import { DEV_IDP_SUBJECT_PREFIX, seedDemoData } from './seed-demo-data.js';
import { auditKeyring } from './audit-keyring.js';

export function openStore(config: Config): Store {
  return createStore({
    databaseUrl: config.databaseUrl,
    sqlitePath: config.sqlitePath,
    ...(config.pgSchema ? { pgSchema: config.pgSchema } : {}),
  });
}

/** TILSKUDD_DEMO_CLOCK: a phase of the first call (e.g. "open") or an ISO 8601 instant. */
export function resolveDemoClockStart(setting: string, calls: readonly CallDefinition[]): Date {
  if ((phaseJumpIds as readonly string[]).includes(setting)) {
    const call = calls[0];
    if (!call) throw new Error('TILSKUDD_DEMO_CLOCK names a phase, but no call is loaded');
    return computePhaseJump(setting as PhaseJumpId, {
      formOpens: callFormOpens(call),
      deadline: callDeadline(call),
    });
  }
  const instant = new Date(setting);
  if (Number.isNaN(instant.getTime()) || !/[zZ]|[+-]\d{2}:\d{2}$/.test(setting)) {
    throw new Error(
      `TILSKUDD_DEMO_CLOCK: expected one of ${phaseJumpIds.join(', ')} or an ISO instant with offset, got "${setting}"`,
    );
  }
  return instant;
}

/**
 * Outside demo mode nobody may stay signed in through the built-in provider: on a database the
 * demo used, its users' sessions and API tokens are ended (those users cannot sign in again, since
 * no real issuer yields their subjects). Returns the line that says so, or undefined.
 */
export async function retireBuiltInSignIns(store: Store): Promise<string | undefined> {
  const ended = await endSignInsOfSubjectPrefix(store.db, DEV_IDP_SUBJECT_PREFIX);
  if (ended.users === 0) return undefined;
  if (ended.sessions + ended.tokens > 0) {
    await recordAuditEvent(store.db, {
      actor: null,
      actorLabel: 'start-up',
      action: 'auth.demo-sign-ins-ended',
      entityType: 'deployment',
      entityId: 'built-in-sign-in',
      detail: { ...ended },
      at: new Date(),
    });
  }
  return [
    `this database was used by the demo: its ${ended.users} users of the built-in sign-in are not honoured here`,
    `(${ended.sessions} sessions and ${ended.tokens} API tokens ended; they cannot sign in without demo mode)`,
  ].join(' ');
}

export async function openContext(
  config: Config,
  options: { notice?: (line: string) => void } = {},
): Promise<AppContext> {
  const notice = options.notice ?? ((line: string) => console.warn(line));
  const calls = loadCallDefinitions(config.callsDir);
  const legal = loadLegalLibrary();
  const letterTexts = loadLetterTexts();
  // Production without an audit key stops here, before the database; the demo makes one.
  auditKeyring(config);
  const store = openStore(config);
  try {
    await migrateToLatest(store);
    if (!config.demo) {
      const retired = await retireBuiltInSignIns(store);
      if (retired) notice(retired);
    }
    let clock: Clock = new SystemClock();
    if (config.demo) {
      clock = await SimulatedClock.open(store, resolveDemoClockStart(config.demoClockStart, calls));
      // Seeded grants are dated by the demo clock, like everything else the demo records.
      if (config.seed) await seedDemoData(store, clock.now());
    }
    return { config, store, clock, calls, legal, letterTexts };
  } catch (error) {
    await store.close();
    throw error;
  }
}
