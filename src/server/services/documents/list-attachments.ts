import type { Principal } from '../../../domain/access/roles.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { findSection } from '../../../store/repositories/applications.repository.js';
import { listAttachments as listAttachmentRows } from '../../../store/repositories/attachments.repository.js';
import type { AppContext } from '../../context.js';
import { callOf, findAccessibleApplication } from '../applications/access.js';
import {
  attachmentsSectionOf,
  itemsOf,
  toAttachmentView,
  type AttachmentView,
} from './attachment-view.js';

/** Every file ever uploaded to the application, each version, marked current when referred to. */
export async function listAttachments(
  ctx: AppContext,
  principal: Principal | null,
  applicationId: string,
  locale: Locale,
): Promise<AttachmentView[]> {
  const db = ctx.store.db;
  const application = await findAccessibleApplication(db, principal, applicationId);
  const section = attachmentsSectionOf(callOf(ctx, application.call_id));
  const stored = section ? await findSection(db, application.id, section.id) : undefined;
  const current = new Set(
    itemsOf(stored ? (JSON.parse(stored.content) as unknown) : null).map((item) => item.fileId),
  );
  const rows = await listAttachmentRows(db, application.id);
  return rows.map((row) => toAttachmentView(row, current, locale));
}
