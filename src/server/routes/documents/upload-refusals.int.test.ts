import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import { authHeaders, createDraft } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import {
  encryptedPdf,
  signedAgreementPdf,
  windowsExecutable,
  wordDocx,
  zipArchive,
} from '../../../../test/fixtures/files/build-files.js';
import {
  multipartContentType,
  multipartHead,
  multipartTail,
} from '../../../../test/fixtures/files/multipart.js';
import { uploadFile } from '../../../../test/fixtures/files/upload.js';

const OPEN = osloWallTimeToInstant('2021-09-13T09:00');
const AGREEMENT = 'signed-agreement';

interface Problem {
  code: string;
  title: string;
  detail: string;
  status: number;
}

describeEachDialect('attachments API: refusals', (dialect) => {
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

  describe('refusals: each bad file with its exact message, and nothing stored', () => {
    const cases: {
      name: string;
      kind: string;
      fileName: string;
      bytes: () => Promise<Buffer> | Buffer;
      status: number;
      code: string;
      detail: string;
    }[] = [
      {
        name: 'a Windows program renamed .pdf',
        kind: AGREEMENT,
        fileName: 'samarbeidsavtale.pdf',
        bytes: windowsExecutable,
        status: 415,
        code: 'attachment_executable',
        detail:
          'Filen «samarbeidsavtale.pdf» er et program (Windows EXE), ikke et dokument, uansett hva filnavnet sier. Programfiler tas ikke imot. Last opp dokumentet som PDF.',
      },
      {
        name: 'an encrypted PDF',
        kind: AGREEMENT,
        fileName: 'kryptert.pdf',
        bytes: encryptedPdf,
        status: 422,
        code: 'attachment_encrypted',
        detail:
          'Filen «kryptert.pdf» er en kryptert eller passordbeskyttet PDF. Den kan ikke kontrolleres eller arkiveres, og saksbehandlerne kan ikke åpne den. Lagre eller skriv ut PDF-en på nytt uten passord og kryptering, og last opp den nye filen.',
      },
      {
        name: 'a zero-byte file',
        kind: AGREEMENT,
        fileName: 'tom.pdf',
        bytes: () => Buffer.alloc(0),
        status: 422,
        code: 'attachment_empty',
        detail: 'Filen «tom.pdf» er tom (0 byte). Velg filen på nytt og last den opp igjen.',
      },
      {
        name: 'a zip archive',
        kind: AGREEMENT,
        fileName: 'avtale.zip',
        bytes: () => zipArchive(),
        status: 415,
        code: 'attachment_archive',
        detail:
          'Filen «avtale.zip» er et komprimert arkiv (ZIP). Arkiver tas ikke imot fordi innholdet ikke kan kontrolleres. Pakk ut filen og last opp dokumentet som PDF.',
      },
      {
        name: 'a Word file for the PDF-only signed-agreement kind',
        kind: AGREEMENT,
        fileName: 'avtale.docx',
        bytes: wordDocx,
        status: 415,
        code: 'attachment_type_not_allowed',
        detail:
          'Filen «avtale.docx» er av typen Word (.docx). «Signert samarbeidsavtale» må være PDF.',
      },
      {
        name: 'plain text named .pdf',
        kind: AGREEMENT,
        fileName: 'notat.pdf',
        bytes: () => Buffer.from('Dette er bare tekst.\n'),
        status: 415,
        code: 'attachment_type_unknown',
        detail:
          'Innholdet i «notat.pdf» er ikke av en type vi kjenner igjen, uansett hva filnavnet sier. «Signert samarbeidsavtale» må være PDF.',
      },
    ];

    for (const c of cases) {
      it(`refuses ${c.name}`, async () => {
        const id = await createDraft(t);
        const res = await uploadFile(t, id, {
          kind: c.kind,
          fileName: c.fileName,
          bytes: await c.bytes(),
        });
        expect(res.statusCode, res.body).toBe(c.status);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json<Problem>()).toMatchObject({ code: c.code, detail: c.detail });
        expect((await list(id)).json()).toEqual([]);
        const events = await t.db.store.db
          .selectFrom('audit_event')
          .select('action')
          .where('entity_id', '=', id)
          .execute();
        expect(events.map((e) => e.action)).toEqual(['application.created']);
      });
    }

    it('answers in the user language (nn, en)', async () => {
      const id = await createDraft(t);
      const form = { kind: AGREEMENT, fileName: 'program.pdf', bytes: windowsExecutable() };
      const nn = await uploadFile(t, id, form, { language: 'nn' });
      expect(nn.json<Problem>()).toMatchObject({
        title: 'Programfiler kan ikkje lastast opp',
        detail:
          'Fila «program.pdf» er eit program (Windows EXE), ikkje eit dokument, same kva filnamnet seier. Programfiler blir ikkje tekne imot. Last opp dokumentet som PDF.',
      });
      const en = await uploadFile(t, id, form, { language: 'en' });
      expect(en.json<Problem>()).toMatchObject({
        title: 'Program files cannot be uploaded',
        detail:
          'The file “program.pdf” is a program (Windows EXE), not a document, whatever its name says. Program files are not accepted. Upload the document as PDF.',
      });
    });

    it('refuses a kind the call does not have, naming the kinds it has', async () => {
      const id = await createDraft(t);
      const res = await uploadFile(t, id, {
        kind: 'cv',
        fileName: 'a.pdf',
        bytes: await signedAgreementPdf(),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({
        code: 'validation_failed',
        errors: [
          {
            path: 'kind',
            message:
              'send feltet kind før filen, med en vedleggstype i utlysningen: signed-agreement, progress-plan, other',
          },
        ],
      });
    });
  });

  describe('a file over the limit', () => {
    it('R10: answers 413 with the limit in MB before the body has been sent, and stores nothing', async () => {
      const id = await createDraft(t);
      const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const limit = 20 * 1024 * 1024;
      const total = 3 * limit;
      const chunk = Buffer.alloc(256 * 1024, 0x41);
      const token = await t.tokenFor('applicant-ntnu');
      const result = await new Promise<{
        status: number;
        body: string;
        sentWhenAnswered: number;
      }>((resolve, reject) => {
        let sent = 0;
        let answered = false;
        const req = httpRequest(`${address}/api/applications/${id}/attachments`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': multipartContentType,
            'transfer-encoding': 'chunked',
          },
        });
        req.on('response', (res) => {
          answered = true;
          req.emit('drain');
          const sentWhenAnswered = sent;
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body,
              sentWhenAnswered,
            }),
          );
        });
        // A client that keeps sending far past the limit is cut off; writes after that may fail.
        req.on('error', (error) => {
          if (!answered) reject(error);
        });
        req.write(multipartHead({ kind: AGREEMENT, fileName: 'stor.pdf' }));
        const pump = () => {
          while (!answered && sent < total) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          // Done, or answered: a browser would stop here too; the server drains what is left.
          req.end(multipartTail);
        };
        pump();
      });
      expect(result.status).toBe(413);
      expect(JSON.parse(result.body)).toMatchObject({
        code: 'attachment_too_large',
        maxBytes: limit,
        detail:
          'Filen «stor.pdf» er større enn 20 MB, som er grensen for «Signert samarbeidsavtale». Opplastingen ble stoppet. Gjør filen mindre, for eksempel ved å skanne med lavere oppløsning, og prøv igjen.',
      });
      // Answered long before the 60 MB were sent: the file was judged at the limit, not at its end.
      expect(result.sentWhenAnswered).toBeLessThan(limit + 8 * 1024 * 1024);
      expect((await list(id)).json()).toEqual([]);
    });
  });
});
