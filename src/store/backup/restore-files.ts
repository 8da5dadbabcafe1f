/**
 * The file moves of a restore (docs/adr/0022): the backup is copied beside the live database
 * first (the copy is what gets verified, and the rename into place is then atomic on the same
 * file system), and the replaced database is kept under another name, never deleted.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncPath } from './sqlite-backup.js';

export function stagedPathOf(livePath: string): string {
  return `${livePath}.restoring`;
}

/** Copies the backup to the staging name beside the live database and flushes it. */
export function stageCopy(backupPath: string, livePath: string): string {
  const staged = stagedPathOf(livePath);
  removeStaged(livePath);
  copyFileSync(backupPath, staged);
  fsyncPath(staged);
  return staged;
}

export function removeStaged(livePath: string): void {
  const staged = stagedPathOf(livePath);
  for (const path of [staged, `${staged}-wal`, `${staged}-shm`]) rmSync(path, { force: true });
}

/**
 * Moves the live database (and a WAL beside it, should one remain) aside as
 * `<live>.replaced-<stamp>`, then the staged copy into place. Returns the name the replaced
 * database has now, or null when there was none.
 */
export function swapIntoPlace(livePath: string, stamp: string): string | null {
  const staged = stagedPathOf(livePath);
  let replacedAs: string | null = null;
  if (existsSync(livePath)) {
    replacedAs = `${livePath}.replaced-${stamp}`;
    renameSync(livePath, replacedAs);
    if (existsSync(`${livePath}-wal`)) renameSync(`${livePath}-wal`, `${replacedAs}-wal`);
    rmSync(`${livePath}-shm`, { force: true });
  }
  renameSync(staged, livePath);
  fsyncPath(dirname(livePath));
  return replacedAs;
}

/** Keeps a file aside under `<path>.replaced-<stamp>`; returns the new name or null. */
export function setAside(path: string, stamp: string): string | null {
  if (!existsSync(path)) return null;
  const aside = `${path}.replaced-${stamp}`;
  renameSync(path, aside);
  fsyncPath(dirname(path));
  return aside;
}
