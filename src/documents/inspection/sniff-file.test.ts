import { describe, expect, it } from 'vitest';
import {
  encryptedPdf,
  pdfWithEmbeddedFile,
  pdfWithJavaScript,
  signedAgreementPdf,
  windowsExecutable,
  wordDocx,
  zipArchive,
} from '../../../test/fixtures/files/build-files.js';
import { inspectPdf } from './inspect-pdf.js';
import { detectExecutableHeader, sniffFile } from './sniff-file.js';

describe('sniffFile: the type comes from the bytes, not the name', () => {
  it('recognises PDF and Word', async () => {
    expect(await sniffFile(await signedAgreementPdf())).toEqual({
      kind: 'document',
      mediaType: 'application/pdf',
    });
    expect(await sniffFile(await wordDocx())).toEqual({
      kind: 'document',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  it('finds programs by their headers', async () => {
    expect(await sniffFile(windowsExecutable())).toEqual({
      kind: 'executable',
      format: 'Windows EXE',
    });
    expect(detectExecutableHeader(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).toBe('Linux ELF');
    expect(detectExecutableHeader(Buffer.from([0xcf, 0xfa, 0xed, 0xfe]))).toBe('macOS Mach-O');
    expect(detectExecutableHeader(Buffer.from('#!/bin/sh\nrm -rf /'))).toBe('script (#!)');
    expect(detectExecutableHeader(Buffer.from('%PDF-1.7'))).toBeUndefined();
  });

  it('calls a zip that is not a Word file an archive, and knows gzip, 7z and rar', async () => {
    expect(await sniffFile(zipArchive())).toEqual({ kind: 'archive', format: 'ZIP' });
    const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]);
    expect(await sniffFile(gzip)).toEqual({ kind: 'archive', format: 'gzip' });
    const sevenZip = Buffer.concat([
      Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]),
      Buffer.alloc(32),
    ]);
    expect(await sniffFile(sevenZip)).toEqual({ kind: 'archive', format: '7z' });
    const rar = Buffer.concat([Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'), Buffer.alloc(32)]);
    expect(await sniffFile(rar)).toEqual({ kind: 'archive', format: 'RAR' });
  });

  it('names other recognised types and leaves plain text unknown', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]);
    expect(await sniffFile(jpeg)).toMatchObject({ kind: 'other', mime: 'image/jpeg' });
    expect(await sniffFile(Buffer.from('bare tekst'))).toEqual({ kind: 'unknown' });
  });
});

describe('inspectPdf', () => {
  it('finds nothing in a plain PDF', async () => {
    expect(await inspectPdf(await signedAgreementPdf())).toEqual({
      encrypted: false,
      javascript: false,
      embeddedFiles: false,
      fullyChecked: true,
    });
  });

  it('finds encryption', async () => {
    expect(await inspectPdf(await encryptedPdf())).toMatchObject({ encrypted: true });
  });

  it('finds JavaScript and embedded files even inside compressed object streams', async () => {
    const js = await pdfWithJavaScript();
    expect(js.toString('latin1')).not.toContain('/JavaScript');
    expect(await inspectPdf(js)).toMatchObject({ javascript: true, embeddedFiles: false });
    expect(await inspectPdf(await pdfWithEmbeddedFile())).toMatchObject({ embeddedFiles: true });
  });

  it('falls back to the raw bytes for a PDF it cannot parse', async () => {
    const broken = Buffer.from(
      '%PDF-1.4\n1 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n',
    );
    expect(await inspectPdf(broken)).toMatchObject({ javascript: true });
  });
});
