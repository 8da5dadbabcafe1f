/**
 * The log lines of the audit trail: each checkpoint (a third copy, outside the database, for log
 * shipping) and each integrity alarm. Pino JSON on stdout, like the server's own log.
 */
import pino from 'pino';
import type { Config } from './config.js';

export interface AuditLog {
  info(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

const logs = new WeakMap<Config, AuditLog>();

/** `fd`: 1 for the server's stdout, 2 for a CLI whose stdout is its answer. */
export function auditLog(config: Config, fd: 1 | 2 = 1): AuditLog {
  let log = logs.get(config);
  if (!log) {
    const logger = pino(
      { level: config.logLevel, base: { name: 'tilskudd-audit' } },
      pino.destination(fd),
    );
    log = {
      info: (fields, message) => logger.info(fields, message),
      error: (fields, message) => logger.error(fields, message),
    };
    logs.set(config, log);
  }
  return log;
}

/** Sends the audit lines of this configuration elsewhere (tests listen to them). */
export function useAuditLog(config: Config, log: AuditLog): void {
  logs.set(config, log);
}
