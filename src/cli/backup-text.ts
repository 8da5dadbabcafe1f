/** What `npm run backup` and `npm run restore` print (operators read English). */
import type { BackupCheck } from '../server/services/backup/verify-backup.js';
import type { RestoreResult } from '../server/services/backup/restore-backup.js';
import type { BackupResult } from '../store/backup/sqlite-backup.js';
import type { DatabaseSummary } from '../store/backup/sqlite-file-check.js';
import { reportLines } from './audit-report-text.js';

function mebibytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MiB`;
}

export function contentLine(s: DatabaseSummary): string {
  return `  holds: ${s.tables} tables, ${s.applications} applications, ${s.submissions} submissions (${s.receipts} receipts), ${s.attachments} files, ${s.auditEvents} audit events`;
}

export function summaryLines(result: BackupResult, summary: DatabaseSummary): string[] {
  return [
    `Backup written: ${result.path}`,
    `  size: ${mebibytes(result.bytes)} (${result.pages} pages), SQLite integrity check ok`,
    contentLine(summary),
    `  migrations: ${summary.migrations.length}, the last ${summary.migrations.at(-1) ?? 'none'}`,
    '  Not in this file: the audit key and the audit checkpoint file (README, "Backup and restore").',
  ];
}

export function checkLines(check: BackupCheck): string[] {
  const lines: string[] = [];
  if (check.summary) lines.push(contentLine(check.summary));
  if (check.report) lines.push(...reportLines(check.report, check.checkpointFile));
  for (const problem of check.problems) lines.push(`  REFUSED: ${problem}`);
  return lines;
}

export function restoreLines(backup: string, live: string, result: RestoreResult): string[] {
  const { check } = result;
  const lines = [`Restored ${backup} to ${live}.`, ...checkLines(check)];
  if (check.pendingMigrations.length > 0) {
    lines.push(`  migrations to apply at the next start: ${check.pendingMigrations.join(', ')}`);
  }
  if (check.laterCheckpoints.length > 0) {
    const last = check.laterCheckpoints.at(-1);
    lines.push(
      `  LOST: ${check.laterCheckpoints.length} checkpoints were signed after this backup (up to seq ${last?.seq ?? '?'}); events after seq ${check.report?.head?.seq ?? '?'} are not in it`,
    );
  }
  lines.push(
    `  replaced database kept as: ${result.replacedDatabase ?? '(there was none)'}`,
    `  replaced checkpoint file kept as: ${result.replacedCheckpointFile ?? '(there was none)'}`,
  );
  return lines;
}
