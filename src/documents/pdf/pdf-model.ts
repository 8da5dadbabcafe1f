/**
 * The small document model every generated PDF is written in: receipts and application copies
 * now, decision letters later. Builders produce a model from data; one renderer lays it out as
 * PDF/A, so every document looks alike and is archivable the same way.
 */

export interface PdfColumn {
  header: string;
  /** Relative width: the columns share the text width in proportion to these. */
  weight: number;
  align?: 'left' | 'right';
  /** Monospaced, for hashes and identifiers. */
  mono?: boolean;
}

export interface PdfKeyValue {
  label: string;
  value: string;
  mono?: boolean;
}

export type PdfBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; tone?: 'normal' | 'muted' }
  | { type: 'key-values'; rows: PdfKeyValue[] }
  | {
      type: 'table';
      columns: PdfColumn[];
      rows: string[][];
      /** A last row in bold under a rule: the sums of the columns that have one. */
      totals?: string[];
    }
  | { type: 'list'; items: string[] }
  | { type: 'page-break' };

export interface PdfDocumentModel {
  /** BCP 47, e.g. "nb-NO": the catalogue's /Lang, so screen readers pick the right voice. */
  language: string;
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  /**
   * The document's creation date. Fixed by the caller (e.g. the time a submission was received)
   * so the same data always gives the same bytes: the file id is derived from the metadata.
   */
  createdAt: Date;
  /** The footer's left text on every page, e.g. the receipt number. */
  footer: string;
  /** "Side 2 av 5" */
  pageLabel: (page: number, pages: number) => string;
  blocks: PdfBlock[];
}
