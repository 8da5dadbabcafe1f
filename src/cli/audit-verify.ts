/**
 * `npm run audit:verify`: verifies the audit trail of the configured database (R32,
 * docs/adr/0013) — the chain link by link and against its signed checkpoints, both copies — and
 * names the first broken event. Reads the same DATABASE_URL / TILSKUDD_DATA_DIR / TILSKUDD_AUDIT_KEY
 * as the server and works beside a running one. `--json` prints the report as JSON.
 *
 * Exit status: 0 intact, 1 broken (or tampered checkpoints), 2 could not verify.
 */
import { auditLog } from '../platform/audit-log.js';
import { ConfigError, readConfig } from '../platform/config.js';
import { openStore } from '../platform/start-context.js';
import { runAuditVerification } from '../server/services/audit/verify-chain.js';
import { migrateToLatest } from '../store/create-store.js';
import { reportLines } from './audit-report-text.js';

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const config = readConfig();
  // Checkpoint and alarm lines go to stderr: stdout is the report (or its JSON).
  auditLog(config, 2);
  const store = openStore(config);
  try {
    await migrateToLatest(store);
    const run = await runAuditVerification(
      { config, store },
      { principal: null, label: 'npm run audit:verify' },
    );
    if (json) console.log(JSON.stringify({ ...run }, null, 2));
    else console.log(reportLines(run.report, run.checkpointFile).join('\n'));
    return run.report.ok ? 0 : 1;
  } finally {
    await store.close();
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
        : `npm run audit:verify could not verify: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 2;
  },
);
