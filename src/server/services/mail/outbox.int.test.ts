/**
 * The outbox on both databases (docs/adr/0020): a message is stored with the transaction of what
 * it announces or not at all, the delivery job sends it over real SMTP (the in-process server of
 * the embedded default, or a relay the test runs), retries a server that says "later" with a
 * growing pause and the same Message-ID, gives up on a server that says "never", and does not
 * send again what the dev mailbox already holds.
 */
import { afterEach, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../../../test/helpers/dialects.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../test/helpers/smtp.js';
import { readConfig } from '../../../platform/config.js';
import { inTransaction } from '../../../store/create-store.js';
import {
  listMailbox,
  findMailboxMessage,
} from '../../../store/repositories/dev-mailbox.repository.js';
import { listJobs } from '../../../store/repositories/jobs.repository.js';
import {
  findOutboxMessage,
  listOutboxMessages,
} from '../../../store/repositories/outbox.repository.js';
import { createJobRunner } from '../../jobs/job-runner.js';
import { deliverMailJob, mailBackoffMs } from './deliver-mail-job.js';
import { openMailDelivery, type MailDelivery } from './mail-delivery.js';
import { MAIL_JOB_KIND, queueMail, type MailToQueue } from './queue-mail.js';

const silentLog = { warn: () => undefined, error: () => undefined };
const T0 = new Date('2026-12-07T12:00:00Z');

const letter: MailToQueue = {
  topic: 'receipt',
  referenceId: 'sub-1',
  locale: 'nn',
  to: 'kari.nordmann@ntnu.no',
  subject: 'Kvittering for søknad KOMP21-00001',
  text: 'Vi har motteke søknaden.',
  html: '<p>Vi har motteke søknaden.</p>',
  attachments: [
    {
      fileName: 'kvittering.pdf',
      contentType: 'application/pdf',
      content: Buffer.from('%PDF-1.7 test'),
    },
  ],
};

describeEachDialect('outbox and delivery', (dialect) => {
  let db: TestDatabase;
  let delivery: MailDelivery | undefined;
  let relay: TestSmtpServer | undefined;
  afterEach(async () => {
    await delivery?.close();
    await relay?.close();
    delivery = undefined;
    relay = undefined;
    await db?.drop();
  });

  async function open(smtpUrl?: string) {
    db = await createTestDatabase(dialect);
    const config = readConfig({
      NODE_ENV: 'test',
      ...db.env,
      ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}),
    });
    delivery = await openMailDelivery({ config, store: db.store }, silentLog);
    return delivery;
  }

  function runner(mail: MailDelivery, now: () => Date = () => T0) {
    const handler = deliverMailJob({
      store: db.store,
      delivery: mail,
      log: silentLog,
      now,
      leaseMs: 60_000,
    });
    return createJobRunner({ store: db.store, handlers: [handler], log: silentLog, now });
  }

  it('a rolled-back transaction leaves neither a message nor a delivery job', async () => {
    await open();
    await expect(
      inTransaction(db.store, async (tx) => {
        await queueMail(tx, letter, T0);
        throw new Error('what the message announces failed');
      }),
    ).rejects.toThrow('announces failed');
    expect(await listOutboxMessages(db.store.db)).toEqual([]);
    expect(await listJobs(db.store.db, MAIL_JOB_KIND)).toEqual([]);
  });

  it('delivers a queued message with its attachment to the in-process SMTP server, into the dev mailbox', async () => {
    const mail = await open();
    expect(mail.embedded).toBe(true);
    const { id, messageId } = await inTransaction(db.store, (tx) => queueMail(tx, letter, T0));
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@tilskudd>$/);
    expect(await runner(mail).runDue()).toBe(1);
    expect(await findOutboxMessage(db.store.db, id)).toMatchObject({
      state: 'sent',
      attempts: 1,
      sent_at: T0.toISOString(),
    });
    const [listed] = await listMailbox(db.store.db, 10);
    expect(listed).toMatchObject({
      message_id: messageId,
      topic: 'receipt',
      to_address: 'kari.nordmann@ntnu.no',
      attachments: 1,
    });
    const stored = await findMailboxMessage(db.store.db, listed?.id ?? '');
    expect(stored?.subject).toBe(letter.subject);
    expect(stored?.text_body.trim()).toBe(letter.text);
    expect(stored?.html_body).toContain('<p>Vi har motteke søknaden.</p>');
    expect(stored?.attachments).toEqual([
      { position: 0, fileName: 'kvittering.pdf', contentType: 'application/pdf', sizeBytes: 13 },
    ]);
  });

  it('retries a server that answers 451 with a doubling pause and the same Message-ID, then marks it sent', async () => {
    relay = await startTestSmtpServer();
    const mail = await open(relay.url);
    expect(mail.embedded).toBe(false);
    const tried: string[] = [];
    relay.answer = (m) => {
      tried.push(m.messageId);
      return tried.length <= 2 ? 451 : undefined;
    };
    const { id, messageId } = await inTransaction(db.store, (tx) => queueMail(tx, letter, T0));
    let now = T0;
    const jobs = runner(mail, () => now);
    expect(await jobs.runDue()).toBe(1);
    expect(await findOutboxMessage(db.store.db, id)).toMatchObject({
      state: 'queued',
      attempts: 1,
      next_attempt_at: new Date(T0.getTime() + mailBackoffMs(1)).toISOString(),
      last_error: expect.stringContaining('451'),
    });
    now = new Date(T0.getTime() + mailBackoffMs(1) - 1);
    expect(await jobs.runDue(), 'not before its pause is over').toBe(0);
    now = new Date(T0.getTime() + mailBackoffMs(1));
    expect(await jobs.runDue()).toBe(1);
    const second = now.getTime();
    expect(await findOutboxMessage(db.store.db, id)).toMatchObject({
      state: 'queued',
      attempts: 2,
      next_attempt_at: new Date(second + mailBackoffMs(2)).toISOString(),
    });
    expect(mailBackoffMs(2)).toBe(2 * mailBackoffMs(1));
    now = new Date(second + mailBackoffMs(2));
    expect(await jobs.runDue()).toBe(1);
    expect(await findOutboxMessage(db.store.db, id)).toMatchObject({
      state: 'sent',
      attempts: 3,
      last_error: null,
    });
    expect(tried).toEqual([messageId, messageId, messageId]);
    expect(relay.received.map((m) => m.messageId)).toEqual([messageId]);
    expect(relay.received[0]).toMatchObject({
      topic: 'receipt',
      attachments: [{ fileName: 'kvittering.pdf', size: 13 }],
    });
  });

  it('gives up at once on a server that answers 550, and records why', async () => {
    relay = await startTestSmtpServer();
    relay.answer = () => 550;
    const mail = await open(relay.url);
    const { id } = await inTransaction(db.store, (tx) => queueMail(tx, letter, T0));
    expect(await runner(mail).runDue()).toBe(1);
    expect(await findOutboxMessage(db.store.db, id)).toMatchObject({
      state: 'failed',
      attempts: 1,
      last_error: expect.stringContaining('550'),
    });
    expect(relay.received).toEqual([]);
  });

  it('an attempt that died after the dev mailbox took the message is not sent again', async () => {
    const mail = await open();
    const { id, messageId } = await inTransaction(db.store, (tx) => queueMail(tx, letter, T0));
    expect(await runner(mail).runDue()).toBe(1);
    // As if the process died after the SMTP server's 250 and before `sent` was written.
    await db.store.db
      .updateTable('outbox_message')
      .set({ state: 'sending', lease_owner: 'died', lease_until: T0.toISOString(), sent_at: null })
      .where('id', '=', id)
      .execute();
    await db.store.db
      .updateTable('job')
      .set({ state: 'queued', run_after: T0.toISOString() })
      .where('kind', '=', MAIL_JOB_KIND)
      .execute();
    expect(await runner(mail).runDue()).toBe(1);
    expect(await findOutboxMessage(db.store.db, id)).toMatchObject({ state: 'sent', attempts: 2 });
    const inbox = await listMailbox(db.store.db, 10);
    expect(inbox.map((m) => m.message_id)).toEqual([messageId]);
  });
});
