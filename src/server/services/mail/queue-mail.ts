/**
 * Queues an e-mail in the caller's transaction (docs/adr/0020): the message and the job that
 * delivers it are stored exactly when what the message announces is; a rolled-back transaction
 * leaves neither.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../../store/create-store.js';
import { enqueueJob } from '../../../store/repositories/jobs.repository.js';
import {
  enqueueOutboxMessage,
  type MailAttachment,
} from '../../../store/repositories/outbox.repository.js';

export const MAIL_JOB_KIND = 'mail.deliver';

export type MailTopic = 'receipt' | 'invitation' | 'decision' | 'appeal' | 'grant';

export interface MailToQueue {
  topic: MailTopic;
  /** The id of what the message announces. */
  referenceId: string | null;
  locale: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: readonly MailAttachment[];
}

/** A new RFC 5322 Message-ID; kept with the message, so every attempt carries the same one. */
export function newMessageId(): string {
  return `<${randomUUID()}@tilskudd>`;
}

export async function queueMail(
  tx: Tx,
  mail: MailToQueue,
  now: Date = new Date(),
): Promise<{ id: string; messageId: string }> {
  const id = randomUUID();
  const messageId = newMessageId();
  await enqueueOutboxMessage(tx, { ...mail, id, messageId, now });
  await enqueueJob(tx, { kind: MAIL_JOB_KIND, payload: { outboxId: id }, runAfter: now, now });
  return { id, messageId };
}
