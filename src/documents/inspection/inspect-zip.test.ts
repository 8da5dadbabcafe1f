import { describe, expect, it } from 'vitest';
import { wordDocx, zipArchive } from '../../../test/fixtures/files/build-files.js';
import {
  deflatedEntry,
  docxBomb,
  docxWith,
  docxWithMacros,
  zerosEntry,
  zipOf,
} from '../../../test/fixtures/files/build-zip.js';
import { DEFAULT_ZIP_LIMITS, inflationBound, inspectZip } from './inspect-zip.js';
import { inspectUpload } from './inspect-upload.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as const;
const wordKind = { allowedTypes: [DOCX], maxBytes: 20 * 1024 * 1024 };
const MIB = 1024 * 1024;

describe('inspectZip: a Word file judged by inflating its parts for real', () => {
  it('reads a Word file made by the docx library: no macros, inflated size counted', async () => {
    const result = await inspectZip(await wordDocx());
    expect(result).toMatchObject({ readable: true, macros: false });
    expect(result.readable && 'macros' in result && result.inflatedBytes).toBeGreaterThan(1000);
  });

  it('finds a VBA macro project', async () => {
    expect(await inspectZip(docxWithMacros())).toMatchObject({ readable: true, macros: true });
  });

  it('refuses the 1 MiB Word file that inflates to 1 GiB, whether or not it admits it', async () => {
    const honest = docxBomb();
    expect(honest.length).toBeLessThan(1.1 * MIB);
    expect(await inspectZip(honest)).toMatchObject({ inflatesTooMuch: true });
    // The directory claims 4 KiB; only counting the inflated bytes catches it.
    const lying = docxBomb({ lieAboutSize: true });
    const result = await inspectZip(lying);
    expect(result).toMatchObject({ readable: true, inflatesTooMuch: true });
    expect(result.readable && result.inflatedBytes).toBeGreaterThan(
      inflationBound(lying.length, DEFAULT_ZIP_LIMITS),
    );
  });

  it('takes a large honest part within the bound and refuses one past it', async () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, ratioFloorBytes: 4 * MIB };
    const fine = docxWith([zerosEntry('word/media/a.bin', 3)]);
    expect(await inspectZip(fine, limits)).toMatchObject({ readable: true, macros: false });
    const over = docxWith([zerosEntry('word/media/a.bin', 5, 10)]);
    expect(await inspectZip(over, limits)).toMatchObject({ inflatesTooMuch: true });
  });

  it('refuses what it cannot read: no directory, broken data, unknown compression, ZIP64', async () => {
    expect(await inspectZip(Buffer.from('PK\x03\x04 nothing else'))).toMatchObject({
      readable: false,
    });
    const broken = deflatedEntry('word/document.xml', '<w:document/>');
    broken.stored = Buffer.from([0xff, 0xff, 0xff, 0xff]);
    expect(await inspectZip(docxWith([broken]))).toMatchObject({ readable: false });
    const bzip2 = { ...deflatedEntry('word/x.xml', 'x'), method: 12 as 8 };
    expect(await inspectZip(zipOf([bzip2]))).toMatchObject({ readable: false });
    const zip64 = zipArchive();
    zip64.writeUInt16LE(0xffff, zip64.length - 22 + 10);
    expect(await inspectZip(zip64)).toEqual({ readable: false, why: 'ZIP64' });
  });
});

describe('inspectUpload: Word files', () => {
  it('accepts a Word file with macros, with a warning', async () => {
    expect(await inspectUpload(docxWithMacros(), wordKind)).toEqual({
      accepted: true,
      mediaType: DOCX,
      warnings: ['docx-macros'],
    });
  });

  it('refuses a Word bomb', async () => {
    expect(await inspectUpload(docxBomb({ lieAboutSize: true }), wordKind)).toEqual({
      accepted: false,
      refusal: { reason: 'inflates-too-much' },
    });
  });
});
