/**
 * The durable job that scans a file stored while clamd was away or too slow: it stays in
 * quarantine (pending) until clamd answers, then its verdict is recorded with an audit event.
 * clamd being away is retried without end (a pause that grows to five minutes); clamd refusing
 * the file itself is retried a few times, then the file is marked failed.
 */
import { scanBytes } from '../../../integrations/clamav/clamd-client.js';
import { ClamdError } from '../../../integrations/clamav/clamd-reply.js';
import { awaitsScan, toScanState } from '../../../domain/virus-scan/scan-state.js';
import { inTransaction, type Db, type Tx } from '../../../store/create-store.js';
import {
  findAttachmentById,
  recordScanResult,
} from '../../../store/repositories/attachments.repository.js';
import {
  findAppealAttachmentById,
  recordAppealAttachmentScan,
} from '../../../store/repositories/appeal-attachments.repository.js';

import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import { enqueueJob } from '../../../store/repositories/jobs.repository.js';
import type { AppContext } from '../../context.js';
import type { JobHandler, JobLog, JobOutcome } from '../../jobs/job-runner.js';

export const SCAN_JOB_KIND = 'virus-scan.attachment';
const AWAY_PAUSE_MAX_MS = 5 * 60_000;
const NOT_CONFIGURED_PAUSE_MS = 10 * 60_000;
const REFUSALS_BEFORE_FAILED = 3;

/** Which table the file is in: an application's files, or those sent with a klage. */
export type ScannedStore = 'application' | 'appeal';

/** Queues a scan of a stored file, in the transaction that stores it. */
export async function enqueueAttachmentScan(
  tx: Tx,
  attachmentId: string,
  store: ScannedStore = 'application',
): Promise<void> {
  const now = new Date();
  const payload = store === 'application' ? { attachmentId } : { attachmentId, store };
  await enqueueJob(tx, { kind: SCAN_JOB_KIND, payload, runAfter: now, now });
}

interface ScannedFile {
  id: string;
  sha256: string;
  content: Buffer;
  scan_state: string;
  /** The audit event's entity: the application, or the decision appealed. */
  entity: { type: 'application' | 'decision'; id: string };
}

type Verdict = { state: string; signature: string | null; scannedAt: string };

const STORES: Record<
  ScannedStore,
  {
    find: (db: Db, id: string) => Promise<ScannedFile | undefined>;
    record: (tx: Tx, id: string, verdict: Verdict) => Promise<boolean>;
    action: string;
  }
> = {
  application: {
    find: async (db, id) => {
      const row = await findAttachmentById(db, id);
      return row && { ...row, entity: { type: 'application', id: row.application_id } };
    },
    record: recordScanResult,
    action: 'application.attachment-scanned',
  },
  appeal: {
    find: async (db, id) => {
      const row = await findAppealAttachmentById(db, id);
      return row && { ...row, entity: { type: 'decision', id: row.decision_id } };
    },
    record: recordAppealAttachmentScan,
    action: 'appeal.attachment-scanned',
  },
};

function awayPause(attempts: number): number {
  return Math.min(AWAY_PAUSE_MAX_MS, 2_000 * 2 ** Math.max(0, attempts - 1));
}

export function scanAttachmentJob(ctx: AppContext, log: JobLog): JobHandler {
  return {
    kind: SCAN_JOB_KIND,
    async run(payload, job): Promise<JobOutcome> {
      const { attachmentId, store = 'application' } = payload as {
        attachmentId?: unknown;
        store?: unknown;
      };
      if (typeof attachmentId !== 'string') {
        return { outcome: 'failed', error: 'payload without attachmentId' };
      }
      if (store !== 'application' && store !== 'appeal') {
        return { outcome: 'failed', error: `no file store ${String(store)}` };
      }
      const files = STORES[store];
      const row = await files.find(ctx.store.db, attachmentId);
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
          const recorded = await files.record(tx, row.id, {
            state,
            signature,
            scannedAt: ctx.clock.now().toISOString(),
          });
          if (!recorded) return;
          await appendAuditEvent(tx, {
            actor: null,
            actorLabel: 'virus scanner',
            action: files.action,
            entityType: row.entity.type,
            entityId: row.entity.id,
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
