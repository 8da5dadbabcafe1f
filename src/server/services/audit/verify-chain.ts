/**
 * Verifies the audit trail (R32, docs/adr/0013): walks the chain, checks both copies of every
 * checkpoint (signature, agreement between the copies) and the chain against them, stores what
 * it found and records the run in the chain. Used by `npm run audit:verify` and the admin page.
 */
import { randomUUID } from 'node:crypto';
import { checkpointPayload, type SignedCheckpoint } from '../../../domain/audit/checkpoint.js';
import { ChainWalker } from '../../../domain/audit/chain-walker.js';
import {
  buildReport,
  reconcileCheckpoints,
  type AuditVerificationReport,
  type CheckpointCopy,
} from '../../../domain/audit/verification-report.js';
import { checkpointFilePath, readCheckpointFile } from '../../../platform/audit-checkpoint-file.js';
import {
  auditKeyring,
  checkSignature,
  type AuditKeyring,
} from '../../../platform/audit-keyring.js';
import { auditLog } from '../../../platform/audit-log.js';
import type { Principal } from '../../../domain/access/roles.js';
import { recordAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  chainHasHash,
  insertVerification,
  latestVerification,
  listCheckpoints,
  readChain,
} from '../../../store/repositories/audit-checkpoints.repository.js';
import { acceptedRedactions } from '../privacy/accepted-redactions.js';
import { writeAuditCheckpoint, type AuditDeps } from './checkpoints.js';
import { checkStoredContent } from './integrity.js';

export interface AuditVerification {
  id: string;
  startedAt: string;
  finishedAt: string;
  runBy: string;
  report: AuditVerificationReport;
  checkpointFile: string;
}

function copiesOf(
  ring: AuditKeyring,
  source: CheckpointCopy['source'],
  checkpoints: SignedCheckpoint[],
): CheckpointCopy[] {
  return checkpoints.map((checkpoint) => ({
    checkpoint,
    source,
    signature: checkSignature(
      ring,
      checkpoint.keyId,
      checkpointPayload(checkpoint),
      checkpoint.signature,
    ),
  }));
}

/** Checks the chain and the checkpoints; writes nothing. */
export async function inspectAuditTrail(deps: AuditDeps): Promise<{
  report: AuditVerificationReport;
  checkpointFile: string;
}> {
  const ring = auditKeyring(deps.config);
  const db = deps.store.db;
  const checkpointFile = checkpointFilePath(deps.config, deps.store);
  const file = await readCheckpointFile(checkpointFile);
  const set = {
    copies: [
      ...copiesOf(ring, 'database', await listCheckpoints(db)),
      ...copiesOf(ring, 'file', file.checkpoints),
    ],
    unreadableLines: file.unreadableLines,
  };
  const reconciled = reconcileCheckpoints(set);
  const walker = new ChainWalker(reconciled.trusted);
  const redactions = await acceptedRedactions(db);
  for await (const batch of readChain(db, redactions)) for (const row of batch) walker.push(row);
  const lookup = walker.lookupNeeded();
  const walk = walker.finish(lookup === null ? false : await chainHasHash(db, lookup));
  const stored = await checkStoredContent(deps);
  return { report: buildReport(walk, set, reconciled, stored), checkpointFile };
}

/**
 * Verifies, stores the result, records the run as an audit event and, when all is intact, signs
 * the verified head as a new checkpoint.
 */
export async function runAuditVerification(
  deps: AuditDeps,
  by: { principal: Principal | null; label: string },
  clock: () => Date = () => new Date(),
): Promise<AuditVerification> {
  const started = clock();
  const { report, checkpointFile } = await inspectAuditTrail(deps);
  const finished = clock();
  const id = randomUUID();
  const runBy = by.principal?.name ?? by.label;
  await insertVerification(deps.store.db, {
    id,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    runBy,
    ok: report.ok,
    events: report.events,
    report: JSON.stringify(report),
  });
  if (!report.ok) {
    auditLog(deps.config).error(
      {
        auditVerification: {
          id,
          firstBroken: report.firstBroken,
          problems: report.checkpointProblems,
          stored: report.stored.problems,
        },
      },
      'audit chain verification FAILED',
    );
  }
  await recordAuditEvent(deps.store.db, {
    actor: by.principal,
    actorLabel: by.label,
    action: 'audit.verified',
    entityType: 'audit',
    entityId: id,
    detail: {
      ok: report.ok,
      events: report.events,
      firstBroken: report.firstBroken,
      checkpointProblems: report.checkpointProblems.length,
      storedProblems: report.stored.problems.length,
    },
    at: finished,
  });
  if (report.ok) await writeAuditCheckpoint(deps, 'verified', finished);
  return {
    id,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    runBy,
    report,
    checkpointFile,
  };
}

/** The last stored verification, or null when none has run. */
export async function readLastAuditVerification(
  deps: AuditDeps,
): Promise<Omit<AuditVerification, 'checkpointFile'> | null> {
  const row = await latestVerification(deps.store.db);
  if (!row) return null;
  return {
    id: row.id,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    runBy: row.runBy,
    report: JSON.parse(row.report) as AuditVerificationReport,
  };
}
