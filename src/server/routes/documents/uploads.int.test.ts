import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import { verifyAuditChain } from '../../../store/repositories/audit.repository.js';
import {
  authHeaders,
  createCompleteApplication,
  createDraft,
  readBaseApplication,
  saveSection,
  submit,
} from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import {
  pdfWithEmbeddedFile,
  pdfWithJavaScript,
  signedAgreementPdf,
  wordDocx,
} from '../../../../test/fixtures/files/build-files.js';
import { uploadFile } from '../../../../test/fixtures/files/upload.js';

const OPEN = osloWallTimeToInstant('2021-09-13T09:00');
const AGREEMENT = 'signed-agreement';

describeEachDialect('attachments API', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: OPEN });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.clock.set(OPEN);
  });

  async function list(id: string, persona = 'applicant-ntnu') {
    return t.app.inject({
      url: `/api/applications/${id}/attachments`,
      headers: await authHeaders(t, persona),
    });
  }

  describe('accepting and replacing', () => {
    it('R10: accepts a signed-agreement PDF, stores it with its SHA-256 and points the section at it', async () => {
      const id = await createDraft(t);
      const bytes = await signedAgreementPdf();
      const res = await uploadFile(t, id, {
        kind: AGREEMENT,
        fileName: '../../etc/Samarbeidsavtale\u202Efdp.exe signert.pdf',
        contentType: 'application/octet-stream',
        bytes,
      });
      expect(res.statusCode, res.body).toBe(201);
      const { attachment, section } = res.json<{
        attachment: {
          id: string;
          sha256: string;
          fileName: string;
          mediaType: string;
          sizeBytes: number;
          current: boolean;
          versionNo: number;
        };
        section: { id: string; version: number };
      }>();
      expect(attachment.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(attachment).toMatchObject({
        fileName: 'Samarbeidsavtalefdp.exe signert.pdf',
        mediaType: 'application/pdf',
        sizeBytes: bytes.length,
        current: true,
        versionNo: 1,
      });
      expect(section).toEqual({ id: 'attachments', version: 1 });
      const event = await t.db.store.db
        .selectFrom('audit_event')
        .select(['detail'])
        .where('entity_id', '=', id)
        .where('action', '=', 'application.attachment-uploaded')
        .executeTakeFirst();
      expect(JSON.parse(event?.detail ?? '{}')).toMatchObject({
        attachmentId: attachment.id,
        sha256: attachment.sha256,
      });
      expect(await verifyAuditChain(t.db.store.db)).toMatchObject({ ok: true });

      const view = await t.app.inject({
        url: `/api/applications/${id}`,
        headers: await authHeaders(t, 'applicant-ntnu'),
      });
      const attachments = view
        .json<{ sections: { id: string; content: { items: unknown[] } }[] }>()
        .sections.find((s) => s.id === 'attachments');
      expect(attachments?.content.items).toEqual([
        {
          id: 'a-signed-agreement',
          kind: AGREEMENT,
          fileId: attachment.id,
          sha256: attachment.sha256,
          fileName: attachment.fileName,
          mediaType: 'application/pdf',
          sizeBytes: bytes.length,
        },
      ]);

      const download = await t.app.inject({
        url: `/api/applications/${id}/attachments/${attachment.id}`,
        headers: await authHeaders(t, 'applicant-ntnu'),
      });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(bytes)).toBe(true);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="Samarbeidsavtalefdp.exe signert.pdf"; filename*=UTF-8''Samarbeidsavtalefdp.exe%20signert.pdf`,
      );
    });

    it('R10: replacing keeps the earlier file in the history; the section refers to the new one', async () => {
      const id = await createDraft(t);
      const first = await uploadFile(t, id, {
        kind: AGREEMENT,
        fileName: 'utkast.pdf',
        bytes: await signedAgreementPdf('Utkast'),
      });
      const second = await uploadFile(t, id, {
        kind: AGREEMENT,
        fileName: 'signert.pdf',
        bytes: await signedAgreementPdf('Signert'),
      });
      expect(second.statusCode, second.body).toBe(201);
      expect(second.json()).toMatchObject({
        attachment: { versionNo: 2, itemId: 'a-signed-agreement' },
        section: { version: 2 },
      });
      const history = (await list(id)).json<
        { fileName: string; versionNo: number; current: boolean; itemId: string }[]
      >();
      expect(history.map((h) => [h.fileName, h.versionNo, h.current])).toEqual([
        ['utkast.pdf', 1, false],
        ['signert.pdf', 2, true],
      ]);
      const old = first.json<{ attachment: { id: string } }>().attachment.id;
      const download = await t.app.inject({
        url: `/api/applications/${id}/attachments/${old}`,
        headers: await authHeaders(t, 'applicant-ntnu'),
      });
      expect(download.statusCode).toBe(200);
    });

    it('accepts a PDF with JavaScript or an embedded file, with a warning stored and shown', async () => {
      const id = await createDraft(t);
      const js = await uploadFile(t, id, {
        kind: 'other',
        itemId: 'x-js',
        fileName: 'skript.pdf',
        bytes: await pdfWithJavaScript(),
      });
      expect(js.statusCode, js.body).toBe(201);
      expect(js.json()).toMatchObject({
        attachment: {
          warnings: [
            {
              code: 'pdf-javascript',
              message:
                'PDF-en inneholder JavaScript. Den er tatt imot, men skriptet kjøres aldri her, og saksbehandleren ser denne merknaden.',
            },
          ],
        },
      });
      const embedded = await uploadFile(t, id, {
        kind: 'other',
        itemId: 'x-emb',
        fileName: 'vedlagt.pdf',
        bytes: await pdfWithEmbeddedFile(),
      });
      expect(
        embedded
          .json<{ attachment: { warnings: { code: string }[] } }>()
          .attachment.warnings.map((w) => w.code),
      ).toEqual(['pdf-embedded-files']);
      const listed = (await list(id)).json<{ itemId: string; warnings: { code: string }[] }[]>();
      expect(listed.map((a) => [a.itemId, a.warnings.map((w) => w.code)])).toEqual([
        ['x-emb', ['pdf-embedded-files']],
        ['x-js', ['pdf-javascript']],
      ]);
    });

    it('accepts a Word file where the kind allows it', async () => {
      const id = await createDraft(t);
      const res = await uploadFile(t, id, {
        kind: 'progress-plan',
        fileName: 'fremdriftsplan.docx',
        bytes: await wordDocx(),
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        attachment: {
          mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        },
      });
    });
  });

  describe('access and deadline', () => {
    it('R34: another institution gets 404 for upload, list and download', async () => {
      const id = await createDraft(t);
      const ok = await uploadFile(t, id, {
        kind: AGREEMENT,
        fileName: 'a.pdf',
        bytes: await signedAgreementPdf(),
      });
      const fileId = ok.json<{ attachment: { id: string } }>().attachment.id;
      const upload = await uploadFile(
        t,
        id,
        { kind: AGREEMENT, fileName: 'a.pdf', bytes: await signedAgreementPdf() },
        { persona: 'applicant-kristiania' },
      );
      expect(upload.statusCode).toBe(404);
      expect((await list(id, 'applicant-kristiania')).statusCode).toBe(404);
      const download = await t.app.inject({
        url: `/api/applications/${id}/attachments/${fileId}`,
        headers: await authHeaders(t, 'applicant-kristiania'),
      });
      expect(download.statusCode).toBe(404);
      expect(download.json()).toMatchObject({ code: 'application_not_found' });
    });

    it('R3: refuses an upload after the deadline', async () => {
      const id = await createDraft(t);
      await t.clock.set(osloWallTimeToInstant('2021-09-15T17:00'));
      const res = await uploadFile(t, id, {
        kind: AGREEMENT,
        fileName: 'sent.pdf',
        bytes: await signedAgreementPdf(),
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'deadline_passed' });
    });
  });

  describe('submission refers to the exact files', () => {
    it('refuses to submit while an attachment refers to no stored file, then names the files by hash in the snapshot', async () => {
      const id = await createCompleteApplication(t);
      // The base case's attachment names a file id and hash no upload ever produced.
      const view = await t.app.inject({
        url: `/api/applications/${id}`,
        headers: await authHeaders(t, 'applicant-ntnu'),
      });
      const version =
        view
          .json<{ sections: { id: string; version: number }[] }>()
          .sections.find((s) => s.id === 'attachments')?.version ?? 0;
      const fake = readBaseApplication().content.attachments;
      expect((await saveSection(t, id, 'attachments', fake, version)).statusCode).toBe(200);
      const blocked = await submit(t, id, 'attachments-check-1');
      expect(blocked.statusCode, blocked.body).toBe(422);
      expect(blocked.json()).toMatchObject({
        code: 'attachment_not_stored',
        detail:
          'Vedlegg som ikke finnes blant filene lastet opp til denne søknaden, eller som ikke stemmer med dem: «samarbeidsavtale-signert.pdf». Last opp filene på nytt og send inn igjen.',
        attachments: [{ path: 'attachments.items[0].fileId', reason: 'not-stored' }],
      });

      const bytes = await signedAgreementPdf();
      const uploaded = await uploadFile(t, id, {
        kind: AGREEMENT,
        fileName: 'samarbeidsavtale-signert.pdf',
        bytes,
      });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const submitted = await submit(t, id, 'attachments-check-2');
      expect(submitted.statusCode, submitted.body).toBe(201);
      const { submissionId } = submitted.json<{ submissionId: string }>();
      const detail = await t.app.inject({
        url: `/api/applications/${id}/submissions/${submissionId}`,
        headers: await authHeaders(t, 'applicant-ntnu'),
      });
      const snapshot = detail.json<{
        snapshot: { attachments: { sha256: string; fileName: string }[] };
      }>().snapshot;
      expect(snapshot.attachments).toEqual([
        expect.objectContaining({
          fileName: 'samarbeidsavtale-signert.pdf',
          sha256: createHash('sha256').update(bytes).digest('hex'),
        }),
      ]);
    });

    it('refuses to submit when the section claims another hash than the stored file has', async () => {
      const id = await createDraft(t);
      const uploaded = await uploadFile(t, id, {
        kind: AGREEMENT,
        fileName: 'a.pdf',
        bytes: await signedAgreementPdf(),
      });
      const { attachment, section } = uploaded.json<{
        attachment: { id: string; sizeBytes: number };
        section: { version: number };
      }>();
      const forged = {
        items: [
          {
            id: 'a-signed-agreement',
            kind: AGREEMENT,
            fileId: attachment.id,
            sha256: '0'.repeat(64),
            fileName: 'a.pdf',
            mediaType: 'application/pdf',
            sizeBytes: attachment.sizeBytes,
          },
        ],
      };
      const saved = await t.app.inject({
        method: 'PUT',
        url: `/api/applications/${id}/sections/attachments`,
        headers: {
          ...(await authHeaders(t, 'applicant-ntnu')),
          'if-match': `"${section.version}"`,
        },
        payload: forged,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const { verifyAttachmentReferences } =
        await import('../../services/documents/verify-attachment-references.js');
      const call = t.ctx.calls[0];
      if (!call) throw new Error('no call');
      await expect(
        t.db.store.db
          .transaction()
          .execute((tx) => verifyAttachmentReferences(tx, call, id, { attachments: forged })),
      ).rejects.toMatchObject({
        code: 'attachment_not_stored',
        extensions: { attachments: [{ reason: 'content-differs' }] },
      });
    });
  });
});
