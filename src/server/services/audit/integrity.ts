/**
 * Stored snapshots and files re-hashed before anyone relies on them (R32, docs/adr/0013): when
 * staff are served a submission or one of its files, when the archive extract is made, and by
 * every verification of the audit trail. A snapshot is compared with the hash on its receipt
 * (stored beside it) and with the hash the audit chain recorded when it was received; a file with
 * the hash taken at upload and with the one the submitted snapshot names. A mismatch is refused
 * with an alarm: an error in the log, an audit event and a clear message; never served silently.
 */
import { createHash } from 'node:crypto';
import type {
  StoredProblem,
  StoredContentCheck,
} from '../../../domain/audit/verification-report.js';
import type { Principal } from '../../../domain/access/roles.js';
import { readSnapshot, type StoredSnapshot } from '../../../documents/submission-snapshot.js';
import { auditLog } from '../../../platform/audit-log.js';
import { recordAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  readStoredFiles,
  readStoredSubmissions,
  submittedHashInChain,
  submittedHashesInChain,
  type StoredFile,
  type StoredSubmission,
} from '../../../store/repositories/audit-content.repository.js';
import { AppError } from '../../errors/catalogue.js';
import type { AuditDeps } from './checkpoints.js';

export function sha256Of(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** What is wrong with a stored snapshot, or null when it gives both hashes it should. */
export function checkSnapshot(
  row: Pick<StoredSubmission, 'id' | 'receipt_number' | 'snapshot' | 'sha256'>,
  chainHash: string | undefined,
): StoredProblem | null {
  const actual = sha256Of(row.snapshot);
  const base = {
    kind: 'snapshot-altered',
    submissionId: row.id,
    receiptNumber: row.receipt_number,
    actual,
  } as const;
  if (actual !== row.sha256) return { ...base, against: 'receipt', expected: row.sha256 };
  if (chainHash !== undefined && actual !== chainHash) {
    return { ...base, against: 'audit-chain', expected: chainHash };
  }
  return null;
}

/** What is wrong with a stored file, or null when it gives the hashes it should. */
export function checkFile(
  row: Pick<StoredFile, 'id' | 'file_name' | 'sha256' | 'content'>,
  namedInSnapshot: string | undefined,
): StoredProblem | null {
  const actual = sha256Of(row.content);
  const base = {
    kind: 'file-altered',
    attachmentId: row.id,
    fileName: row.file_name,
    actual,
  } as const;
  if (actual !== row.sha256) return { ...base, against: 'upload', expected: row.sha256 };
  if (namedInSnapshot !== undefined && actual !== namedInSnapshot) {
    return { ...base, against: 'snapshot', expected: namedInSnapshot };
  }
  return null;
}

/** Logs, records and refuses: the one way a mismatch ends. */
async function refuse(
  deps: AuditDeps,
  problem: StoredProblem,
  servedTo: { principal: Principal | null; purpose: string },
): Promise<never> {
  auditLog(deps.config).error(
    {
      integrityAlarm: problem,
      servedTo: servedTo.principal?.userId ?? null,
      purpose: servedTo.purpose,
    },
    'INTEGRITY ALARM: stored content does not match its recorded hash; not served',
  );
  await recordAuditEvent(deps.store.db, {
    actor: servedTo.principal,
    actorLabel: 'integrity check',
    action: 'integrity.mismatch',
    entityType: problem.kind === 'snapshot-altered' ? 'submission' : 'attachment',
    entityId: problem.kind === 'snapshot-altered' ? problem.submissionId : problem.attachmentId,
    detail: { ...problem, purpose: servedTo.purpose },
    at: new Date(),
  });
  throw new AppError('integrity_mismatch');
}

/**
 * The snapshot of a submission, once it is proven to be the one received; otherwise refused with
 * an alarm. For staff views, documents made from it and the archive extract.
 */
export async function readIntactSnapshot(
  deps: AuditDeps,
  row: StoredSubmission,
  servedTo: { principal: Principal | null; purpose: string },
): Promise<StoredSnapshot> {
  const chainHash = await submittedHashInChain(
    deps.store.db,
    row.application_id,
    row.receipt_number,
  );
  const problem = checkSnapshot(row, chainHash);
  if (problem) return refuse(deps, problem, servedTo);
  return readSnapshot(row.snapshot);
}

/** Refuses, with an alarm, a file whose bytes are not the ones uploaded and submitted. */
export async function assertIntactFile(
  deps: AuditDeps,
  row: Pick<StoredFile, 'id' | 'file_name' | 'sha256' | 'content'>,
  namedInSnapshot: string | undefined,
  servedTo: { principal: Principal | null; purpose: string },
): Promise<void> {
  const problem = checkFile(row, namedInSnapshot);
  if (problem) await refuse(deps, problem, servedTo);
}

/** Every stored snapshot and file re-hashed, for the verification of the audit trail. */
export async function checkStoredContent(deps: AuditDeps): Promise<StoredContentCheck> {
  const db = deps.store.db;
  const chain = await submittedHashesInChain(db);
  const named = new Map<string, string>();
  const problems: StoredProblem[] = [];
  let submissions = 0;
  let files = 0;
  for await (const batch of readStoredSubmissions(db)) {
    for (const row of batch) {
      submissions += 1;
      const problem = checkSnapshot(row, chain.get(`${row.application_id}|${row.receipt_number}`));
      if (problem) {
        problems.push(problem);
        continue;
      }
      // Only an intact snapshot vouches for the files it names.
      for (const file of readSnapshot(row.snapshot).snapshot.attachments)
        named.set(file.fileId, file.sha256);
    }
  }
  for await (const batch of readStoredFiles(db)) {
    for (const row of batch) {
      files += 1;
      const problem = checkFile(row, named.get(row.id));
      if (problem) problems.push(problem);
    }
  }
  return { submissions, files, problems };
}
