/**
 * The durable job that sends one outbox message (docs/adr/0020). Before SMTP the message is
 * marked `sending` under a lease; after the server's 250 it is marked `sent`. A process that dies
 * between the two leaves `sending` behind: when its lease runs out the next attempt knows the
 * message may have arrived. For the dev mailbox it looks and does not send again; for a relay it
 * sends again with the same Message-ID (at least once, and a receiver can de-duplicate).
 */
import { randomUUID } from 'node:crypto';
import { SmtpSendError } from '../../../integrations/smtp/smtp-sender.js';
import {
  beginSending,
  findOutboxMessage,
  listOutboxAttachments,
  markOutboxFailed,
  markOutboxRetry,
  markOutboxSent,
} from '../../../store/repositories/outbox.repository.js';
import type { Store } from '../../../store/create-store.js';
import type { JobHandler, JobLog, JobOutcome } from '../../jobs/job-runner.js';
import type { MailDelivery } from './mail-delivery.js';
import { MAIL_JOB_KIND } from './queue-mail.js';

/** After this many attempts a message is given up as failed (about 12 hours of retries). */
export const MAX_MAIL_ATTEMPTS = 20;

/** The pause after a failed attempt: five seconds, doubling, at most an hour. */
export function mailBackoffMs(attempts: number): number {
  return Math.min(60 * 60_000, 5_000 * 2 ** Math.max(0, attempts - 1));
}

export function deliverMailJob(options: {
  store: Store;
  delivery: MailDelivery;
  log: JobLog;
  /** Wall time, never the demo clock; tests pass their own. */
  now?: () => Date;
  leaseMs: number;
}): JobHandler {
  const { store, delivery, log } = options;
  const now = options.now ?? (() => new Date());
  return {
    kind: MAIL_JOB_KIND,
    async run(payload): Promise<JobOutcome> {
      const outboxId = (payload as { outboxId?: unknown }).outboxId;
      if (typeof outboxId !== 'string') return { outcome: 'failed', error: 'no outboxId' };
      const held = { id: outboxId, owner: randomUUID() };
      const taken = await beginSending(store.db, { ...held, now: now(), leaseMs: options.leaseMs });
      if (!taken) {
        const row = await findOutboxMessage(store.db, outboxId);
        if (!row) return { outcome: 'failed', error: `no outbox message ${outboxId}` };
        if (row.state === 'sent' || row.state === 'failed') return { outcome: 'done' };
        // Another attempt holds it: look again when its lease runs out.
        const waitMs = Date.parse(row.lease_until ?? '') - now().getTime();
        return {
          outcome: 'retry',
          afterMs: Math.max(1000, waitMs),
          error: 'held by another attempt',
        };
      }
      const { row, resumed } = taken;
      if (resumed) {
        if (delivery.alreadyDelivered && (await delivery.alreadyDelivered(row.message_id))) {
          await markOutboxSent(store.db, held, now());
          return { outcome: 'done' };
        }
        log.warn(
          { outboxId, messageId: row.message_id },
          'an earlier attempt ended without an answer: sending again with the same Message-ID',
        );
      }
      try {
        await delivery.sender.send({
          messageId: row.message_id,
          from: delivery.from,
          to: row.to_address,
          subject: row.subject,
          text: row.text_body,
          html: row.html_body ?? undefined,
          date: new Date(row.created_at),
          topic: row.topic,
          attachments: await listOutboxAttachments(store.db, outboxId),
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const permanent = error instanceof SmtpSendError && error.permanent;
        if (permanent || row.attempts >= MAX_MAIL_ATTEMPTS) {
          log.error({ outboxId, messageId: row.message_id, err: error }, 'e-mail given up');
          await markOutboxFailed(store.db, held, { at: now(), error: message });
          return { outcome: 'failed', error: message };
        }
        const afterMs = mailBackoffMs(row.attempts);
        await markOutboxRetry(store.db, held, {
          nextAttemptAt: new Date(now().getTime() + afterMs),
          error: message,
        });
        return { outcome: 'retry', afterMs, error: message };
      }
      if (!(await markOutboxSent(store.db, held, now()))) {
        log.warn({ outboxId }, 'e-mail sent, but its lease had passed to another attempt');
      }
      return { outcome: 'done' };
    },
  };
}
