import { describe, expect, it } from 'vitest';
import { decideUpload, type UploadFacts } from './decide-upload.js';

const PDF = 'application/pdf' as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as const;
const pdfOnly = { allowedTypes: [PDF], maxBytes: 1000 };
const pdfOrWord = { allowedTypes: [PDF, DOCX], maxBytes: 1000 };
const cleanPdf = { encrypted: false, javascript: false, embeddedFiles: false, fullyChecked: true };
const aPdf: UploadFacts = {
  sizeBytes: 100,
  sniffed: { kind: 'document', mediaType: PDF },
  pdf: cleanPdf,
};

describe('decideUpload', () => {
  it('accepts a clean PDF for a PDF kind', () => {
    expect(decideUpload(aPdf, pdfOnly)).toEqual({ accepted: true, mediaType: PDF, warnings: [] });
  });

  it('refuses an empty file before anything else', () => {
    expect(decideUpload({ ...aPdf, sizeBytes: 0, sniffed: { kind: 'unknown' } }, pdfOnly)).toEqual({
      accepted: false,
      refusal: { reason: 'empty' },
    });
  });

  it('refuses a file over the limit of its kind, and takes one exactly at it', () => {
    expect(decideUpload({ ...aPdf, sizeBytes: 1001 }, pdfOnly)).toMatchObject({
      refusal: { reason: 'too-large' },
    });
    expect(decideUpload({ ...aPdf, sizeBytes: 1000 }, pdfOnly)).toMatchObject({ accepted: true });
  });

  it('refuses programs and archives whatever the kind allows', () => {
    expect(
      decideUpload(
        { sizeBytes: 10, sniffed: { kind: 'executable', format: 'Windows EXE' } },
        pdfOrWord,
      ),
    ).toEqual({
      accepted: false,
      refusal: { reason: 'executable', format: 'Windows EXE' },
    });
    expect(
      decideUpload({ sizeBytes: 10, sniffed: { kind: 'archive', format: 'ZIP' } }, pdfOrWord),
    ).toEqual({
      accepted: false,
      refusal: { reason: 'archive', format: 'ZIP' },
    });
  });

  it('refuses a type the kind does not allow, naming what it is', () => {
    expect(
      decideUpload({ sizeBytes: 10, sniffed: { kind: 'document', mediaType: DOCX } }, pdfOnly),
    ).toEqual({
      accepted: false,
      refusal: { reason: 'type-not-allowed', format: 'Word (.docx)' },
    });
    expect(
      decideUpload(
        { sizeBytes: 10, sniffed: { kind: 'other', format: 'PNG', mime: 'image/png' } },
        pdfOrWord,
      ),
    ).toMatchObject({ refusal: { reason: 'type-not-allowed', format: 'PNG (image/png)' } });
    expect(decideUpload({ sizeBytes: 10, sniffed: { kind: 'unknown' } }, pdfOrWord)).toMatchObject({
      refusal: { reason: 'unknown-type' },
    });
  });

  it('refuses an encrypted PDF', () => {
    expect(decideUpload({ ...aPdf, pdf: { ...cleanPdf, encrypted: true } }, pdfOnly)).toMatchObject(
      {
        refusal: { reason: 'encrypted' },
      },
    );
  });

  it('accepts a PDF with JavaScript or embedded files, with warnings', () => {
    const pdf = { ...cleanPdf, javascript: true, embeddedFiles: true };
    expect(decideUpload({ ...aPdf, pdf }, pdfOnly)).toEqual({
      accepted: true,
      mediaType: PDF,
      warnings: ['pdf-javascript', 'pdf-embedded-files'],
    });
    expect(
      decideUpload({ ...aPdf, pdf: { ...cleanPdf, fullyChecked: false } }, pdfOnly),
    ).toMatchObject({
      warnings: ['pdf-not-fully-checked'],
    });
  });

  const aWord = (zip: UploadFacts['zip']): UploadFacts => ({
    sizeBytes: 10,
    sniffed: { kind: 'document', mediaType: DOCX },
    ...(zip ? { zip } : {}),
  });

  it('takes a Word file where the kind allows it once its parts were inflated and counted', () => {
    expect(
      decideUpload(aWord({ readable: true, inflatedBytes: 40, macros: false }), pdfOrWord),
    ).toEqual({ accepted: true, mediaType: DOCX, warnings: [] });
    expect(decideUpload(aWord(undefined), pdfOrWord)).toMatchObject({
      refusal: { reason: 'damaged' },
    });
  });

  it('flags macros, refuses a bomb and a zip it cannot read', () => {
    expect(
      decideUpload(aWord({ readable: true, inflatedBytes: 40, macros: true }), pdfOrWord),
    ).toEqual({ accepted: true, mediaType: DOCX, warnings: ['docx-macros'] });
    expect(
      decideUpload(aWord({ readable: true, inflatesTooMuch: true, inflatedBytes: 1e9 }), pdfOrWord),
    ).toEqual({ accepted: false, refusal: { reason: 'inflates-too-much' } });
    expect(decideUpload(aWord({ readable: false, why: 'ZIP64' }), pdfOrWord)).toEqual({
      accepted: false,
      refusal: { reason: 'damaged' },
    });
  });

  it('says a PDF whose deep check was stopped was stopped, not merely unreadable', () => {
    expect(
      decideUpload(
        { ...aPdf, pdf: { ...cleanPdf, fullyChecked: false }, pdfCheckStopped: true },
        pdfOnly,
      ),
    ).toEqual({ accepted: true, mediaType: PDF, warnings: ['pdf-check-stopped'] });
  });
});
