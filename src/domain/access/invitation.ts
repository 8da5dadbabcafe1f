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

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
/** Letters beyond a–z are allowed in the domain: Norwegian domains may have æ, ø and å. */
const ADDRESS = new RegExp(
  String.raw`^([^\s@<>()[\]\\,;:"]+)@(${LABEL}(?:\.${LABEL})*\.\p{L}{2,})$`,
  'u',
);

/**
 * A practical check, not RFC 5322: one @, a local part and a domain with a dot, no spaces or
 * angle brackets, within the lengths SMTP allows. What passes can be typed and delivered to.
 */
export function isEmailAddress(email: string): boolean {
  if (email.length > 254) return false;
  const match = ADDRESS.exec(email);
  if (!match) return false;
  const local = match[1] ?? '';
  return (
    local.length <= 64 && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..')
  );
}

export function invitationExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
}
