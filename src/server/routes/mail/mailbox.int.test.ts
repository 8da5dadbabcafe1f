/**
 * The dev mailbox API on both databases: a submission's receipt and a colleague's invitation
 * arrive over SMTP at the in-process server, in the language they were asked in, and the admin
 * reads the list, one message and an attachment's bytes. Nobody else reaches it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  authHeaders,
  createCompleteApplication,
  createDraft,
  NTNU,
} from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { inTransaction } from '../../../store/create-store.js';
import { listOutboxMessages } from '../../../store/repositories/outbox.repository.js';
import { createJobRunner, type JobRunner } from '../../jobs/job-runner.js';
import { deliverMailJob } from '../../services/mail/deliver-mail-job.js';
import { openMailDelivery, type MailDelivery } from '../../services/mail/mail-delivery.js';
import { queueMail } from '../../services/mail/queue-mail.js';
import type { MailboxList, MailboxMessage } from './schema.js';

const silentLog = { warn: () => undefined, error: () => undefined };
const PDF = Buffer.from('%PDF-1.7\n% a letter\n');

describeEachDialect('dev mailbox API', (dialect) => {
  let t: TestApp;
  let mail: MailDelivery;
  let jobs: JobRunner;
  let receiptNumber: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    mail = await openMailDelivery(t.ctx, silentLog);
    const handler = deliverMailJob({
      store: t.db.store,
      delivery: mail,
      log: silentLog,
      leaseMs: 60_000,
    });
    jobs = createJobRunner({ store: t.db.store, handlers: [handler], log: silentLog });

    const id = await createCompleteApplication(t);
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/applications/${id}/submissions`,
      headers: {
        ...(await authHeaders(t, 'applicant-ntnu')),
        'idempotency-key': 'mail-receipt-1',
        'accept-language': 'nn',
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    receiptNumber = submitted.json<{ receiptNumber: string }>().receiptNumber;
    const invited = await t.app.inject({
      method: 'POST',
      url: `/api/institutions/${NTNU}/invitations`,
      headers: { ...(await authHeaders(t, 'applicant-ntnu')), 'accept-language': 'en' },
      payload: { email: 'ola.ny@ntnu.example' },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    await inTransaction(t.db.store, (tx) =>
      queueMail(tx, {
        topic: 'decision',
        referenceId: null,
        locale: 'nb',
        to: 'kari.nordmann@ntnu.example',
        subject: 'Vedtak',
        text: 'Se vedlagt brev.',
        attachments: [{ fileName: 'vedtak-æøå.pdf', contentType: 'application/pdf', content: PDF }],
      }),
    );
    expect(await jobs.runDue()).toBe(3);
  });
  afterAll(async () => {
    await mail?.close();
    await t?.close();
  });

  const get = async (url: string, persona = 'admin', lang = 'nb') =>
    t.app.inject({ url, headers: { ...(await authHeaders(t, persona)), 'accept-language': lang } });

  async function list(): Promise<MailboxList> {
    const res = await get('/api/admin/mailbox');
    expect(res.statusCode, res.body).toBe(200);
    return res.json<MailboxList>();
  }

  it('lists every message with from, to, subject, date, Message-ID and topic, newest first', async () => {
    const inbox = await list();
    expect(inbox.embedded).toBe(true);
    expect(inbox.messages.map((m) => m.topic).sort()).toEqual([
      'decision',
      'invitation',
      'receipt',
    ]);
    const receipt = inbox.messages.find((m) => m.topic === 'receipt');
    expect(receipt).toMatchObject({
      to: 'kari.nordmann@ntnu.example',
      from: expect.stringContaining('noreply@'),
      subject: `Kvittering: søknaden er motteken (${receiptNumber})`,
      messageId: expect.stringMatching(/^<[0-9a-f-]{36}@tilskudd>$/),
      date: expect.any(String),
      attachments: 0,
    });
    const outbox = await listOutboxMessages(t.db.store.db);
    expect(outbox.map((m) => m.state)).toEqual(['sent', 'sent', 'sent']);
    expect(outbox.map((m) => m.message_id).sort()).toEqual(
      inbox.messages.map((m) => m.messageId).sort(),
    );
  });

  it('shows one message: the receipt in nynorsk with its number, hash and link; the invitation in English', async () => {
    const inbox = await list();
    const receiptId = inbox.messages.find((m) => m.topic === 'receipt')?.id ?? '';
    const receipt = (await get(`/api/admin/mailbox/${receiptId}`)).json<MailboxMessage>();
    expect(receipt.text).toContain(`Kvitteringsnummer: ${receiptNumber}`);
    expect(receipt.text).toMatch(/SHA-256 av det innsende: [0-9a-f]{64}/);
    expect(receipt.text).toMatch(/http:\/\/localhost:\d+\/applications\/[0-9a-f-]{36}\/receipt/);
    expect(receipt.html).toContain('<a href=');
    const invitationId = inbox.messages.find((m) => m.topic === 'invitation')?.id ?? '';
    const invitation = (await get(`/api/admin/mailbox/${invitationId}`)).json<MailboxMessage>();
    expect(invitation).toMatchObject({
      to: 'ola.ny@ntnu.example',
      subject:
        'Invitation: apply for grants for Norges teknisk-naturvitenskapelige universitet (NTNU)',
      attachments: [],
    });
    expect(invitation.text).toContain('Kari Nordmann has invited you');
  });

  it("hands out an attachment's bytes as a download, and says in the user's language when there is none", async () => {
    const inbox = await list();
    const decisionId = inbox.messages.find((m) => m.topic === 'decision')?.id ?? '';
    const message = (await get(`/api/admin/mailbox/${decisionId}`)).json<MailboxMessage>();
    expect(message.attachments).toEqual([
      {
        position: 0,
        fileName: 'vedtak-æøå.pdf',
        contentType: 'application/pdf',
        sizeBytes: PDF.length,
        url: `/api/admin/mailbox/${decisionId}/attachments/0`,
      },
    ]);
    const file = await get(message.attachments[0]?.url ?? '');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain(
      "filename*=UTF-8''vedtak-%C3%A6%C3%B8%C3%A5.pdf",
    );
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const missing = await get(`/api/admin/mailbox/${decisionId}/attachments/1`, 'admin', 'nn');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      title: 'Fann ikkje e-posten eller vedlegget i postkassa',
    });
    const unknown = await get(
      '/api/admin/mailbox/00000000-0000-4000-8000-000000000000',
      'admin',
      'en',
    );
    expect(unknown.json()).toMatchObject({
      title: 'The e-mail or attachment was not found in the mailbox',
    });
  });

  it('a submission refused by the rules queues no receipt', async () => {
    const before = (await listOutboxMessages(t.db.store.db)).length;
    const draft = await createDraft(t);
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/applications/${draft}/submissions`,
      headers: { ...(await authHeaders(t, 'applicant-ntnu')), 'idempotency-key': 'mail-refused-2' },
    });
    expect(refused.statusCode).toBe(422);
    expect(await listOutboxMessages(t.db.store.db)).toHaveLength(before);
  });

  it('R34: nobody but the admin reads the mailbox', async () => {
    const inbox = await list();
    const id = inbox.messages[0]?.id ?? '';
    const urls = [
      '/api/admin/mailbox',
      `/api/admin/mailbox/${id}`,
      `/api/admin/mailbox/${id}/attachments/0`,
    ];
    for (const url of urls) {
      for (const persona of ['officer', 'leader', 'applicant-ntnu', 'assessor-1']) {
        expect((await get(url, persona)).statusCode, `${persona} ${url}`).toBe(403);
      }
      expect((await t.app.inject({ url })).statusCode, `anonymous ${url}`).toBe(401);
    }
  });
});
