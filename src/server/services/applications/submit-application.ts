/**
 * Submission (R3, R20–R23 re-checked): in one transaction, every rule is evaluated again, the
 * deadline is checked against the server clock at arrival, and an immutable snapshot is stored as
 * canonical JSON with its SHA-256 and a gapless receipt number. The same Idempotency-Key always
 * answers with the same receipt. The last submitted version before the deadline is the one that
 * counts.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import { isReceivedInTime } from '../../../domain/application/deadline.js';
import { canonicalJson } from '../../../domain/audit/canonical-json.js';
import { callDeadline } from '../../../domain/call/call-phase.js';
import { blockingFindings, evaluateFormalRules } from '../../../domain/rules/index.js';
import { inTransaction } from '../../../store/create-store.js';
import type { SubmissionRow } from '../../../store/database.js';
import {
  listSections,
  lockApplication,
  touchApplication,
} from '../../../store/repositories/applications.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  findSubmissionByKey,
  insertSubmission,
  isUniqueViolation,
  listSubmissions,
  takeReceiptSeq,
} from '../../../store/repositories/submissions.repository.js';
import type { Locale } from '../../../domain/time/oslo.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { verifyAttachmentReferences } from '../documents/verify-attachment-references.js';
import { journalSubmission } from '../journal/journal-submission.js';
import { queueReceiptMail } from '../mail/announce.js';
import { callOf, findAccessibleApplication } from './access.js';
import { contentOf, loadRuleInput } from './load-rule-input.js';
import { deadlinePassedError } from './save-section.js';

export interface Receipt {
  submissionId: string;
  applicationId: string;
  versionNo: number;
  receiptNumber: string;
  receivedAt: string;
  sha256: string;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function toReceipt(row: SubmissionRow): Receipt {
  return {
    submissionId: row.id,
    applicationId: row.application_id,
    versionNo: row.version_no,
    receiptNumber: row.receipt_number,
    receivedAt: row.received_at,
    sha256: row.sha256,
  };
}

export async function submitApplication(
  ctx: AppContext,
  principal: Principal,
  input: {
    applicationId: string;
    idempotencyKey: string;
    receivedAt: Date;
    locale?: Locale;
    /** What the applicant asks to have screened in the public journal (offentleglova). */
    screeningRequest?: string;
  },
): Promise<{ receipt: Receipt; replayed: boolean }> {
  const application = await findAccessibleApplication(ctx.store.db, principal, input.applicationId);
  const call = callOf(ctx, application.call_id);
  const earlier = await findSubmissionByKey(ctx.store.db, application.id, input.idempotencyKey);
  if (earlier) return { receipt: toReceipt(earlier), replayed: true };
  if (!isReceivedInTime(call, input.receivedAt)) throw deadlinePassedError(callDeadline(call));

  try {
    const { row, replayed } = await inTransaction(ctx.store, async (tx) => {
      const locked = await lockApplication(tx, application.id);
      if (!locked) throw new AppError('application_not_found');
      const again = await findSubmissionByKey(tx, application.id, input.idempotencyKey);
      if (again) return { row: again, replayed: true };
      const sections = await listSections(tx, application.id);
      const content = contentOf(call, sections);
      const ruleInput = await loadRuleInput(tx, call, application.institution_orgnr, content);
      const findings = evaluateFormalRules(ruleInput);
      const blocking = blockingFindings(findings);
      if (blocking.length > 0) {
        throw new AppError('submission_blocked', { extensions: { findings: blocking } });
      }
      // The snapshot names the exact stored files, by hash, that the application refers to.
      const attachments = await verifyAttachmentReferences(tx, call, application.id, content);
      const versionNo = (await listSubmissions(tx, application.id)).length + 1;
      const receivedAt = input.receivedAt.toISOString();
      await touchApplication(tx, application.id, {
        userId: principal.userId,
        at: receivedAt,
        status: 'submitted',
      });
      // The receipt counter's row stays locked until the commit, and every submission of the call
      // waits for it: take it last, with only the inserts that need the number after it.
      const seq = await takeReceiptSeq(tx, call.id);
      const receiptNumber = `${call.receiptPrefix}-${String(seq).padStart(5, '0')}`;
      const snapshot = canonicalJson({
        applicationId: application.id,
        callId: call.id,
        callVersion: call.version,
        institutionOrgnr: application.institution_orgnr,
        institutionName: ruleInput.institution?.name,
        versionNo,
        receiptNumber,
        receivedAt,
        submittedBy: { userId: principal.userId, name: principal.name },
        content,
        attachments,
        findings,
      });
      const submission: SubmissionRow = {
        id: randomUUID(),
        application_id: application.id,
        call_id: call.id,
        version_no: versionNo,
        receipt_seq: seq,
        receipt_number: receiptNumber,
        received_at: receivedAt,
        submitted_by: principal.userId,
        idempotency_key: input.idempotencyKey,
        snapshot,
        sha256: sha256Hex(snapshot),
        withdrawn_at: null,
        withdrawn_by: null,
      };
      await insertSubmission(tx, submission);
      await appendAuditEvent(tx, {
        actor: principal,
        action: 'application.submitted',
        entityType: 'application',
        entityId: application.id,
        detail: { receiptNumber, versionNo, sha256: submission.sha256 },
        at: input.receivedAt,
      });
      await journalSubmission(tx, principal, {
        call,
        applicationId: application.id,
        submissionId: submission.id,
        receivedAt: input.receivedAt,
        institution: {
          name: ruleInput.institution?.name ?? application.institution_orgnr,
          orgnr: application.institution_orgnr,
        },
        content,
        screeningRequest: input.screeningRequest,
      });
      // The receipt by e-mail, committed with the submission or not at all (docs/adr/0020).
      if (principal.email) {
        await queueReceiptMail(tx, {
          to: principal.email,
          name: principal.name,
          locale: input.locale ?? 'nb',
          call,
          institution: ruleInput.institution?.name ?? application.institution_orgnr,
          applicationId: application.id,
          submissionId: submission.id,
          receiptNumber,
          versionNo,
          sha256: submission.sha256,
          receivedAt: input.receivedAt,
          publicUrl: ctx.config.publicUrl,
        });
      }
      return { row: submission, replayed: false };
    });
    return { receipt: toReceipt(row), replayed };
  } catch (error) {
    // Two requests with one key raced; the loser answers with the winner's receipt.
    if (isUniqueViolation(error)) {
      const winner = await findSubmissionByKey(ctx.store.db, application.id, input.idempotencyKey);
      if (winner) return { receipt: toReceipt(winner), replayed: true };
    }
    throw error;
  }
}
