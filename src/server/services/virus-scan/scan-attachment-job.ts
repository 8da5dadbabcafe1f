/**
 * The durable job that scans a file stored while clamd was away or too slow: it stays in
 * quarantine (pending) until clamd answers, then its verdict is recorded with an audit event.
 * clamd being away is retried without end (a pause that grows to five minutes); clamd refusing
 * the file itself is retried a few times, then the file is marked failed.
 */
import { scanBytes } from '../../../integrations/clamav/clamd-client.js';
import { ClamdError } from '../../../integrations/clamav/clamd-reply.js';
import { awaitsScan, toScanState } from '../../../domain/virus-scan/scan-state.js';
import { inTransaction, type Tx } from '../../../store/create-store.js';
import {
  findAttachmentById,
  recordScanResult,
} from '../../../store/repositories/attachments.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import { enqueueJob } from '../../../store/repositories/jobs.repository.js';
import type { AppContext } from '../../context.js';
import type { JobHandler, JobLog, JobOutcome } from '../../jobs/job-runner.js';

export const SCAN_JOB_KIND = 'virus-scan.attachment';
const AWAY_PAUSE_MAX_MS = 5 * 60_000;
const NOT_CONFIGURED_PAUSE_MS = 10 * 60_000;
const REFUSALS_BEFORE_FAILED = 3;

/** Queues a scan of a stored file, in the transaction that stores it. */
export async function enqueueAttachmentScan(tx: Tx, attachmentId: string): Promise<void> {
  const now = new Date();
  await enqueueJob(tx, { kind: SCAN_JOB_KIND, payload: { attachmentId }, runAfter: now, now });
}

function awayPause(attempts: number): number {
  return Math.min(AWAY_PAUSE_MAX_MS, 2_000 * 2 ** Math.max(0, attempts - 1));
}

export function scanAttachmentJob(ctx: AppContext, log: JobLog): JobHandler {
  return {
    kind: SCAN_JOB_KIND,
    async run(payload, job): Promise<JobOutcome> {
      const attachmentId = (payload as { attachmentId?: unknown }).attachmentId;
      if (typeof attachmentId !== 'string') {
        return { outcome: 'failed', error: 'payload without attachmentId' };
      }
      const row = await findAttachmentById(ctx.store.db, attachmentId);
      if (!row) return { outcome: 'failed', error: `no attachment ${attachmentId}` };
      if (!awaitsScan(toScanState(row.scan_state))) return { outcome: 'done' };
      const clamd = ctx.config.clamd;
      if (!clamd) {
        return {
          outcome: 'retry',
          afterMs: NOT_CONFIGURED_PAUSE_MS,
          error: 'TILSKUDD_CLAMD is not set: the file stays in quarantine',
        };
      }
      const record = (state: 'clean' | 'infected' | 'failed', signature: string | null) =>
        inTransaction(ctx.store, async (tx) => {
          const recorded = await recordScanResult(tx, row.id, {
            state,
            signature,
            scannedAt: ctx.clock.now().toISOString(),
          });
          if (!recorded) return;
          await appendAuditEvent(tx, {
            actor: null,
            actorLabel: 'virus scanner',
            action: 'application.attachment-scanned',
            entityType: 'application',
            entityId: row.application_id,
            detail: { attachmentId: row.id, sha256: row.sha256, state, signature },
            at: ctx.clock.now(),
          });
        });
      try {
        const verdict = await scanBytes(clamd.address, row.content, { timeoutMs: clamd.timeoutMs });
        if (verdict.verdict === 'infected') {
          log.warn(
            { attachmentId: row.id, signature: verdict.signature },
            'virus found in a stored file: kept in quarantine',
          );
          await record('infected', verdict.signature);
        } else {
          await record('clean', null);
        }
        return { outcome: 'done' };
      } catch (error) {
        if (!(error instanceof ClamdError)) throw error;
        if (error.transient) {
          return { outcome: 'retry', afterMs: awayPause(job.attempts), error: error.message };
        }
        if (job.attempts < REFUSALS_BEFORE_FAILED) {
          return { outcome: 'retry', afterMs: awayPause(job.attempts), error: error.message };
        }
        await record('failed', null);
        return { outcome: 'failed', error: error.message };
      }
    },
  };
}
