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
