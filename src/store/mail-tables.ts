/** Row types of the outbox and the dev mailbox (migration 0017, docs/adr/0020). */
import type { Selectable } from 'kysely';

export interface OutboxMessageTable {
  id: string;
  /** RFC 5322 Message-ID, `<uuid@tilskudd>`: the same on every attempt. */
  message_id: string;
  /** What the message is about: receipt, invitation, decision … */
  topic: string;
  /** The id of what it announces (a submission, an invitation). */
  reference_id: string | null;
  locale: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** queued, sending (an attempt under a lease), sent or failed. */
  state: string;
  attempts: number;
  /** ISO instant (wall time): the next attempt is not made before. */
  next_attempt_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface OutboxAttachmentTable {
  message_id: string;
  position: number;
  file_name: string;
  content_type: string;
  /** blob on SQLite, bytea on PostgreSQL. */
  content: Buffer;
}

export interface DevMailboxTable {
  id: string;
  message_id: string;
  /** The X-Tilskudd-Topic header, when the message came from this app. */
  topic: string | null;
  from_address: string;
  to_address: string;
  subject: string;
  /** The message's Date header as an ISO instant. */
  sent_date: string | null;
  text_body: string;
  html_body: string | null;
  size_bytes: number;
  received_at: string;
}

export interface DevMailboxAttachmentTable {
  mailbox_id: string;
  position: number;
  file_name: string;
  content_type: string;
  size_bytes: number;
  content: Buffer;
}

export interface MailTables {
  outbox_message: OutboxMessageTable;
  outbox_attachment: OutboxAttachmentTable;
  dev_mailbox: DevMailboxTable;
  dev_mailbox_attachment: DevMailboxAttachmentTable;
}

export type OutboxMessageRow = Selectable<OutboxMessageTable>;
export type DevMailboxRow = Selectable<DevMailboxTable>;
