/**
 * The case list as a file for the officer's own spreadsheet: XLSX, or CSV as Norwegian Excel
 * reads it (UTF-8 with BOM, `;` between fields, comma decimals, CRLF). One row per case, one
 * column per criterion of the call. Text that a spreadsheet would take for a formula is
 * neutralised in both, since titles and names come from applicants.
 */
import ExcelJS from 'exceljs';
import type { Criterion, Localized } from '../../../domain/call/call-schema.js';
import type { Locale } from '../../../domain/time/oslo.js';
import type { CaseStatus, FormalResult } from '../../../domain/cases/case-status.js';
import type { Recommendation } from '../../../domain/cases/assessment-content.js';

export interface CaseExportRow {
  caseNumber: string;
  receiptNumber: string;
  institution: { orgnr: string; name: string };
  title: string;
  county: string | null;
  /** Whole kroner. */
  grantApplied: number;
  companies: number;
  participants: number;
  /** Findings of the formal rules at intake. */
  findings: number;
  status: CaseStatus;
  formalResult: FormalResult;
  /** Per criterion id: the consensus score, or the mean of submitted scores when no consensus. */
  scores: Record<string, number | null>;
  meanScore: number | null;
  disagreement: boolean;
  /** The consensus recommendation; null before the consensus is recorded. */
  recommendation: Recommendation | null;
}

export interface CaseExportOptions {
  locale: Locale;
  /** The call's criteria, in the call's order: one column each, headed by its title. */
  criteria: readonly Pick<Criterion, 'id' | 'title'>[];
  /** When the file is made (workbook metadata); services are given the clock, never read it. */
  now: Date;
}

type Kind = 'text' | 'kroner' | 'count' | 'score';
type Value = string | number | null;

interface Column {
  header: string;
  width: number;
  kind: Kind;
  value: (row: CaseExportRow) => Value;
}

const HEADERS = {
  caseNumber: { nb: 'Saksnummer', nn: 'Saksnummer', en: 'Case number' },
  receiptNumber: { nb: 'Kvitteringsnummer', nn: 'Kvitteringsnummer', en: 'Receipt number' },
  institution: { nb: 'Institusjon', nn: 'Institusjon', en: 'Institution' },
  orgnr: { nb: 'Organisasjonsnummer', nn: 'Organisasjonsnummer', en: 'Organisation number' },
  title: { nb: 'Prosjekttittel', nn: 'Prosjekttittel', en: 'Project title' },
  county: { nb: 'Fylke', nn: 'Fylke', en: 'County' },
  grantApplied: { nb: 'Omsøkt tilskudd', nn: 'Søkt tilskot', en: 'Grant applied for' },
  companies: { nb: 'Virksomheter', nn: 'Verksemder', en: 'Companies' },
  participants: { nb: 'Deltakere', nn: 'Deltakarar', en: 'Participants' },
  findings: { nb: 'Funn ved mottak', nn: 'Funn ved mottak', en: 'Findings at intake' },
  status: { nb: 'Status', nn: 'Status', en: 'Status' },
  formalResult: { nb: 'Formell kontroll', nn: 'Formell kontroll', en: 'Formal check' },
  meanScore: { nb: 'Snittpoeng', nn: 'Snittpoeng', en: 'Mean score' },
  disagreement: { nb: 'Uenighet', nn: 'Usemje', en: 'Disagreement' },
  recommendation: {
    nb: 'Innstilling (konsensus)',
    nn: 'Innstilling (konsensus)',
    en: 'Recommendation (consensus)',
  },
} satisfies Record<string, Localized>;

const STATUS_LABELS: Record<CaseStatus, Localized> = {
  formal_check: { nb: 'Formell kontroll', nn: 'Formell kontroll', en: 'Formal check' },
  proposed_rejection: { nb: 'Foreslått avvist', nn: 'Føreslått avvist', en: 'Proposed rejection' },
  awaiting_assessors: {
    nb: 'Venter på fageksperter',
    nn: 'Ventar på fagekspertar',
    en: 'Awaiting assessors',
  },
  in_assessment: { nb: 'Under vurdering', nn: 'Under vurdering', en: 'In assessment' },
  assessed: { nb: 'Vurdert', nn: 'Vurdert', en: 'Assessed' },
  consensus_recorded: {
    nb: 'Konsensus registrert',
    nn: 'Konsensus registrert',
    en: 'Consensus recorded',
  },
};

const FORMAL_RESULT_LABELS: Record<FormalResult, Localized> = {
  pending: { nb: 'Ikke avgjort', nn: 'Ikkje avgjort', en: 'Pending' },
  passed: { nb: 'Bestått', nn: 'Bestått', en: 'Passed' },
  proposed_rejection: { nb: 'Foreslått avvist', nn: 'Føreslått avvist', en: 'Proposed rejection' },
};

const RECOMMENDATION_LABELS: Record<Recommendation, Localized> = {
  fund: { nb: 'Innvilge', nn: 'Innvilge', en: 'Fund' },
  fund_partly: { nb: 'Innvilge delvis', nn: 'Innvilge delvis', en: 'Fund in part' },
  do_not_fund: { nb: 'Avslå', nn: 'Avslå', en: 'Do not fund' },
};

const YES_NO = { yes: { nb: 'Ja', nn: 'Ja', en: 'Yes' }, no: { nb: 'Nei', nn: 'Nei', en: 'No' } };
const SHEET_NAME: Localized = { nb: 'Saker', nn: 'Saker', en: 'Cases' };

