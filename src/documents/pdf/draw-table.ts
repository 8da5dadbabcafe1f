/**
 * Tables that break across pages: each row is measured first and moved whole to the next page
 * when it does not fit, and the header is repeated there. A totals row is set in bold under a
 * rule. Right-aligned columns are for numbers.
 */
import type { PdfBlock } from './pdf-model.js';
import { COLORS, LAYOUT, SIZES, type Pdf } from './pdf-style.js';

type TableBlock = Extract<PdfBlock, { type: 'table' }>;

export function drawTable(
  doc: Pdf,
  table: TableBlock,
  left: number,
  width: number,
  ensureSpace: (doc: Pdf, height: number) => void,
): void {
  const totalWeight = table.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = table.columns.map((column) => (width * column.weight) / totalWeight);
  const pad = LAYOUT.cellPadding;

  const fontOf = (columnIndex: number, bold: boolean) => {
    const column = table.columns[columnIndex];
    if (bold) return { name: 'bold', size: SIZES.table };
    return column?.mono
      ? { name: 'mono', size: SIZES.mono }
      : { name: 'regular', size: SIZES.table };
  };

  const measure = (cells: readonly string[], bold: boolean): number => {
    let height = 0;
    cells.forEach((cell, i) => {
      const font = fontOf(i, bold);
      doc.font(font.name).fontSize(font.size);
      height = Math.max(
        height,
        doc.heightOfString(cell || ' ', { width: (widths[i] ?? 0) - 2 * pad }),
      );
    });
    return height + 2 * pad;
  };

  const drawRow = (cells: readonly string[], kind: 'header' | 'body' | 'zebra' | 'totals') => {
    const bold = kind === 'header' || kind === 'totals';
    const height = measure(cells, bold);
    const y = doc.y;
    if (kind === 'header' || kind === 'zebra') {
      doc.rect(left, y, width, height).fill(kind === 'header' ? COLORS.tableHeader : COLORS.zebra);
    }
    if (kind === 'totals') {
      doc
        .moveTo(left, y)
        .lineTo(left + width, y)
        .lineWidth(1)
        .strokeColor(COLORS.text)
        .stroke();
    }
    let x = left;
    cells.forEach((cell, i) => {
      const font = fontOf(i, bold);
      const cellWidth = widths[i] ?? 0;
      doc.font(font.name).fontSize(font.size).fillColor(COLORS.text);
      doc.text(cell, x + pad, y + pad, {
        width: cellWidth - 2 * pad,
        align: table.columns[i]?.align ?? 'left',
      });
      x += cellWidth;
    });
    doc
      .moveTo(left, y + height)
      .lineTo(left + width, y + height)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.y = y + height;
  };

  const headers = table.columns.map((column) => column.header);
  const headerHeight = measure(headers, true);
  const firstRow = table.rows[0];
  ensureSpace(doc, headerHeight + (firstRow ? measure(firstRow, false) : 0));
  drawRow(headers, 'header');
  table.rows.forEach((row, index) => {
    const height = measure(row, false);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      ensureSpace(doc, headerHeight + height);
      drawRow(headers, 'header');
    }
    drawRow(row, index % 2 === 1 ? 'zebra' : 'body');
  });
  if (table.totals) {
    ensureSpace(doc, measure(table.totals, true));
    drawRow(table.totals, 'totals');
  }
  doc.y += LAYOUT.paragraphSpace + 4;
  doc.font('regular').fontSize(SIZES.body);
}
