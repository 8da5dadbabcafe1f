import { randomUUID } from 'node:crypto';
import {
  invitationExpiresAt,
  isEmailAddress,
  MAX_OPEN_INVITATIONS,
  normalizeEmail,
} from '../../../domain/access/invitation.js';
import type { Principal } from '../../../domain/access/roles.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  countOpenInvitations,
  findOpenInvitation,
  hasApplicantWithEmail,
  insertInvitation,
  lockInstitutionInvitations,
} from '../../../store/repositories/invitations.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { Localized } from '../../i18n/locale.js';
import { findOwnInstitution } from './access.js';
import { emailMessages } from './email-messages.js';
import { queueInvitationMail } from '../mail/announce.js';

export interface CreatedInvitation {
  id: string;
  email: string;
  invitedBy: { name: string };
  createdAt: string;
  expiresAt: string;
}

function fieldError(
  code: 'invitation_exists' | 'already_has_access' | 'validation_failed',
  message: Localized,
  locale: Locale,
): AppError {
  return new AppError(code, {
    detail: message,
    fieldErrors: [{ path: 'email', message: message[locale] }],
  });
}

/**
 * Invites a colleague by e-mail to act for the institution: refused for an address that already
 * has access or an open invitation. Whoever signs in with the address accepts it.
 */
export async function inviteColleague(
  ctx: AppContext,
  principal: Principal,
  input: { orgnr: string; email: string; locale: Locale },
): Promise<CreatedInvitation> {
  const institution = await findOwnInstitution(ctx, principal, input.orgnr);
  const email = normalizeEmail(input.email);
  if (!isEmailAddress(email))
    throw fieldError('validation_failed', emailMessages.invalid, input.locale);
  const now = ctx.clock.now();
  const invitation = {
    id: randomUUID(),
    institution_orgnr: input.orgnr,
    email,
    invited_by: principal.userId,
    created_at: now.toISOString(),
    expires_at: invitationExpiresAt(now).toISOString(),
    accepted_by: null,
    accepted_at: null,
    revoked_by: null,
    revoked_at: null,
  };
  await inTransaction(ctx.store, async (tx) => {
    await lockInstitutionInvitations(tx, input.orgnr);
    if (await hasApplicantWithEmail(tx, input.orgnr, email)) {
      throw fieldError('already_has_access', emailMessages.hasAccess, input.locale);
    }
    if (await findOpenInvitation(tx, input.orgnr, email, now)) {
      throw fieldError('invitation_exists', emailMessages.alreadyInvited, input.locale);
    }
    if ((await countOpenInvitations(tx, input.orgnr, now)) >= MAX_OPEN_INVITATIONS) {
      throw new AppError('too_many_invitations', { detail: emailMessages.tooMany });
    }
    await insertInvitation(tx, invitation);
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'invitation.created',
      entityType: 'invitation',
      entityId: invitation.id,
      detail: { institutionOrgnr: input.orgnr, email, expiresAt: invitation.expires_at },
      at: now,
    });
    await queueInvitationMail(tx, {
      id: invitation.id,
      to: email,
      inviter: principal.name,
      institution: institution.name,
      expiresAt: new Date(invitation.expires_at),
      locale: input.locale,
      publicUrl: ctx.config.publicUrl,
    });
  });
  return {
    id: invitation.id,
    email,
    invitedBy: { name: principal.name },
    createdAt: invitation.created_at,
    expiresAt: invitation.expires_at,
  };
}
