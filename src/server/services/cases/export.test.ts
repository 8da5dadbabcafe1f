/** The case export read back as a spreadsheet program would read it. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import seedCall from '../../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import { parseCallDefinition } from '../../../domain/call/parse-call-definition.js';
import {
  buildCasesCsv,
  buildCasesXlsx,
  neutralizeFormula,
  type CaseExportOptions,
  type CaseExportRow,
} from './export.js';

const call = parseCallDefinition(seedCall, 'calls/kompetanseloft-industriklynger-2021/call.json');
const now = new Date('2021-09-20T10:15:00Z');
const nb: CaseExportOptions = { locale: 'nb', criteria: call.criteria, now };

function buildRow(overrides: Partial<CaseExportRow> = {}): CaseExportRow {
  return {
    caseNumber: 'SAK-KIK21-0001',
    receiptNumber: 'KIK21-000123',
    institution: {
      orgnr: '974767880',
      name: 'Norges teknisk-naturvitenskapelige universitet NTNU',
    },
    title: 'Sveising for havvind',
    county: 'Trøndelag',
    grantApplied: 1234567,
    companies: 12,
    participants: 140,
    findings: 0,
    status: 'consensus_recorded',
    formalResult: 'passed',
    scores: Object.fromEntries(call.criteria.map((c, i) => [c.id, i === 1 ? 4.5 : 5])),
    meanScore: 36.5 / 7,
    disagreement: false,
    recommendation: 'fund',
    ...overrides,
  };
}

const rows: CaseExportRow[] = [
  buildRow(),
  buildRow({
    caseNumber: 'SAK-KIK21-0002',
    receiptNumber: 'KIK21-000124',
    institution: { orgnr: '971035854', name: '=HYPERLINK("http://evil.example","klikk")' },
    title: 'Kurs; "lean" i\r\nproduksjon',
    county: null,
    grantApplied: 800000,
    status: 'in_assessment',
    formalResult: 'passed',
    scores: Object.fromEntries(call.criteria.map((c, i) => [c.id, i === 0 ? null : 3])),
    meanScore: null,
    disagreement: true,
    recommendation: null,
  }),
  buildRow({ caseNumber: 'SAK-KIK21-0003', title: '-2+3', county: '@SUM(A1)' }),
];

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function rowValues(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  const values = sheet.getRow(n).values;
  return Array.isArray(values) ? values.slice(1) : [];
}

// 12 case columns, 7 criteria, mean, disagreement, recommendation.
const CRITERION_COLUMN = 13;
const MEAN_COLUMN = CRITERION_COLUMN + 7;

describe('buildCasesXlsx', () => {
  it('headers in the chosen language, criteria titled as in the call', async () => {
    const workbook = await readBack(await buildCasesXlsx(rows, nb));
    const sheet = workbook.getWorksheet('Saker');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(rowValues(sheet, 1)).toEqual([
      'Saksnummer',
      'Kvitteringsnummer',
      'Institusjon',
      'Organisasjonsnummer',
      'Prosjekttittel',
      'Fylke',
      'Omsøkt tilskudd',
      'Virksomheter',
      'Deltakere',
      'Funn ved mottak',
      'Status',
      'Formell kontroll',
      ...call.criteria.map((c) => c.title.nb),
      'Snittpoeng',
      'Uenighet',
      'Innstilling (konsensus)',
    ]);
    expect(rowValues(sheet, 1)[CRITERION_COLUMN - 1]).toBe(
      'Reelt og klart definert kompetansebehov',
    );

    const en = await readBack(await buildCasesXlsx(rows, { ...nb, locale: 'en' }));
    const enSheet = en.getWorksheet('Cases');
    expect(enSheet?.getCell(1, 1).value).toBe('Case number');
    expect(enSheet?.getCell(1, CRITERION_COLUMN).value).toBe(
      'A real, clearly defined competence need',
    );
    expect(enSheet?.getCell(2, 7).numFmt).toBe('"NOK "#,##0');
    const nn = await readBack(await buildCasesXlsx(rows, { ...nb, locale: 'nn' }));
    expect(nn.getWorksheet('Saker')?.getCell(1, 7).value).toBe('Søkt tilskot');
  });

  it('values: numbers as numbers, labels in the language, empty where nothing is known', async () => {
    const sheet = (await readBack(await buildCasesXlsx(rows, nb))).getWorksheet('Saker');
    if (!sheet) throw new Error('no sheet');
    expect(rowValues(sheet, 2)).toEqual([
      'SAK-KIK21-0001',
      'KIK21-000123',
      'Norges teknisk-naturvitenskapelige universitet NTNU',
      '974767880',
      'Sveising for havvind',
      'Trøndelag',
      1234567,
      12,
      140,
      0,
      'Konsensus registrert',
      'Bestått',
      5,
      4.5,
      5,
      5,
      5,
      5,
      5,
      5.21,
      'Nei',
      'Innvilge',
    ]);
    const second = sheet.getRow(3);
    expect(second.getCell(6).value).toBeNull();
    expect(second.getCell(CRITERION_COLUMN).value).toBeNull();
    expect(second.getCell(MEAN_COLUMN).value).toBeNull();
    expect(second.getCell(MEAN_COLUMN + 1).value).toBe('Ja');
    expect(second.getCell(MEAN_COLUMN + 2).value).toBeNull();
    expect(second.getCell(11).value).toBe('Under vurdering');
  });

  it('kroner whole with the Norwegian grouping, scores with one or two decimals', async () => {
    const sheet = (await readBack(await buildCasesXlsx(rows, nb))).getWorksheet('Saker');
    if (!sheet) throw new Error('no sheet');
    // Stored with , for grouping; Norwegian Excel shows 1 234 567 kr.
    expect(sheet.getCell(2, 7).numFmt).toBe('#,##0 "kr"');
    expect(sheet.getCell(2, 8).numFmt).toBe('0');
    expect(sheet.getCell(2, CRITERION_COLUMN).numFmt).toBe('0');
    expect(sheet.getCell(2, CRITERION_COLUMN + 1).numFmt).toBe('0.0#');
    expect(sheet.getCell(2, MEAN_COLUMN).numFmt).toBe('0.0#');
  });

  it('header bold and frozen, column widths, an auto filter over all rows, metadata', async () => {
    const workbook = await readBack(await buildCasesXlsx(rows, nb));
    expect(workbook.creator).toBe('tilskudd');
    expect(workbook.created.toISOString()).toBe(now.toISOString());
    const sheet = workbook.getWorksheet('Saker');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell(1, 1).font.bold).toBe(true);
    expect(sheet.getCell(1, MEAN_COLUMN).font.bold).toBe(true);
    expect(sheet.getCell(2, 1).font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(3).width).toBe(40);
    expect(sheet.getColumn(5).width).toBe(50);
    expect(sheet.autoFilter).toBe('A1:V4');
    expect(sheet.rowCount).toBe(4);
  });

  it('text that looks like a formula stays text', async () => {
    const sheet = (await readBack(await buildCasesXlsx(rows, nb))).getWorksheet('Saker');
    if (!sheet) throw new Error('no sheet');
    const injected = sheet.getCell(3, 3);
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(injected.value).toBe(`'=HYPERLINK("http://evil.example","klikk")`);
    expect(sheet.getCell(4, 5).value).toBe(`'-2+3`);
    expect(sheet.getCell(4, 6).value).toBe(`'@SUM(A1)`);
    sheet.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    );
  });

  it('no cases: the header row alone', async () => {
    const sheet = (await readBack(await buildCasesXlsx([], nb))).getWorksheet('Saker');
    expect(sheet?.rowCount).toBe(1);
    expect(sheet?.autoFilter).toBe('A1:V1');
  });
});

/** RFC 4180 with `;`: the reader a test needs, strict about quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          field += text[i];
          i += 1;
        }
      }
      if (i < text.length && text[i] !== ';' && text[i] !== '\r') {
        throw new Error(`text after a closing quote at ${String(i)}`);
      }
    } else if (ch === ';') {
      record.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${String(i)}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '"') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${String(i)}`);
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record without CRLF');
  return records;
}

describe('buildCasesCsv', () => {
  const csv = buildCasesCsv(rows, nb);

  it('UTF-8 with BOM, CRLF after every record', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('one header and one record per case, all of the same width', () => {
    const records = parseCsv(csv.slice(1));
    expect(records).toHaveLength(4);
    for (const record of records) expect(record).toHaveLength(22);
    expect(records[0]?.slice(0, 3)).toEqual(['Saksnummer', 'Kvitteringsnummer', 'Institusjon']);
    expect(records[0]?.[CRITERION_COLUMN - 1]).toBe('Reelt og klart definert kompetansebehov');
  });

  it('numbers with comma decimals and no grouping; empty where nothing is known', () => {
    const [, first, second] = parseCsv(csv.slice(1));
    expect(first?.slice(6, 10)).toEqual(['1234567', '12', '140', '0']);
    expect(first?.[CRITERION_COLUMN]).toBe('4,5');
    expect(first?.[MEAN_COLUMN - 1]).toBe('5,21');
    expect(first?.slice(-2)).toEqual(['Nei', 'Innvilge']);
    expect(second?.[5]).toBe('');
    expect(second?.[CRITERION_COLUMN - 1]).toBe('');
    expect(second?.slice(-3)).toEqual(['', 'Ja', '']);
  });

  it('quotes fields with ; " CR or LF and doubles the quotes inside', () => {
    expect(csv).toContain(';"Kurs; ""lean"" i\r\nproduksjon";');
    const [, , second] = parseCsv(csv.slice(1));
    expect(second?.[4]).toBe('Kurs; "lean" i\r\nproduksjon');
  });

  it('text that looks like a formula gets a leading apostrophe', () => {
    const [, , second, third] = parseCsv(csv.slice(1));
    expect(second?.[2]).toBe(`'=HYPERLINK("http://evil.example","klikk")`);
    expect(third?.[4]).toBe(`'-2+3`);
    expect(third?.[5]).toBe(`'@SUM(A1)`);
  });

  it('headings follow the locale', () => {
    const [header] = parseCsv(buildCasesCsv([], { ...nb, locale: 'nn' }).slice(1));
    expect(header?.slice(6, 9)).toEqual(['Søkt tilskot', 'Verksemder', 'Deltakarar']);
  });
});

describe('neutralizeFormula', () => {
  it('prefixes = + - @ tab and CR, and nothing else', () => {
    for (const text of ['=1+1', '+47', '-1', '@A1', '\t=1', '\r=1']) {
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    }
    for (const text of ['', 'NTNU', ' =1', "'=1", '1-2'])
      expect(neutralizeFormula(text)).toBe(text);
  });
});
