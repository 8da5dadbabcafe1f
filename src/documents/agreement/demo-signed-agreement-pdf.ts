/**
 * A small, valid one-page PDF standing in for a scanned, signed cooperation agreement: what the
 * demo's synthetic applicants upload. Made in memory; fixed dates, so the same text gives the
 * same bytes (and the same hash) on every run.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/** The standard font writes WinAnsi only: Latin-1 and the dashes; anything else becomes "?". */
function winAnsi(text: string): string {
  return text.replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014]/g, '?');
}

export async function demoSignedAgreementPdf(lines: readonly string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, i) => {
    page.drawText(winAnsi(line), { x: 56, y: 780 - i * 22, size: i === 0 ? 14 : 11, font });
  });
  pdf.setTitle(winAnsi(lines[0] ?? 'Samarbeidsavtale'));
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  return Buffer.from(await pdf.save());
}
