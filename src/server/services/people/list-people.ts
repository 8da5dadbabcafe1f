import type { Principal } from '../../../domain/access/roles.js';
import {
  listOpenInvitations,
  listPeopleWithAccess,
} from '../../../store/repositories/invitations.repository.js';
import type { AppContext } from '../../context.js';
import { findOwnInstitution } from './access.js';

export interface PeopleView {
  institution: { orgnr: string; name: string };
  people: { name: string; email: string | null; since: string; you: boolean }[];
  invitations: {
    id: string;
    email: string;
    invitedBy: { name: string };
    createdAt: string;
    expiresAt: string;
  }[];
}

/** Who acts for the institution, and whom its applicants have invited but who has not come yet. */
export async function listPeople(
  ctx: AppContext,
  principal: Principal,
  orgnr: string,
): Promise<PeopleView> {
  const institution = await findOwnInstitution(ctx, principal, orgnr);
  const now = ctx.clock.now();
  const [people, invitations] = await Promise.all([
    listPeopleWithAccess(ctx.store.db, orgnr),
    listOpenInvitations(ctx.store.db, orgnr, now),
  ]);
  return {
    institution: { orgnr: institution.orgnr, name: institution.name },
    people: people.map((p) => ({
      name: p.name,
      email: p.email,
      since: p.granted_at,
      you: p.user_id === principal.userId,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      invitedBy: { name: i.invited_by_name },
      createdAt: i.created_at,
      expiresAt: i.expires_at,
    })),
  };
}
