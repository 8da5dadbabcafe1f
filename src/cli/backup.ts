/**
 * `npm run backup [-- --out <file>]`: an online backup of the SQLite database (R32,
 * docs/adr/0022), consistent while the server runs and writes. One file holds everything the
 * database holds, uploaded files included; the audit key and checkpoint file live outside it (see
 * README, "Backup and restore"). Default target: backups/tilskudd-<UTC time>.sqlite.
 *
 * `--pages-per-step <n>` and `--step-delay-ms <ms>` copy in small steps with a pause between
 * them (a copy the server's writes restart; for a quiet database or tests). `--progress` prints
 * each step to stderr.
 *
 * Exit status: 0 written and sound, 2 not written.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../platform/config.js';
import { ALL_PAGES, backupSqlite } from '../store/backup/sqlite-backup.js';
import { summarise } from '../store/backup/sqlite-file-check.js';
import { summaryLines } from './backup-text.js';

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new ConfigError(`--${name}: a whole number ≥ 1, got "${value}"`);
  return n;
}

function defaultBackupPath(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return resolve('backups', `tilskudd-${stamp}.sqlite`);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'pages-per-step': { type: 'string' },
      'step-delay-ms': { type: 'string' },
      progress: { type: 'boolean', default: false },
    },
  });
  const config = readConfig();
  if (config.databaseUrl) {
    throw new ConfigError(
      'DATABASE_URL names PostgreSQL: back it up with pg_dump -Fc (README, "Backup and restore")',
    );
  }
  if (!existsSync(config.sqlitePath)) throw new ConfigError(`no database at ${config.sqlitePath}`);
  const pagesPerStep = positiveInt('pages-per-step', values['pages-per-step'], ALL_PAGES);
  const delay =
    values['step-delay-ms'] === undefined
      ? 0
      : positiveInt('step-delay-ms', values['step-delay-ms'], 0);
  const target = resolve(values.out ?? defaultBackupPath(new Date()));
  const result = await backupSqlite(config.sqlitePath, target, {
    pagesPerStep,
    onStep: ({ totalPages, remainingPages }) => {
      if (values.progress) console.error(`progress ${totalPages - remainingPages}/${totalPages}`);
      if (delay > 0) sleepSync(delay);
    },
  });
  console.log(summaryLines(result, summarise(result.path)).join('\n'));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      error instanceof ConfigError
        ? error.message
        : `npm run backup failed, no backup written: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 2;
  },
);
