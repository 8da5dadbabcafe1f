/**
 * `npm run restore -- <backup-file>`: replaces the SQLite database with a backup (R32,
 * docs/adr/0022), only after the backup verified (SQLite integrity, known migrations, the audit
 * trail and every receipt's snapshot and file) and only while no process has the database open.
 * The replaced database and checkpoint file are kept aside, never deleted.
 *
 * Exit status: 0 restored, 1 refused (nothing changed), 2 could not run.
 */
import { resolve } from 'node:path';
import { auditLog } from '../platform/audit-log.js';
import { ConfigError, readConfig } from '../platform/config.js';
import { RestoreRefused, restoreBackup } from '../server/services/backup/restore-backup.js';
import { checkLines, restoreLines } from './backup-text.js';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length !== 1 || args[0]?.startsWith('-')) {
    throw new ConfigError('usage: npm run restore -- <backup-file>');
  }
  const backup = resolve(args[0] ?? '');
  const config = readConfig();
  // Checkpoint and alarm lines go to stderr: stdout is the report.
  auditLog(config, 2);
  try {
    const result = await restoreBackup(config, backup);
    console.log(restoreLines(backup, config.sqlitePath, result).join('\n'));
    return 0;
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    console.error(
      [
        `Restore REFUSED, nothing changed: ${error.message}`,
        ...(error.check ? checkLines(error.check) : []),
      ].join('\n'),
    );
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      error instanceof ConfigError
        ? error.message
        : `npm run restore could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 2;
  },
);
