/**
 * The cooperation agreement as a Word document (R10), pre-filled from an application or blank
 * as a template. Plain paragraphs, headings and tables only, so it opens the same in Word and
 * LibreOffice and the parties can edit it before they sign.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  HeightRule,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { BCP47, type DocText } from '../document-language.js';
import { formatDay, formatStudiepoeng } from '../format-values.js';
import type { AgreementData, AgreementParty } from './agreement-data.js';
import { AGREEMENT } from './agreement-texts.js';

const FILL_IN = '________________________';
// A4 less the default 2.54 cm margins, in twentieths of a point. LibreOffice lays tables out by
// this grid and ignores cell percentages, so every table gives both.
const TEXT_WIDTH_TWIPS = 9026;

function grid(percentages: number[]) {
  return {
    columnWidths: percentages.map((p) => Math.round((TEXT_WIDTH_TWIPS * p) / 100)),
    layout: TableLayoutType.FIXED,
  };
}

function cell(
  text: string,
  options: { bold?: boolean; width?: number; keepNext?: boolean } = {},
): TableCell {
  return new TableCell({
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          keepNext: options.keepNext ?? false,
          children: [new TextRun({ text: line, bold: options.bold ?? false })],
        }),
    ),
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function table(headers: string[], rows: string[][], widths: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...grid(widths),
    rows: [
      new TableRow({
        tableHeader: true,
        children: headers.map((h, i) => cell(h, { bold: true, width: widths[i] ?? 0 })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            // Room to write by hand in a blank row.
            height: { value: 440, rule: HeightRule.ATLEAST },
            children: row.map((text, i) => cell(text, { width: widths[i] ?? 0 })),
          }),
      ),
    ],
  });
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
}

function paragraph(text: string, options: { italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, italics: options.italics ?? false })],
    spacing: { after: 120 },
  });
}

/** One signature block per party: who signs, where and when, signature and printed name. */
function signatureBlock(
  party: AgreementParty,
  t: (text: DocText) => string,
  blank: boolean,
): (Paragraph | Table)[] {
  const who =
    blank || party.name === ''
      ? FILL_IN
      : `${party.name} (${t(AGREEMENT.orgnr).toLowerCase()} ${party.orgnr})`;
  // Keep-with-next on every row but the last holds one party's block on one page.
  const line = (label: string, last = false) =>
    new TableRow({
      cantSplit: true,
      children: [
        cell(label, { width: 35, keepNext: !last }),
        cell(FILL_IN, { width: 65, keepNext: !last }),
      ],
    });
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 240, after: 60 },
      children: [new TextRun({ text: `${t(AGREEMENT.for)} ${who}`, bold: true })],
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      ...grid([35, 65]),
      borders: {
        top: none,
        bottom: none,
        left: none,
        right: none,
        insideHorizontal: none,
        insideVertical: none,
      },
      rows: [
        line(t(AGREEMENT.placeAndDate)),
        line(t(AGREEMENT.signature)),
        line(t(AGREEMENT.nameInCapitals)),
        line(t(AGREEMENT.position), true),
      ],
    }),
  ];
}

export function buildAgreementDocument(data: AgreementData): Document {
  const t = (text: DocText) => text[data.language];
  const value = (text: string) => (data.blank || text.trim() === '' ? FILL_IN : text);
  // In a table the cell itself is the space to fill in; a line of underscores would wrap.
  const inCell = (text: string) => (data.blank ? '' : text);
  const parties: [AgreementParty, string][] = [
    [data.institution, t(AGREEMENT.institutionRole)],
    ...data.companies.map((c): [AgreementParty, string] => [c, t(AGREEMENT.companyRole)]),
  ];
  const day = (date: string) => (date ? formatDay(date, data.language) : FILL_IN);

  const children: (Paragraph | Table)[] = [
    new Paragraph({
      text: t(AGREEMENT.title),
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [
        new TextRun({ text: `${t(AGREEMENT.about)} «${value(data.projectTitle)}»`, size: 26 }),
      ],
    }),
    ...(data.blank ? [paragraph(t(AGREEMENT.blankHint), { italics: true })] : []),
    paragraph(`${t(AGREEMENT.intro)} «${data.callTitle}».`),

    heading(t(AGREEMENT.parties), HeadingLevel.HEADING_1),
    table(
      [t(AGREEMENT.party), t(AGREEMENT.orgnr), t(AGREEMENT.role)],
      parties.map(([party, role]) => [inCell(party.name), inCell(party.orgnr), role]),
      [40, 30, 30],
    ),

    heading(t(AGREEMENT.socialPartners), HeadingLevel.HEADING_1),
    heading(t(AGREEMENT.employerSide), HeadingLevel.HEADING_2),
    paragraph(value(data.employerSide)),
    heading(t(AGREEMENT.employeeSide), HeadingLevel.HEADING_2),
    table(
      [t(AGREEMENT.company), t(AGREEMENT.union), t(AGREEMENT.representative)],
      data.unions.map((u) => [inCell(u.company), inCell(u.union), inCell(u.representative)]),
      [34, 33, 33],
    ),

    heading(t(AGREEMENT.offerings), HeadingLevel.HEADING_1),
    table(
      [t(AGREEMENT.offeringTitle), t(AGREEMENT.studiepoeng), t(AGREEMENT.offeringPeriod)],
      data.offerings.map((o) => [
        inCell(o.title),
        inCell(formatStudiepoeng(o.studiepoeng, data.language)),
        inCell(`${day(o.startDate)} – ${day(o.endDate)}`),
      ]),
      [45, 20, 35],
    ),

    heading(t(AGREEMENT.roles), HeadingLevel.HEADING_1),
    heading(t(AGREEMENT.roleInstitution), HeadingLevel.HEADING_2),
    paragraph(value(data.roles.institution)),
    heading(t(AGREEMENT.roleCompanies), HeadingLevel.HEADING_2),
    paragraph(value(data.roles.companies)),
    heading(t(AGREEMENT.roleUnions), HeadingLevel.HEADING_2),
    paragraph(value(data.roles.unions)),

    heading(t(AGREEMENT.period), HeadingLevel.HEADING_1),
    paragraph(
      `${t(AGREEMENT.periodText)} ${day(data.blank ? '' : data.period.startDate)} ${t(AGREEMENT.periodTo)} ${day(data.blank ? '' : data.period.endDate)}.`,
    ),

    heading(t(AGREEMENT.signatures), HeadingLevel.HEADING_1),
    paragraph(t(AGREEMENT.signaturesIntro)),
    ...parties.flatMap(([party]) => signatureBlock(party, t, data.blank)),
  ];

  return new Document({
    title: `${t(AGREEMENT.title)} ${data.blank ? '' : data.projectTitle}`.trim(),
    subject: data.callTitle,
    creator: 'tilskudd',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: { value: BCP47[data.language] } } },
      },
    },
    sections: [{ children }],
  });
}

export function renderAgreementDocx(data: AgreementData): Promise<Buffer> {
  return Packer.toBuffer(buildAgreementDocument(data));
}
