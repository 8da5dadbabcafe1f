import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../test/fixtures/files/read-pdf.js';
import type { PdfDocumentModel } from './pdf-model.js';
import { renderPdf } from './render-pdf.js';

const model: PdfDocumentModel = {
  language: 'nn-NO',
  title: 'Prøve & test <1>',
  author: 'Tilskotsforvaltinga',
  subject: 'Æ Ø Å',
  createdAt: new Date('2021-09-15T14:59:59.000Z'),
  footer: 'Prøve',
  pageLabel: (page, pages) => `Side ${page} av ${pages}`,
  blocks: [
    { type: 'heading', level: 1, text: 'Blåbærsyltetøy på Ørland' },
    {
      type: 'table',
      columns: [
        { header: 'Linje', weight: 3 },
        { header: 'Beløp', weight: 1, align: 'right' },
      ],
      rows: Array.from({ length: 120 }, (_, i) => [`Linje nr. ${i + 1}`, `${i + 1} kr`]),
      totals: ['Sum', '7 260 kr'],
    },
  ],
};

describe('renderPdf', () => {
  it('breaks a long table over pages, repeating its header, with a footer on every page', async () => {
    const pdf = await readPdf(await renderPdf(model));
    expect(pdf.pages.length).toBeGreaterThan(2);
    pdf.pages.forEach((page, i) => {
      expect(page).toContain('Linje\nBeløp');
      expect(page).toContain(`Side ${i + 1} av ${pdf.pages.length}`);
    });
    expect(pdf.text).toContain('Blåbærsyltetøy på Ørland');
    expect(pdf.pages.at(-1)).toContain('Sum\n7 260 kr');
  });

  it('sets the language and metadata, escaping what XMP cannot hold', async () => {
    const pdf = await readPdf(await renderPdf(model));
    expect(pdf.info).toMatchObject({
      Language: 'nn-NO',
      Title: 'Prøve + test ‹1›',
      Subject: 'Æ Ø Å',
    });
    expect(pdf.xmp('dc:title')).toBe('Prøve + test ‹1›');
    expect(pdf.xmp('pdfaid:part')).toBe('2');
  });

  it('gives the same bytes for the same model', async () => {
    const [a, b] = await Promise.all([renderPdf(model), renderPdf(model)]);
    expect(a.equals(b)).toBe(true);
  });
});
