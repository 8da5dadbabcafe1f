/** The dev mailbox (admin): what the embedded default's SMTP server received. */
import type { MailboxList, MailboxMessage } from '../../server/routes/mail/schema.js';
import { get } from './client.js';

export type { MailboxList, MailboxMessage };
export type MailboxSummary = MailboxList['messages'][number];

export const mailboxApi = {
  list: () => get<MailboxList>('/api/admin/mailbox'),
  message: (id: string) => get<MailboxMessage>(`/api/admin/mailbox/${encodeURIComponent(id)}`),
};
