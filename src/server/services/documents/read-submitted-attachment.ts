import { readSnapshot } from '../../../documents/submission-snapshot.js';
import type { AttachmentRow } from '../../../store/database.js';
import { findAttachmentWithContent } from '../../../store/repositories/attachments.repository.js';
import { findSubmission } from '../../../store/repositories/submissions.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { assertOfferable } from '../virus-scan/offer-file.js';

/**
 * A file as submitted, for case officers: only files the submission's snapshot names can be
 * reached this way, so an officer sees what was sent, not what the draft holds today.
 */
export async function readSubmittedAttachment(
  ctx: AppContext,
  submissionId: string,
  attachmentId: string,
): Promise<AttachmentRow> {
  const submission = await findSubmission(ctx.store.db, submissionId);
  if (!submission) throw new AppError('submission_not_found');
  const named = readSnapshot(submission.snapshot).snapshot.attachments.find(
    (file) => file.fileId === attachmentId,
  );
  const row = named
    ? await findAttachmentWithContent(ctx.store.db, submission.application_id, attachmentId)
    : undefined;
  if (!named || !row || row.sha256 !== named.sha256) throw new AppError('attachment_not_found');
  assertOfferable(row);
  return row;
}
