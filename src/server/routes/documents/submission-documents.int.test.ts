import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import {
  authHeaders,
  createCompleteApplication,
  readBaseApplication,
  saveSection,
  submit,
} from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { signedAgreementPdf } from '../../../../test/fixtures/files/build-files.js';
import { readPdf } from '../../../../test/fixtures/files/read-pdf.js';
import { attachSignedAgreement } from '../../../../test/fixtures/files/upload.js';

const OPEN = osloWallTimeToInstant('2021-09-13T09:00');

interface Receipt {
  submissionId: string;
  receiptNumber: string;
  receivedAtOslo: string;
  sha256: string;
}

describeEachDialect('receipt and copy as PDF/A', (dialect) => {
  let t: TestApp;
  let id: string;
  let receipt: Receipt;
  let fileSha256: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: OPEN });
    id = await createCompleteApplication(t);
    ({ sha256: fileSha256 } = await attachSignedAgreement(t, id));
    const res = await submit(t, id, 'pdf-documents-1');
    expect(res.statusCode, res.body).toBe(201);
    receipt = res.json<Receipt>();
  });
  afterAll(async () => {
    await t.close();
  });

  async function fetchPdf(url: string, persona: string) {
    return t.app.inject({ url, headers: await authHeaders(t, persona) });
  }
  async function projectVersion(): Promise<number> {
    const view = await t.app.inject({
      url: `/api/applications/${id}`,
      headers: await authHeaders(t, 'applicant-ntnu'),
    });
    return (
      view
        .json<{ sections: { id: string; version: number }[] }>()
        .sections.find((s) => s.id === 'project')?.version ?? 0
    );
  }
  const applicantUrl = (kind: string) =>
    `/api/applications/${id}/submissions/${receipt.submissionId}/${kind}.pdf`;
  const officerUrl = (kind: string) => `/api/submissions/${receipt.submissionId}/${kind}.pdf`;

  for (const kind of ['receipt', 'copy'] as const) {
    describe(kind, () => {
      it('is PDF/A-2b with the language and metadata set and the fonts embedded', async () => {
        const res = await fetchPdf(applicantUrl(kind), 'applicant-ntnu');
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toContain('attachment;');
        const pdf = await readPdf(res.rawPayload);
        expect(pdf.xmp('pdfaid:part')).toBe('2');
        expect(pdf.xmp('pdfaid:conformance')).toBe('B');
        expect(pdf.info).toMatchObject({
          Language: 'nb-NO',
          Subject: 'Tilskudd til kompetanseløft for utsatte industriklynger',
        });
        expect(String(pdf.info.Title)).toContain(
          kind === 'receipt'
            ? receipt.receiptNumber
            : 'Kompetanseløft for maritim industri i Trøndelag',
        );
        const raw = res.rawPayload.toString('latin1');
        expect(raw).toContain('/FontFile2');
        expect(raw).toContain('/OutputIntents');
        expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
      });

      it('contains the receipt number, the Oslo time, the snapshot hash and the file hashes', async () => {
        const pdf = await readPdf(
          (await fetchPdf(applicantUrl(kind), 'applicant-ntnu')).rawPayload,
        );
        expect(pdf.text).toContain(receipt.receiptNumber);
        expect(pdf.text).toContain(receipt.receivedAtOslo);
        expect(pdf.text).toContain('13. september 2021 kl. 09:00');
        expect(pdf.text).toContain(receipt.sha256);
        expect(pdf.text).toContain(fileSha256);
        expect(pdf.text).toContain('Norges teknisk-naturvitenskapelige universitet (NTNU)');
        expect(pdf.text).toContain('Trøndelag');
      });

      it('is the same file every time and for the case officer, whatever happened to the draft since', async () => {
        const first = await fetchPdf(applicantUrl(kind), 'applicant-ntnu');
        const project = readBaseApplication().content.project as Record<string, unknown>;
        const version = await projectVersion();
        const changed = await saveSection(
          t,
          id,
          'project',
          { ...project, title: 'Endret etter innsending' },
          version,
        );
        expect(changed.statusCode, changed.body).toBe(200);
        const again = await fetchPdf(applicantUrl(kind), 'applicant-ntnu');
        const officer = await fetchPdf(officerUrl(kind), 'officer');
        const leader = await fetchPdf(officerUrl(kind), 'leader');
        expect(officer.statusCode).toBe(200);
        expect(leader.statusCode).toBe(200);
        expect((await readPdf(again.rawPayload)).text).toBe((await readPdf(first.rawPayload)).text);
        expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
        expect(officer.rawPayload.equals(first.rawPayload)).toBe(true);
        expect((await readPdf(again.rawPayload)).text).not.toContain('Endret etter innsending');
        await saveSection(t, id, 'project', project, version + 1);
      });

      it('R34: another institution gets 404; an assessor is refused the officer route', async () => {
        const other = await fetchPdf(applicantUrl(kind), 'applicant-kristiania');
        expect(other.statusCode).toBe(404);
        expect((await fetchPdf(officerUrl(kind), 'assessor-1')).statusCode).toBe(403);
        expect((await fetchPdf(officerUrl(kind), 'applicant-ntnu')).statusCode).toBe(403);
        const unknown = await fetchPdf(
          `/api/submissions/00000000-0000-4000-8000-00000000000f/${kind}.pdf`,
          'officer',
        );
        expect(unknown.statusCode).toBe(404);
        expect(unknown.json()).toMatchObject({ code: 'submission_not_found' });
      });
    });
  }

  it('the copy lays out every section, the participants grid and the budget with its totals', async () => {
    const pdf = await readPdf((await fetchPdf(applicantUrl('copy'), 'applicant-ntnu')).rawPayload);
    for (const heading of [
      '1. Om prosjektet',
      '2. Industriklyngen',
      '6. Deltakere',
      '7. Fremdriftsplan',
      '8. Budsjett',
      '9. Vedlegg',
      'Merknader ved innsending',
    ]) {
      expect(pdf.text).toContain(heading);
    }
    for (const text of [
      'Fjordstål Verft AS',
      '987139749',
      'Digital sveiseteknologi og kvalitetssikring',
      'Eksamen i emne 1',
      'Kostnader per fase',
      '2 325 000 kr',
      '1 210 000 kr',
      '1 850 000 kr',
      'samarbeidsavtale-signert.pdf',
    ]) {
      expect(pdf.text).toContain(text);
    }
    // Participants: 31 in the first offering, 20 in the second, 51 in all.
    expect(pdf.text).toMatch(/Sum\n31\n20\n51/);
  });

  it('case officers download the files as submitted, and only those', async () => {
    const files = await t.app.inject({
      url: `/api/applications/${id}/attachments`,
      headers: await authHeaders(t, 'applicant-ntnu'),
    });
    const current = files.json<{ id: string; current: boolean }[]>().find((f) => f.current);
    const url = `/api/submissions/${receipt.submissionId}/attachments/${current?.id ?? ''}`;
    const res = await fetchPdf(url, 'officer');
    expect(res.statusCode, res.body).toBe(200);
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(fileSha256);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect((await fetchPdf(url, 'applicant-ntnu')).statusCode).toBe(403);
    const other = await fetchPdf(
      `/api/submissions/${receipt.submissionId}/attachments/00000000-0000-4000-8000-00000000000f`,
      'officer',
    );
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'attachment_not_found' });
  });

  it('the receipt hash is the SHA-256 of the stored snapshot', async () => {
    const detail = await t.app.inject({
      url: `/api/applications/${id}/submissions/${receipt.submissionId}`,
      headers: await authHeaders(t, 'applicant-ntnu'),
    });
    expect(detail.json<{ sha256: string }>().sha256).toBe(receipt.sha256);
    const bytes = await signedAgreementPdf();
    expect(fileSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
