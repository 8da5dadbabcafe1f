/**
 * Lays out a document model as PDF/A-2b: fonts embedded, sRGB output intent, XMP metadata with
 * the PDF/A identification, the language set. Deterministic: the creation date comes from the
 * model and pdfkit derives the file id from the metadata, so one model gives one set of bytes.
 */
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { drawTable } from './draw-table.js';
import { fontDirectory, FONT_FILES, parsedFonts } from './fonts.js';
import type { PdfBlock, PdfDocumentModel } from './pdf-model.js';
import { COLORS, LAYOUT, SIZES, type Pdf } from './pdf-style.js';

export async function renderPdf(model: PdfDocumentModel): Promise<Buffer> {
  const doc: Pdf = new PDFDocument({
    size: 'A4',
    margins: LAYOUT.margins,
    subset: 'PDF/A-2b',
    // pdfkit writes the XMP metadata (and so the PDF/A identification) only from PDF 1.4 on.
    pdfVersion: '1.7',
    lang: model.language,
    displayTitle: true,
    bufferPages: true,
    font: join(fontDirectory(), FONT_FILES.regular),
    info: {
      Title: xmpSafe(model.title),
      Author: xmpSafe(model.author),
      Subject: xmpSafe(model.subject),
      ...(model.keywords ? { Keywords: xmpSafe(model.keywords) } : {}),
      Creator: 'tilskudd',
      Producer: 'tilskudd (PDFKit)',
      CreationDate: model.createdAt,
    },
  });
  for (const [name, font] of Object.entries(parsedFonts())) {
    // pdfkit takes a parsed font (anything with layout()), though its types name file sources only.
    doc.registerFont(name, font as Buffer);
  }

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  doc.font('regular').fontSize(SIZES.body).fillColor(COLORS.text);
  model.blocks.forEach((block, index) => drawBlock(doc, block, index === 0));
  drawFooters(doc, model);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

// pdfkit copies the metadata into XMP without escaping, and PDF/A wants the two to match, so
// the characters XML would need escaped are replaced by look-alikes in both.
function xmpSafe(text: string): string {
  return text.replaceAll('&', '+').replaceAll('<', '‹').replaceAll('>', '›');
}

function bottomOf(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` still fits on this one. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > bottomOf(doc)) {
    doc.addPage();
    doc.y = doc.page.margins.top;
  }
}

function textWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function drawBlock(doc: Pdf, block: PdfBlock, first: boolean): void {
  const left = doc.page.margins.left;
  const width = textWidth(doc);
  switch (block.type) {
    case 'heading': {
      const size = SIZES.heading[block.level];
      doc.font('bold').fontSize(size);
      const height = doc.heightOfString(block.text, { width });
      // Keep a heading with at least a few lines of what follows it.
      ensureSpace(doc, height + LAYOUT.headingSpace[block.level] + SIZES.body * 4);
      if (!first && doc.y > doc.page.margins.top) doc.y += LAYOUT.headingSpace[block.level];
      doc.fillColor(COLORS.heading).text(block.text, left, doc.y, { width });
      doc.y += block.level === 1 ? 6 : 3;
      break;
    }
    case 'paragraph': {
      doc.font('regular').fontSize(SIZES.body);
      doc.fillColor(block.tone === 'muted' ? COLORS.muted : COLORS.text);
      doc.text(block.text, left, doc.y, { width, lineGap: LAYOUT.lineGap });
      doc.y += LAYOUT.paragraphSpace;
      break;
    }
    case 'list': {
      doc.font('regular').fontSize(SIZES.body).fillColor(COLORS.text);
      for (const item of block.items) {
        const height = doc.heightOfString(item, { width: width - 14, lineGap: LAYOUT.lineGap });
        ensureSpace(doc, height);
        const y = doc.y;
        doc.text('•', left, y, { width: 10 });
        doc.text(item, left + 14, y, { width: width - 14, lineGap: LAYOUT.lineGap });
        doc.y += 2;
      }
      doc.y += LAYOUT.paragraphSpace;
      break;
    }
    case 'key-values':
      drawKeyValues(doc, block.rows, left, width);
      break;
    case 'table':
      drawTable(doc, block, left, width, ensureSpace);
      break;
    case 'page-break':
      doc.addPage();
      doc.y = doc.page.margins.top;
      break;
  }
  doc.x = left;
}

function drawKeyValues(
  doc: Pdf,
  rows: Extract<PdfBlock, { type: 'key-values' }>['rows'],
  left: number,
  width: number,
): void {
  const labelWidth = Math.round(width * 0.3);
  const valueWidth = width - labelWidth - 8;
  for (const row of rows) {
    doc.font(row.mono ? 'mono' : 'regular').fontSize(row.mono ? SIZES.mono : SIZES.body);
    const valueHeight = doc.heightOfString(row.value || '–', { width: valueWidth });
    doc.font('bold').fontSize(SIZES.body);
    const labelHeight = doc.heightOfString(row.label, { width: labelWidth });
    const height = Math.max(valueHeight, labelHeight);
    ensureSpace(doc, height + 4);
    const y = doc.y;
    doc.fillColor(COLORS.muted).text(row.label, left, y, { width: labelWidth });
    doc.font(row.mono ? 'mono' : 'regular').fontSize(row.mono ? SIZES.mono : SIZES.body);
    doc
      .fillColor(COLORS.text)
      .text(row.value || '–', left + labelWidth + 8, y + (row.mono ? 1 : 0), {
        width: valueWidth,
      });
    doc.y = y + height + 4;
  }
  doc.y += LAYOUT.paragraphSpace;
}

function drawFooters(doc: Pdf, model: PdfDocumentModel): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index += 1) {
    doc.switchToPage(start + index);
    const bottom = doc.page.margins.bottom;
    // Writing below the bottom margin would start a new page; lift it while the footer is drawn.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - LAYOUT.footerOffset;
    const left = doc.page.margins.left;
    const width = textWidth(doc);
    doc
      .moveTo(left, y - 6)
      .lineTo(left + width, y - 6)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.font('regular').fontSize(SIZES.footer).fillColor(COLORS.muted);
    doc.text(model.footer, left, y, { width: width * 0.75, lineBreak: false });
    doc.text(model.pageLabel(index + 1, count), left, y, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
