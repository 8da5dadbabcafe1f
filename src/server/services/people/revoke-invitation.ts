import type { Principal } from '../../../domain/access/roles.js';
import { inTransaction } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  findInvitation,
  lockInstitutionInvitations,
  markInvitationRevoked,
} from '../../../store/repositories/invitations.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { findOwnInstitution } from './access.js';

/** Revokes an open invitation of the institution; one already accepted, revoked or expired stays. */
export async function revokeInvitation(
  ctx: AppContext,
  principal: Principal,
  input: { orgnr: string; invitationId: string },
): Promise<void> {
  await findOwnInstitution(ctx, principal, input.orgnr);
  const now = ctx.clock.now();
  await inTransaction(ctx.store, async (tx) => {
    await lockInstitutionInvitations(tx, input.orgnr);
    const invitation = await findInvitation(tx, input.invitationId);
    // Another institution's invitation is "not found" here, as if it did not exist.
    if (!invitation || invitation.institution_orgnr !== input.orgnr) {
      throw new AppError('invitation_not_found');
    }
    const revoked = await markInvitationRevoked(tx, invitation.id, {
      userId: principal.userId,
      at: now,
    });
    if (revoked === 0) throw new AppError('invitation_not_open');
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'invitation.revoked',
      entityType: 'invitation',
      entityId: invitation.id,
      detail: { institutionOrgnr: invitation.institution_orgnr, email: invitation.email },
      at: now,
    });
  });
}
