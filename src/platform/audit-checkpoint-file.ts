/**
 * The copy of the audit checkpoints outside the database (docs/adr/0013): a file that is only
 * ever appended to, one JSON line per checkpoint, each line written and flushed to disk in one
 * call. One file per database: TILSKUDD_AUDIT_CHECKPOINT_FILE, or in the data dir
 * `audit-checkpoints.jsonl` (SQLite) or `audit-checkpoints-<database>.jsonl` (PostgreSQL, named by
 * a hash of its address and schema, so two databases never share a file).
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  checkpointLine,
  parseCheckpointLine,
  type SignedCheckpoint,
} from '../domain/audit/checkpoint.js';
import type { Store } from '../store/create-store.js';
import type { Config } from './config.js';

export function checkpointFilePath(
  config: Config,
  store: Pick<Store, 'dialect' | 'pgSchema'>,
): string {
  if (config.audit.checkpointFile) return config.audit.checkpointFile;
  if (store.dialect === 'sqlite') return join(config.dataDir, 'audit-checkpoints.jsonl');
  let address = config.databaseUrl ?? '';
  try {
    const url = new URL(address);
    url.password = '';
    url.username = '';
    address = url.toString();
  } catch {
    // not a URL: used as it is, it only names the file
  }
  const name = createHash('sha256')
    .update(`${address}#${store.pgSchema ?? 'public'}`)
    .digest('hex')
    .slice(0, 12);
  return join(config.dataDir, `audit-checkpoints-${name}.jsonl`);
}

/** Appends one checkpoint and waits until it is on disk. */
export async function appendCheckpointLine(
  path: string,
  checkpoint: SignedCheckpoint,
): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const file = await open(path, 'a', 0o600);
  try {
    await file.write(`${checkpointLine(checkpoint)}\n`);
    await file.datasync();
  } finally {
    await file.close();
  }
}

export interface CheckpointFileContent {
  checkpoints: SignedCheckpoint[];
  /** Lines that are not checkpoints (1-based), a sign the file was edited. */
  unreadableLines: number[];
  missing: boolean;
}

export async function readCheckpointFile(path: string): Promise<CheckpointFileContent> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      return { checkpoints: [], unreadableLines: [], missing: true };
    }
    throw error;
  }
  const checkpoints: SignedCheckpoint[] = [];
  const unreadableLines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const c = parseCheckpointLine(line);
    if (c) checkpoints.push(c);
    else unreadableLines.push(i + 1);
  });
  return { checkpoints, unreadableLines, missing: false };
}
