/**
 * Invitations of a colleague by e-mail: how an address is compared, how long an invitation lives
 * and which state it is in. Pure: the caller passes `now`.
 */

/** An invitation not accepted within this time must be sent again. */
export const INVITATION_TTL_DAYS = 14;

/** The most open invitations one institution may have at a time: a brake on mistakes and abuse. */
export const MAX_OPEN_INVITATIONS = 50;

/** Addresses are compared trimmed and lower-cased: people type them in every case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A practical check, not RFC 5322: one @, a local part and a domain with a dot, no spaces or
 * angle brackets, within the lengths SMTP allows. What passes can be typed and delivered to.
 */
export function isEmailAddress(email: string): boolean {
  if (email.length > 254) return false;
  const match =
    /^([^\s@<>()[\]\\,;:"]+)@([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)$/i.exec(
      email,
    );
  if (!match) return false;
  const [, local = '', domain = ''] = match;
  return (
    local.length <= 64 &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..') &&
    /[a-z]{2,}$/i.test(domain)
  );
}

export function invitationExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
}

export type InvitationState = 'open' | 'accepted' | 'revoked' | 'expired';

export function invitationStateAt(
  invitation: { acceptedAt: string | null; revokedAt: string | null; expiresAt: string },
  now: Date,
): InvitationState {
  if (invitation.acceptedAt !== null) return 'accepted';
  if (invitation.revokedAt !== null) return 'revoked';
  return Date.parse(invitation.expiresAt) > now.getTime() ? 'open' : 'expired';
}
