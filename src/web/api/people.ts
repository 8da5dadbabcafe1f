/** Colleagues of an institution: who has access, and invitations by e-mail. */
import { get, post, send } from './client.js';

export interface PersonWithAccess {
  name: string;
  email: string | null;
  /** ISO instant the person was given access. */
  since: string;
  /** The signed-in user. */
  you: boolean;
}

export interface OpenInvitation {
  id: string;
  email: string;
  invitedBy: { name: string };
  createdAt: string;
  /** ISO instant after which the invitation can no longer be accepted. */
  expiresAt: string;
}

export interface PeopleView {
  institution: { orgnr: string; name: string };
  people: PersonWithAccess[];
  invitations: OpenInvitation[];
}

const base = (orgnr: string) => `/api/institutions/${encodeURIComponent(orgnr)}`;

export const peopleApi = {
  listPeople: (orgnr: string) => get<PeopleView>(`${base(orgnr)}/people`),
  invite: (orgnr: string, email: string) =>
    post<OpenInvitation>(`${base(orgnr)}/invitations`, { email }),
  revoke: async (orgnr: string, invitationId: string) => {
    await send<null>('DELETE', `${base(orgnr)}/invitations/${encodeURIComponent(invitationId)}`);
  },
};
