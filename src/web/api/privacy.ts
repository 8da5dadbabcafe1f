/** Privacy (docs/adr/0024): the admin's people list and erasure; the own-data download is a link. */
import type { ErasureAnswer, PeopleList } from '../../server/routes/privacy/schema.js';
import { get, post } from './client.js';

export type { ErasureAnswer, PeopleList };
export type Person = PeopleList['people'][number];

/** The signed-in person's own data as a JSON download (GDPR art. 15): a plain link. */
export const PERSONAL_DATA_URL = '/api/me/personal-data';

export const privacyApi = {
  people: () => get<PeopleList>('/api/admin/people'),
  erase: (userId: string, reason: string) =>
    post<ErasureAnswer>(`/api/admin/people/${encodeURIComponent(userId)}/erasure`, { reason }),
};
