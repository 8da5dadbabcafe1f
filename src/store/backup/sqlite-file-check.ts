/**
 * Checks of a SQLite database file that need no running app (docs/adr/0022): SQLite's own
 * integrity check, the migrations it has, what it holds, and whether a process has it open.
 */
import SqliteDatabase from 'better-sqlite3';

export interface DatabaseSummary {
  tables: number;
  applications: number;
  submissions: number;
  /** Submissions with a receipt number: every one an applicant was given. */
  receipts: number;
  attachments: number;
  auditEvents: number;
  migrations: string[];
}

function withReadOnly<T>(path: string, fn: (db: SqliteDatabase.Database) => T): T {
  const db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** `PRAGMA integrity_check`: `['ok']` when sound, otherwise SQLite's lines naming what is wrong. */
export function integrityCheck(path: string): string[] {
  return withReadOnly(path, (db) =>
    (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check),
  );
}

function tableExists(db: SqliteDatabase.Database, name: string): boolean {
  return (
    db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !==
    undefined
  );
}

function count(db: SqliteDatabase.Database, table: string, where = ''): number {
  if (!tableExists(db, table)) return 0;
  const row = db.prepare(`select count(*) as n from ${table} ${where}`).get() as { n: number };
  return row.n;
}

export function summarise(path: string): DatabaseSummary {
  return withReadOnly(path, (db) => ({
    tables: (
      db
        .prepare(
          "select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%'",
        )
        .get() as { n: number }
    ).n,
    applications: count(db, 'application'),
    submissions: count(db, 'submission'),
    receipts: count(db, 'submission', 'where receipt_number is not null'),
    attachments: count(db, 'attachment'),
    auditEvents: count(db, 'audit_event'),
    migrations: tableExists(db, 'kysely_migration')
      ? (
          db.prepare('select name from kysely_migration order by name').all() as { name: string }[]
        ).map((r) => r.name)
      : [],
  }));
}

/**
 * Takes SQLite's exclusive lock on the database without waiting. A server holds the database
 * open in WAL mode, and then the lock is refused (SQLITE_BUSY): the file is in use. On success
 * the WAL is folded into the main file and the connection is closed, which removes the -wal and
 * -shm files, so the database is one file. Returns false when another process has it open.
 */
export function foldIfUnused(path: string): boolean {
  const db = new SqliteDatabase(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('begin exclusive');
    db.exec('commit');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw error;
  } finally {
    db.close();
  }
}
