/**
 * Verifies a SQLite backup before anything is replaced (R32, docs/adr/0022): SQLite's integrity
 * check, migrations this version knows, and the audit verification of `npm run audit:verify`
 * (the chain, its signed checkpoints, every snapshot against its receipt hash and every file
 * against its upload hash), run on the copy. Writes nothing to the copy.
 *
 * The checkpoint file outside the database goes on after the backup was taken: checkpoints signed
 * later name events the backup never had, and would read as a truncated chain. So the copy is
 * checked against its own checkpoints, the file's copies of those, and every file checkpoint
 * older than the copy's newest one (one missing from the copy was removed from it); the later
 * ones are counted as what the restore loses.
 */
import { rmSync } from 'node:fs';
import type { SignedCheckpoint } from '../../../domain/audit/checkpoint.js';
import type { AuditVerificationReport } from '../../../domain/audit/verification-report.js';
import {
  appendCheckpointLine,
  checkpointFilePath,
  readCheckpointFile,
} from '../../../platform/audit-checkpoint-file.js';
import type { Config } from '../../../platform/config.js';
import {
  summarise,
  integrityCheck,
  type DatabaseSummary,
} from '../../../store/backup/sqlite-file-check.js';
import { createStore } from '../../../store/create-store.js';
import { migrationProvider } from '../../../store/migrations/index.js';
import { listCheckpoints } from '../../../store/repositories/audit-checkpoints.repository.js';
import { inspectAuditTrail } from '../audit/verify-chain.js';

export interface BackupCheck {
  ok: boolean;
  /** Why the backup is refused, one line each. */
  problems: string[];
  summary: DatabaseSummary | null;
  report: AuditVerificationReport | null;
  /** Migrations this version has that the backup has not yet (applied at the next start). */
  pendingMigrations: string[];
  /** Checkpoints in the live file signed after the backup: their events are not in it. */
  laterCheckpoints: SignedCheckpoint[];
  checkpointFile: string;
}

/** The live file's checkpoints that the copy must agree with, and those signed after it. */
export function splitFileCheckpoints(
  inCopy: readonly SignedCheckpoint[],
  inFile: readonly SignedCheckpoint[],
): { expected: SignedCheckpoint[]; later: SignedCheckpoint[] } {
  const ids = new Set(inCopy.map((c) => c.id));
  const newest = inCopy.reduce<string | null>(
    (at, c) => (at === null || c.at > at ? c.at : at),
    null,
  );
  const expected: SignedCheckpoint[] = [];
  const later: SignedCheckpoint[] = [];
  for (const checkpoint of inFile) {
    if (ids.has(checkpoint.id) || (newest !== null && checkpoint.at <= newest)) {
      expected.push(checkpoint);
    } else later.push(checkpoint);
  }
  return { expected, later };
}

async function knownMigrations(): Promise<string[]> {
  return Object.keys(await migrationProvider.getMigrations()).sort();
}

export async function verifyBackupCopy(config: Config, copyPath: string): Promise<BackupCheck> {
  const liveFile = checkpointFilePath(config, { dialect: 'sqlite', pgSchema: undefined });
  const result: BackupCheck = {
    ok: false,
    problems: [],
    summary: null,
    report: null,
    pendingMigrations: [],
    laterCheckpoints: [],
    checkpointFile: liveFile,
  };
  let integrity: string[];
  try {
    integrity = integrityCheck(copyPath);
  } catch (error) {
    result.problems.push(
      `not a readable SQLite database: ${error instanceof Error ? error.message : String(error)}`,
    );
    return result;
  }
  if (integrity.join() !== 'ok') {
    result.problems.push(`SQLite integrity check failed: ${integrity.slice(0, 5).join('; ')}`);
    return result;
  }
  result.summary = summarise(copyPath);
  const known = await knownMigrations();
  const unknown = result.summary.migrations.filter((m) => !known.includes(m));
  if (result.summary.migrations.length === 0) {
    result.problems.push('the backup has no migrations recorded: not a tilskudd database');
  }
  if (unknown.length > 0) {
    result.problems.push(
      `the backup has migrations this version does not know (${unknown.join(', ')}): made by a newer version`,
    );
  }
  if (result.problems.length > 0) return result;
  result.pendingMigrations = known.filter((m) => !result.summary?.migrations.includes(m));

  const file = await readCheckpointFile(liveFile);
  if (file.unreadableLines.length > 0) {
    result.problems.push(
      `the checkpoint file ${liveFile} has lines that are not checkpoints (${file.unreadableLines.join(', ')}): it was edited`,
    );
    return result;
  }
  const expectedFile = `${copyPath}.checkpoints.jsonl`;
  rmSync(expectedFile, { force: true });
  const store = createStore({ sqlitePath: copyPath });
  try {
    const split = splitFileCheckpoints(await listCheckpoints(store.db), file.checkpoints);
    result.laterCheckpoints = split.later;
    for (const checkpoint of split.expected) await appendCheckpointLine(expectedFile, checkpoint);
    const { report } = await inspectAuditTrail({
      config: { ...config, audit: { ...config.audit, checkpointFile: expectedFile } },
      store,
    });
    result.report = report;
    if (!report.ok) result.problems.push('the audit verification of the backup failed');
  } finally {
    await store.close();
    rmSync(expectedFile, { force: true });
  }
  result.ok = result.problems.length === 0;
  return result;
}
