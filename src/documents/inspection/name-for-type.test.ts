import { describe, expect, it } from 'vitest';
import { nameForType } from './name-for-type.js';
import { MAX_FILE_NAME_LENGTH } from './sanitize-file-name.js';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('nameForType: a stored file ends in the extension of its detected type', () => {
  it('keeps a name that already ends in it, in any case', () => {
    expect(nameForType('samarbeidsavtale.pdf', PDF)).toBe('samarbeidsavtale.pdf');
    expect(nameForType('AVTALE.PDF', PDF)).toBe('AVTALE.PDF');
    expect(nameForType('avtale.docx', DOCX)).toBe('avtale.docx');
  });

  it('replaces the extension of a polyglot that would run when opened', () => {
    for (const extension of ['html', 'hta', 'bat', 'js', 'svg', 'lnk', 'exe']) {
      expect(nameForType(`vedlegg.${extension}`, PDF)).toBe('vedlegg.pdf');
    }
    expect(nameForType('avtale.pdf', DOCX)).toBe('avtale.docx');
    expect(nameForType('avtale.docm', DOCX)).toBe('avtale.docx');
  });

  it('adds the extension where the name has none, keeping dots that belong to the name', () => {
    expect(nameForType('Samarbeidsavtale signert', PDF)).toBe('Samarbeidsavtale signert.pdf');
    expect(nameForType('Avtale v1.2', PDF)).toBe('Avtale v1.2.pdf');
    expect(nameForType('rapport 13.09.2021', PDF)).toBe('rapport 13.09.2021.pdf');
  });

  it('keeps a renamed long name within the stored limit', () => {
    const renamed = nameForType(`${'ø'.repeat(MAX_FILE_NAME_LENGTH - 3)}.js`, PDF);
    expect([...renamed].length).toBe(MAX_FILE_NAME_LENGTH);
    expect(renamed.endsWith('ø.pdf')).toBe(true);
  });

  it('is idempotent, so listing and serving agree with what was stored', () => {
    for (const name of ['vedlegg.html', 'Avtale v1.2', 'x.pdf']) {
      const once = nameForType(name, PDF);
      expect(nameForType(once, PDF)).toBe(once);
    }
  });
});