/**
 * Excel stores number formats with `,` for grouping and `.` for decimals whatever the language;
 * a Norwegian Excel shows them with its own separators: `#,##0 "kr"` reads 1 234 567 kr there.
 */
export const NUMBER_FORMATS = {
  kroner: { nb: '#,##0 "kr"', nn: '#,##0 "kr"', en: '"NOK "#,##0' },
  count: '0',
  /** A consensus score is whole; a mean shows one or two decimals (4,5; 4,25). */
  wholeScore: '0',
  meanScore: '0.0#',
} as const;

function columnsOf(options: CaseExportOptions): Column[] {
  const { locale } = options;
  const label = (text: Localized) => text[locale];
  const column = (header: Localized, width: number, kind: Kind, value: Column['value']) => ({
    header: label(header),
    width,
    kind,
    value,
  });
  return [
    column(HEADERS.caseNumber, 18, 'text', (r) => r.caseNumber),
    column(HEADERS.receiptNumber, 20, 'text', (r) => r.receiptNumber),
    column(HEADERS.institution, 40, 'text', (r) => r.institution.name),
    column(HEADERS.orgnr, 20, 'text', (r) => r.institution.orgnr),
    column(HEADERS.title, 50, 'text', (r) => r.title),
    column(HEADERS.county, 18, 'text', (r) => r.county),
    column(HEADERS.grantApplied, 18, 'kroner', (r) => r.grantApplied),
    column(HEADERS.companies, 13, 'count', (r) => r.companies),
    column(HEADERS.participants, 12, 'count', (r) => r.participants),
    column(HEADERS.findings, 12, 'count', (r) => r.findings),
    column(HEADERS.status, 24, 'text', (r) => label(STATUS_LABELS[r.status])),
    column(HEADERS.formalResult, 18, 'text', (r) => label(FORMAL_RESULT_LABELS[r.formalResult])),
    ...options.criteria.map((criterion) =>
      column(criterion.title, 20, 'score', (r) => roundScore(r.scores[criterion.id] ?? null)),
    ),
    column(HEADERS.meanScore, 12, 'score', (r) => roundScore(r.meanScore)),
    column(HEADERS.disagreement, 12, 'text', (r) => label(r.disagreement ? YES_NO.yes : YES_NO.no)),
    column(HEADERS.recommendation, 24, 'text', (r) =>
      r.recommendation === null ? null : label(RECOMMENDATION_LABELS[r.recommendation]),
    ),
  ];
}

// Scores show at most two decimals in both files, so the XLSX and the CSV hold the same value.
function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100) / 100;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A spreadsheet runs text starting with = + - @ (or a tab or CR before one) as a formula; a
 * leading apostrophe keeps it text (OWASP's advice for CSV injection).
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

// Characters XML 1.0 cannot hold; one in a title would make the whole workbook unreadable.
// eslint-disable-next-line no-control-regex -- these control characters are what is removed
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export async function buildCasesXlsx(
  rows: readonly CaseExportRow[],
  options: CaseExportOptions,
): Promise<Buffer> {
  const columns = columnsOf(options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'tilskudd';
  workbook.lastModifiedBy = 'tilskudd';
  workbook.created = options.now;
  workbook.modified = options.now;

  const sheet = workbook.addWorksheet(SHEET_NAME[options.locale], {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));

  const header = sheet.addRow(columns.map((c) => c.header.replace(XML_INVALID, '')));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };

  for (const row of rows) {
    const added = sheet.addRow(columns.map((c) => cellValue(c, row)));
    columns.forEach((c, i) => {
      const cell = added.getCell(i + 1);
      const format = numberFormat(c.kind, cell.value, options.locale);
      if (format) cell.numFmt = format;
    });
  }

  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: columns.length },
  };

  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written as ArrayBuffer);
}

/** Text stays a string value (a shared string in the file), never a formula object. */
function cellValue(column: Column, row: CaseExportRow): Value {
  const value = column.value(row);
  if (typeof value !== 'string') return value;
  return neutralizeFormula(value.replace(XML_INVALID, ''));
}

function numberFormat(kind: Kind, value: unknown, locale: Locale): string | null {
  if (typeof value !== 'number') return null;
  if (kind === 'kroner') return NUMBER_FORMATS.kroner[locale];
  if (kind === 'count') return NUMBER_FORMATS.count;
  if (kind === 'score') {
    return Number.isInteger(value) ? NUMBER_FORMATS.wholeScore : NUMBER_FORMATS.meanScore;
  }
  return null;
}

const BOM = '\uFEFF';
const SEPARATOR = ';';
const CRLF = '\r\n';

export function buildCasesCsv(rows: readonly CaseExportRow[], options: CaseExportOptions): string {
  const columns = columnsOf(options);
  const lines = [
    columns.map((c) => csvField(neutralizeFormula(c.header))),
    ...rows.map((row) => columns.map((c) => csvField(csvText(c.value(row))))),
  ].map((fields) => fields.join(SEPARATOR));
  return BOM + lines.join(CRLF) + CRLF;
}

/** Numbers as Norwegian Excel reads them: comma decimals, no grouping (a space would make text). */
function csvText(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  return neutralizeFormula(value);
}

/** RFC 4180, with `;` as the separator: quote a field holding ; " CR or LF, doubling quotes. */
function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
