import type { Principal } from '../../../domain/access/roles.js';
import type { AttachmentRow } from '../../../store/database.js';
import { findAttachmentWithContent } from '../../../store/repositories/attachments.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { assertOfferable } from '../virus-scan/offer-file.js';
import { findAccessibleApplication } from '../applications/access.js';

/** One stored file with its bytes; another institution's file is "not found", like a wrong id. */
export async function readAttachment(
  ctx: AppContext,
  principal: Principal | null,
  applicationId: string,
  attachmentId: string,
): Promise<AttachmentRow> {
  const application = await findAccessibleApplication(ctx.store.db, principal, applicationId);
  const row = await findAttachmentWithContent(ctx.store.db, application.id, attachmentId);
  if (!row) throw new AppError('attachment_not_found');
  assertOfferable(row);
  return row;
}
