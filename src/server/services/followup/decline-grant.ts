/**
 * The grantee declines the grant, with a reason if they give one. The grant's money is freed
 * (recorded as `freed_nok`) for the reserve list to offer on.
 */
import type { Principal } from '../../../domain/access/roles.js';
import type { OwnGrant } from '../../../web/api/followup-types.js';
import type { AppContext } from '../../context.js';
import { answerGrant } from './answer-grant.js';
import { readOwnGrant } from './own-grant.js';

export async function declineGrant(
  ctx: AppContext,
  principal: Principal,
  applicationId: string,
  body: { reason?: string | undefined },
  at: Date,
): Promise<OwnGrant | null> {
  const reason = body.reason?.trim() || null;
  await answerGrant(ctx, principal, applicationId, { state: 'declined', reason }, at);
  return readOwnGrant(ctx, principal, applicationId, at);
}
