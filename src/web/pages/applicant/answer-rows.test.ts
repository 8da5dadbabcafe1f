import { describe, expect, it } from 'vitest';
import { answerRows } from './answer-rows.js';

describe('answerRows', () => {
  it('flattens fields and list items, leaving out ids and empty answers', () => {
    const rows = answerRows({
      title: 'Kompetanseløft',
      summary: '',
      companies: [{ id: 'c1', orgnr: '968430777', exportOrImportCompeting: true }],
      companyOrgnrs: ['1', '2'],
    });
    expect(rows).toEqual([
      { key: 'title', field: 'title', item: null, value: 'Kompetanseløft' },
      { key: 'companies.0.orgnr', field: 'orgnr', item: 1, value: '968430777' },
      {
        key: 'companies.0.exportOrImportCompeting',
        field: 'exportOrImportCompeting',
        item: 1,
        value: 'yes',
      },
      { key: 'companyOrgnrs', field: 'companyOrgnrs', item: null, value: '1, 2' },
    ]);
  });
});

describe('answerRows in the form order', () => {
  it('lists the project as the form does: title first, start date before end date', () => {
    // Stored content has its keys sorted (canonical JSON), which put the title last.
    const rows = answerRows(
      { endDate: '2022-06-30', language: 'nb', startDate: '2021-11-01', title: 'Sveis' },
      'project',
    );
    expect(rows.map((r) => r.field)).toEqual(['title', 'startDate', 'endDate', 'language']);
  });

  it('puts the companies before the cooperation text, and leaves out what nobody typed', () => {
    const rows = answerRows(
      {
        companies: [{ id: 'c1', employees: 420, municipalityNumber: '5001', orgnr: '968430777' }],
        cooperation: 'Felles verksted',
      },
      'cluster',
    );
    expect(rows.map((r) => r.key)).toEqual([
      'companies.0.orgnr',
      'companies.0.employees',
      'cooperation',
    ]);
  });

  it('shows an attached file as one row, without checksum, media type or byte count', () => {
    const rows = answerRows(
      {
        items: [
          {
            fileId: 'f1',
            fileName: 'avtale.pdf',
            id: 'a1',
            kind: 'signed-agreement',
            mediaType: 'application/pdf',
            sha256: 'a'.repeat(64),
            sizeBytes: 599,
          },
        ],
      },
      'attachments',
    );
    expect(rows).toEqual([
      {
        key: 'items.0.file',
        field: 'file',
        item: 1,
        value: 'avtale.pdf',
        file: {
          name: 'avtale.pdf',
          sizeBytes: 599,
          mediaType: 'application/pdf',
          kind: 'signed-agreement',
        },
      },
    ]);
  });
});
