/**
 * The SQLite online backup (docs/adr/0022): SQLite's backup API copies the database page by page
 * through its own connection, so the copy is one consistent state even while the server writes.
 * It is written to `<target>.partial`, made self-contained (rollback journal, no WAL beside it),
 * checked (`PRAGMA integrity_check`), flushed to disk and only then renamed to its final name: a backup killed half way leaves no
 * file under the final name and never touches an earlier backup of that name.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { integrityCheck } from './sqlite-file-check.js';

/** Every page in one step: one read snapshot, which the server's writes never restart. */
export const ALL_PAGES = 0x7fffffff;

export interface BackupOptions {
  /**
   * Pages copied per step. Between steps SQLite lets go of the source; if another connection
   * writes in between, the copy starts over. So the default copies all pages in one step.
   */
  pagesPerStep?: number;
  /** Told after each step (pages left of the total). */
  onStep?: (progress: { totalPages: number; remainingPages: number }) => void;
}

export interface BackupResult {
  path: string;
  bytes: number;
  pages: number;
}

/** Flushes a file or directory to disk. */
export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function partialPathOf(target: string): string {
  return `${target}.partial`;
}

export async function backupSqlite(
  sourcePath: string,
  target: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const partial = partialPathOf(target);
  mkdirSync(dirname(target), { recursive: true });
  // A partial file left by a killed run is never a backup: start from nothing.
  rmSync(partial, { force: true });
  const source = new SqliteDatabase(sourcePath, { fileMustExist: true });
  let pages = 0;
  try {
    source.pragma('busy_timeout = 5000');
    const rate = options.pagesPerStep ?? ALL_PAGES;
    const done = await source.backup(partial, {
      progress: (progress) => {
        options.onStep?.(progress);
        return rate;
      },
    });
    pages = done.totalPages;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  // The copy carries the source's WAL flag; a backup is one file, so it keeps a rollback journal.
  const copy = new SqliteDatabase(partial, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  // Only a copy SQLite finds sound gets the final name.
  const integrity = integrityCheck(partial);
  if (integrity.join() !== 'ok') {
    rmSync(partial, { force: true });
    throw new Error(
      `the copy failed SQLite's integrity check: ${integrity.slice(0, 5).join('; ')}`,
    );
  }
  fsyncPath(partial);
  renameSync(partial, target);
  fsyncPath(dirname(target));
  return { path: target, bytes: statSync(target).size, pages };
}
