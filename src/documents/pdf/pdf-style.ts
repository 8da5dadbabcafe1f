/** The look shared by every generated PDF: sizes in points, colours as sRGB hex. */
import type PDFDocument from 'pdfkit';

export type Pdf = typeof PDFDocument;

export const SIZES = {
  body: 10,
  mono: 8,
  table: 9,
  footer: 8,
  heading: { 1: 17, 2: 13, 3: 11 },
} as const;

export const COLORS = {
  text: '#1a1a1a',
  heading: '#0b3a5c',
  muted: '#555a60',
  rule: '#b8bec6',
  tableHeader: '#e8edf2',
  zebra: '#f6f8fa',
} as const;

export const LAYOUT = {
  // 2 cm sides; room at the bottom for the footer.
  margins: { top: 56, left: 56, right: 56, bottom: 64 },
  footerOffset: 40,
  lineGap: 1.5,
  paragraphSpace: 6,
  headingSpace: { 1: 14, 2: 12, 3: 8 },
  cellPadding: 4,
} as const;
