/** The grantee accepts the grant letter's conditions, by the deadline the letter states. */
import type { Principal } from '../../../domain/access/roles.js';
import type { OwnGrant } from '../../../web/api/followup-types.js';
import type { AppContext } from '../../context.js';
import { answerGrant } from './answer-grant.js';
import { readOwnGrant } from './own-grant.js';

export async function acceptGrant(
  ctx: AppContext,
  principal: Principal,
  applicationId: string,
  at: Date,
): Promise<OwnGrant | null> {
  await answerGrant(ctx, principal, applicationId, { state: 'accepted', reason: null }, at);
  return readOwnGrant(ctx, principal, applicationId, at);
}
