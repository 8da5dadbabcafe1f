import type { Principal } from '../../../domain/access/roles.js';
import { isReceivedInTime } from '../../../domain/application/deadline.js';
import { callDeadline } from '../../../domain/call/call-phase.js';
import { inTransaction } from '../../../store/create-store.js';
import {
  lockApplication,
  touchApplication,
} from '../../../store/repositories/applications.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import { markWithdrawn } from '../../../store/repositories/submissions.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { callOf, findAccessibleApplication } from './access.js';
import { deadlinePassedError } from './save-section.js';

/**
 * Withdraws a submitted application before the deadline: no version of it will be assessed. The
 * draft stays, so it can be submitted again before the deadline as a new version.
 */
export async function withdrawApplication(
  ctx: AppContext,
  principal: Principal,
  applicationId: string,
): Promise<void> {
  const application = await findAccessibleApplication(ctx.store.db, principal, applicationId);
  const call = callOf(ctx, application.call_id);
  const now = ctx.clock.now();
  if (!isReceivedInTime(call, now)) throw deadlinePassedError(callDeadline(call));
  await inTransaction(ctx.store, async (tx) => {
    await lockApplication(tx, application.id);
    const withdrawn = await markWithdrawn(tx, application.id, {
      at: now.toISOString(),
      userId: principal.userId,
    });
    if (withdrawn === 0) throw new AppError('nothing_to_withdraw');
    await touchApplication(tx, application.id, {
      userId: principal.userId,
      at: now.toISOString(),
      status: 'withdrawn',
    });
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'application.withdrawn',
      entityType: 'application',
      entityId: application.id,
      detail: { submissionsWithdrawn: withdrawn },
      at: now,
    });
  });
}
