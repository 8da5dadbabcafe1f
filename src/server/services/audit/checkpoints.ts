/**
 * Writes a checkpoint (docs/adr/0013): the chain's head signed with the audit key, stored in the
 * database, appended to the checkpoint file outside it, and logged. Made at every intake and
 * decision, periodically by the server, at start and after a verification that found the chain
 * intact.
 */
import { checkpointPayload, type SignedCheckpoint } from '../../../domain/audit/checkpoint.js';
import {
  appendCheckpointLine,
  checkpointFilePath,
} from '../../../platform/audit-checkpoint-file.js';
import { auditKeyring, signPayload } from '../../../platform/audit-keyring.js';
import { auditLog } from '../../../platform/audit-log.js';
import type { Config } from '../../../platform/config.js';
import type { Store } from '../../../store/create-store.js';
import {
  insertCheckpoint,
  latestCheckpoint,
  readChainHead,
} from '../../../store/repositories/audit-checkpoints.repository.js';
import { timeOrderedUuid } from '../../../store/time-ordered-id.js';

export interface AuditDeps {
  config: Config;
  store: Store;
}

export type CheckpointReason =
  'intake' | 'decision' | 'periodic' | 'start' | 'verified' | 'restored';

/**
 * Signs and writes the chain's head. Returns the checkpoint, or null when the chain is empty or
 * its head is already signed (a periodic run with nothing new).
 */
export async function writeAuditCheckpoint(
  deps: AuditDeps,
  reason: CheckpointReason,
  at: Date,
): Promise<SignedCheckpoint | null> {
  const ring = auditKeyring(deps.config);
  const head = await readChainHead(deps.store.db);
  if (!head) return null;
  const last = await latestCheckpoint(deps.store.db);
  if (last && last.seq === head.seq && last.hash === head.hash) return null;
  const unsigned = {
    id: timeOrderedUuid(),
    at: at.toISOString(),
    reason,
    seq: head.seq,
    hash: head.hash,
    count: head.count,
    keyId: ring.signing.id,
  };
  const checkpoint: SignedCheckpoint = {
    ...unsigned,
    signature: signPayload(ring, checkpointPayload(unsigned)).signature,
  };
  // The database first: the file then never names a checkpoint the database did not take.
  await insertCheckpoint(deps.store.db, checkpoint);
  await appendCheckpointLine(checkpointFilePath(deps.config, deps.store), checkpoint);
  auditLog(deps.config).info({ auditCheckpoint: checkpoint }, 'audit checkpoint');
  return checkpoint;
}

/**
 * The hook for intake and decisions: a checkpoint after the change, whose failure is logged and
 * never undoes or fails the change itself (it is committed and chained already).
 */
export async function checkpointAfter(
  deps: AuditDeps,
  reason: CheckpointReason,
  at: Date,
): Promise<void> {
  try {
    await writeAuditCheckpoint(deps, reason, at);
  } catch (error) {
    auditLog(deps.config).error(
      { err: error instanceof Error ? error.message : String(error), reason },
      'audit checkpoint failed',
    );
  }
}

/**
 * Signs the head at start and then every TILSKUDD_AUDIT_CHECKPOINT_MINUTES (a head already signed
 * is not signed again). Returns the function that stops it.
 */
export function startPeriodicCheckpoints(deps: AuditDeps, now: () => Date): () => void {
  void checkpointAfter(deps, 'start', now());
  const timer = setInterval(
    () => void checkpointAfter(deps, 'periodic', now()),
    deps.config.audit.checkpointMinutes * 60_000,
  );
  timer.unref();
  return () => clearInterval(timer);
}
