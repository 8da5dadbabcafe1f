/**
 * Restores a SQLite backup (R32, docs/adr/0022), in this order, stopping at the first refusal
 * with the reason and nothing changed:
 *
 * 1. the live database must not be open in another process (SQLite's exclusive lock, not waited
 *    for: a server holds the database open, so the lock is refused while one runs);
 * 2. the backup is copied beside the live database and that copy verified
 *    ({@link verifyBackupCopy});
 * 3. the live database and the checkpoint file are kept aside as `….replaced-<stamp>`, the copy
 *    renamed into place, and a checkpoint file written with the restored database's own
 *    checkpoints (each verified), so the restored trail verifies from then on;
 * 4. the restore is recorded in the restored trail and signed as a checkpoint.
 */
import { basename } from 'node:path';
import { appendCheckpointLine } from '../../../platform/audit-checkpoint-file.js';
import type { Config } from '../../../platform/config.js';
import { foldIfUnused } from '../../../store/backup/sqlite-file-check.js';
import {
  removeStaged,
  setAside,
  stageCopy,
  swapIntoPlace,
} from '../../../store/backup/restore-files.js';
import { createStore } from '../../../store/create-store.js';
import { recordAuditEvent } from '../../../store/repositories/audit.repository.js';
import { listCheckpoints } from '../../../store/repositories/audit-checkpoints.repository.js';
import { writeAuditCheckpoint } from '../audit/checkpoints.js';
import { verifyBackupCopy, type BackupCheck } from './verify-backup.js';
import { existsSync } from 'node:fs';

export class RestoreRefused extends Error {
  constructor(
    message: string,
    readonly check: BackupCheck | null = null,
  ) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

export interface RestoreResult {
  check: BackupCheck;
  replacedDatabase: string | null;
  replacedCheckpointFile: string | null;
}

function inUseMessage(path: string): string {
  return `the database ${path} is open in another process (a running server?): stop it, then restore`;
}

function assertUnused(path: string): void {
  if (existsSync(path) && !foldIfUnused(path)) throw new RestoreRefused(inUseMessage(path));
}

export async function restoreBackup(
  config: Config,
  backupPath: string,
  now: Date = new Date(),
): Promise<RestoreResult> {
  if (config.databaseUrl) {
    throw new RestoreRefused(
      'DATABASE_URL names PostgreSQL: restore it with pg_restore (README, "Backup and restore")',
    );
  }
  if (!existsSync(backupPath)) throw new RestoreRefused(`no backup file at ${backupPath}`);
  const live = config.sqlitePath;
  assertUnused(live);
  const staged = stageCopy(backupPath, live);
  let check: BackupCheck;
  try {
    check = await verifyBackupCopy(config, staged);
    if (!check.ok) {
      throw new RestoreRefused(
        `the backup ${backupPath} is refused: ${check.problems.join('; ')}`,
        check,
      );
    }
    // Checked again just before the move: a server may have started while the copy was checked.
    assertUnused(live);
  } catch (error) {
    removeStaged(live);
    throw error;
  }
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const replacedDatabase = swapIntoPlace(live, stamp);
  const replacedCheckpointFile = setAside(check.checkpointFile, stamp);

  const store = createStore({ sqlitePath: live });
  try {
    for (const checkpoint of await listCheckpoints(store.db)) {
      await appendCheckpointLine(check.checkpointFile, checkpoint);
    }
    await recordAuditEvent(store.db, {
      actor: null,
      actorLabel: 'npm run restore',
      action: 'backup.restored',
      entityType: 'deployment',
      entityId: 'database',
      detail: {
        backup: basename(backupPath),
        replacedDatabase: replacedDatabase ? basename(replacedDatabase) : null,
        eventsInBackup: check.report?.events ?? 0,
        receipts: check.summary?.receipts ?? 0,
        laterCheckpoints: check.laterCheckpoints.length,
        lostAfterSeq: check.laterCheckpoints.length > 0 ? (check.report?.head?.seq ?? null) : null,
      },
      at: now,
    });
    await writeAuditCheckpoint({ config, store }, 'restored', now);
  } finally {
    await store.close();
  }
  return { check, replacedDatabase, replacedCheckpointFile };
}
