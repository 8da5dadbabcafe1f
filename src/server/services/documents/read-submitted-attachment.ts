import type { Principal } from '../../../domain/access/roles.js';
import type { AttachmentRow } from '../../../store/database.js';
import { findAttachmentWithContent } from '../../../store/repositories/attachments.repository.js';
import { findSubmission } from '../../../store/repositories/submissions.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { assertOfferable } from '../virus-scan/offer-file.js';
import { assertIntactFile, readIntactSnapshot } from '../audit/integrity.js';

/**
 * A file as submitted, for case officers: only files the submission's snapshot names can be
 * reached this way, so an officer sees what was sent, not what the draft holds today.
 */
export async function readSubmittedAttachment(
  ctx: AppContext,
  submissionId: string,
  attachmentId: string,
  servedTo: Principal | null = null,
): Promise<AttachmentRow> {
  const submission = await findSubmission(ctx.store.db, submissionId);
  if (!submission) throw new AppError('submission_not_found');
  const who = { principal: servedTo, purpose: 'submission.attachment' };
  const { snapshot } = await readIntactSnapshot(ctx, submission, who);
  const named = snapshot.attachments.find((file) => file.fileId === attachmentId);
  const row = named
    ? await findAttachmentWithContent(ctx.store.db, submission.application_id, attachmentId)
    : undefined;
  if (!named || !row) throw new AppError('attachment_not_found');
  // Re-hashed: the bytes must be the ones uploaded and named by the submitted snapshot (R32).
  await assertIntactFile(ctx, row, named.sha256, who);
  assertOfferable(row);
  return row;
}
