import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, sanitizeFileName } from './sanitize-file-name.js';

const clean = (raw: string) => sanitizeFileName(raw, 'vedlegg');

describe('sanitizeFileName', () => {
  it('keeps an ordinary Norwegian name as it is', () => {
    expect(clean('Samarbeidsavtale – Fjordstål Verft (signert).pdf')).toBe(
      'Samarbeidsavtale – Fjordstål Verft (signert).pdf',
    );
  });

  it('drops every path part, Unix and Windows', () => {
    expect(clean('../../etc/passwd')).toBe('passwd');
    expect(clean('C:\\Users\\kari\\Desktop\\avtale.pdf')).toBe('avtale.pdf');
    expect(clean('/avtale.pdf/')).toBe('vedlegg');
  });

  it('removes control, bidi and zero-width characters that disguise a name', () => {
    expect(clean('avtale\u202Efdp.exe')).toBe('avtalefdp.exe');
    expect(clean('av\u0000ta\u0007le\r\n.pdf')).toBe('avtale.pdf');
    expect(clean('avt\u200Bale.pdf')).toBe('avtale.pdf');
  });

  it('composes to NFC, so å typed on a Mac is the same å', () => {
    const decomposed = 'fjorda\u030Ar.pdf';
    expect(clean(decomposed)).toBe('fjord\u00e5r.pdf');
    expect(clean(decomposed).length).toBe(11);
  });

  it('replaces characters Windows refuses, trims dots and spaces, escapes reserved names', () => {
    expect(clean('a<b>c:d"e|f?g*.pdf')).toBe('a_b_c_d_e_f_g_.pdf');
    expect(clean('  ..skjult.pdf. . ')).toBe('skjult.pdf');
    expect(clean('CON.pdf')).toBe('_CON.pdf');
    expect(clean('to   mellomrom\tog tab.pdf')).toBe('to mellomrom og tab.pdf');
  });

  it(`cuts a long name to ${MAX_FILE_NAME_LENGTH} characters and keeps the extension`, () => {
    const long = `${'ø'.repeat(300)}.pdf`;
    const result = clean(long);
    expect([...result].length).toBe(MAX_FILE_NAME_LENGTH);
    expect(result.endsWith('ø.pdf')).toBe(true);
  });

  it('never cuts an emoji in half', () => {
    const result = clean('😀'.repeat(250));
    expect([...result].length).toBe(MAX_FILE_NAME_LENGTH);
    expect(result).toBe('😀'.repeat(MAX_FILE_NAME_LENGTH));
  });

  it('falls back when nothing is left', () => {
    expect(clean('')).toBe('vedlegg');
    expect(clean('\u202E\u0000')).toBe('vedlegg');
    expect(clean('...')).toBe('vedlegg');
  });
});
