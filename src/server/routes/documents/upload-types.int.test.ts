/**
 * Uploads judged by what they are (issue 14, items 3 and 12): a file is stored and served with
 * the extension of its detected type, whatever the uploader called it; a Word file with macros
 * is flagged; a Word file that inflates absurdly is refused and nothing is stored.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import { authHeaders, createDraft } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { signedAgreementPdf } from '../../../../test/fixtures/files/build-files.js';
import {
  deflatedEntry,
  docxBomb,
  docxWith,
  docxWithMacros,
} from '../../../../test/fixtures/files/build-zip.js';
import { uploadFile } from '../../../../test/fixtures/files/upload.js';

const OPEN = osloWallTimeToInstant('2021-09-13T09:00');

interface Listed {
  id: string;
  fileName: string;
  warnings: { code: string; message: string }[];
  downloadUrl: string;
}

describeEachDialect('attachments API: judged by what they are', (dialect) => {
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

  async function listed(id: string): Promise<Listed[]> {
    const res = await t.app.inject({
      url: `/api/applications/${id}/attachments`,
      headers: await authHeaders(t, 'applicant-ntnu'),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Listed[]>();
  }

  async function dispositionOf(url: string): Promise<string | undefined> {
    const res = await t.app.inject({ url, headers: await authHeaders(t, 'applicant-ntnu') });
    expect(res.statusCode).toBe(200);
    return res.headers['content-disposition'] as string | undefined;
  }

  describe('a file is stored and served with the extension of its detected type', () => {
    for (const extension of ['html', 'hta', 'bat', 'js', 'svg', 'lnk']) {
      it(`renames a PDF named vedlegg.${extension} to vedlegg.pdf, in the list and the download alike`, async () => {
        const id = await createDraft(t);
        const res = await uploadFile(t, id, {
          kind: 'other',
          fileName: `vedlegg.${extension}`,
          contentType: 'text/html',
          bytes: await signedAgreementPdf(),
        });
        expect(res.statusCode, res.body).toBe(201);
        const { attachment } = res.json<{ attachment: Listed }>();
        expect(attachment.fileName).toBe('vedlegg.pdf');
        expect(attachment.warnings.map((w) => w.code)).toEqual(['renamed-to-type']);
        const [one] = await listed(id);
        expect(one?.fileName).toBe('vedlegg.pdf');
        expect(await dispositionOf(attachment.downloadUrl)).toBe(
          `attachment; filename="vedlegg.pdf"; filename*=UTF-8''vedlegg.pdf`,
        );
      });
    }

    it('serves a file stored under a mismatched name before this rule with its type-true name', async () => {
      const id = await createDraft(t);
      const res = await uploadFile(t, id, {
        kind: 'other',
        fileName: 'gammel.pdf',
        bytes: await signedAgreementPdf(),
      });
      const { attachment } = res.json<{ attachment: Listed }>();
      await t.db.store.db
        .updateTable('attachment')
        .set({ file_name: 'gammel.html' })
        .where('id', '=', attachment.id)
        .execute();
      const [one] = await listed(id);
      expect(one?.fileName).toBe('gammel.pdf');
      expect(await dispositionOf(attachment.downloadUrl)).toContain('filename="gammel.pdf"');
    });
  });

  describe('Word files', () => {
    it('accepts a Word file with a macro project and flags it, in nb, nn and en', async () => {
      const id = await createDraft(t);
      const res = await uploadFile(
        t,
        id,
        { kind: 'progress-plan', fileName: 'fremdriftsplan.docx', bytes: docxWithMacros() },
        { language: 'nn' },
      );
      expect(res.statusCode, res.body).toBe(201);
      const { attachment } = res.json<{ attachment: Listed }>();
      expect(attachment.warnings).toEqual([
        {
          code: 'docx-macros',
          message:
            'Word-fila inneheld makroar (programkode). Ho er teken imot, men makroane blir aldri køyrde her, og saksbehandlaren ser denne merknaden. Lagre gjerne dokumentet som .docx utan makroar, eller som PDF.',
        },
      ]);
      expect((await listed(id))[0]?.warnings.map((w) => w.code)).toEqual(['docx-macros']);
    });

    it('refuses the 1 MiB Word file that inflates to 1 GiB, even when its directory lies, and stores nothing', async () => {
      const id = await createDraft(t);
      for (const bytes of [docxBomb(), docxBomb({ lieAboutSize: true })]) {
        const res = await uploadFile(t, id, {
          kind: 'progress-plan',
          fileName: 'fremdriftsplan.docx',
          bytes,
        });
        expect(res.statusCode, res.body).toBe(422);
        expect(res.json()).toMatchObject({
          code: 'attachment_inflates_too_much',
          detail:
            'Filen «fremdriftsplan.docx» pakker seg ut til langt mer enn et Word-dokument gjør (slik en «zip-bombe» gjør), og ble derfor ikke tatt imot. Åpne dokumentet i Word, lagre det på nytt som .docx, og last opp den nye filen.',
        });
      }
      expect(await listed(id)).toEqual([]);
    });

    it('refuses a Word file whose parts cannot be inflated, saying so in English', async () => {
      const id = await createDraft(t);
      const broken = deflatedEntry('word/styles.xml', '<w:styles/>');
      broken.stored = Buffer.from([0xff, 0xff, 0xff, 0xff]);
      const res = await uploadFile(
        t,
        id,
        { kind: 'progress-plan', fileName: 'plan.docx', bytes: docxWith([broken]) },
        { language: 'en' },
      );
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json()).toMatchObject({
        code: 'attachment_damaged',
        detail:
          'The file “plan.docx” looks like a Word document, but its inside could not be read (it is damaged, encrypted or saved in an unusual way), so it could not be checked. Open it in Word, save it again as .docx, and upload the new file.',
      });
      expect(await listed(id)).toEqual([]);
    });
  });
});
