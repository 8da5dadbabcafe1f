import { normalizeEmail } from '../../../domain/access/invitation.js';
import type { Principal } from '../../../domain/access/roles.js';
import type { Tx } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  listOpenInvitationsForEmail,
  markInvitationAccepted,
} from '../../../store/repositories/invitations.repository.js';
import { grantRole } from '../../../store/repositories/users.repository.js';

/**
 * At sign-in, inside the sign-in's transaction: every open invitation to the user's e-mail
 * address is accepted, and the user is granted the applicant role for its institution. The
 * caller passes only an address the identity provider vouches for. Answers the orgnrs granted.
 */
export async function acceptInvitationsOnSignIn(
  tx: Tx,
  user: { id: string; name: string; email: string | null },
  now: Date,
): Promise<string[]> {
  if (user.email === null) return [];
  const email = normalizeEmail(user.email);
  if (email === '') return [];
  const open = await listOpenInvitationsForEmail(tx, email, now);
  const actor: Principal = { userId: user.id, name: user.name, email: user.email, roles: [] };
  const accepted: string[] = [];
  for (const invitation of open) {
    const changed = await markInvitationAccepted(tx, invitation.id, { userId: user.id, at: now });
    if (changed === 0) continue;
    const granted = await grantRole(
      tx,
      user.id,
      { role: 'applicant', institutionOrgnr: invitation.institution_orgnr },
      now,
    );
    await appendAuditEvent(tx, {
      actor,
      action: 'invitation.accepted',
      entityType: 'invitation',
      entityId: invitation.id,
      detail: {
        institutionOrgnr: invitation.institution_orgnr,
        email,
        invitedBy: invitation.invited_by,
        roleGranted: granted,
      },
      at: now,
    });
    accepted.push(invitation.institution_orgnr);
  }
  return accepted;
}
