/** The sections of the copy that are tables: participants, progress plan, budget, attachments. */
import { computeBudgetTotals } from '../../domain/application/budget.js';
import type {
  BudgetContent,
  OfferingsContent,
  ParticipantsContent,
  ProgressPlanContent,
} from '../../domain/application/section-content.js';
import type { SubmissionDocumentContext } from '../document-context.js';
import { formatBytes, formatDay, formatNok, formatNumber, orDash } from '../format-values.js';
import type { PdfBlock } from '../pdf/pdf-model.js';
import { UPLOAD_WARNINGS, type UploadWarning } from '../inspection/decide-upload.js';
import { UPLOAD_WARNING_TEXTS } from '../inspection/upload-warnings.js';
import { COPY } from './copy-texts.js';

type Ctx = SubmissionDocumentContext;

/** Company × offering with row and column sums (R15, R16). */
export function participantsBlocks(
  c: Ctx,
  content: ParticipantsContent,
  offerings: OfferingsContent['offerings'],
  companies: { orgnr: string; name: string }[],
): PdfBlock[] {
  const count = (orgnr: string, offeringId: string) =>
    content.estimates
      .filter((e) => e.companyOrgnr === orgnr && e.offeringId === offeringId)
      .reduce((sum, e) => sum + e.participants, 0);
  // Companies named only in the estimates still count and are shown.
  const rows = [
    ...companies,
    ...content.estimates
      .map((e) => e.companyOrgnr)
      .filter(
        (orgnr, i, all) => all.indexOf(orgnr) === i && !companies.some((co) => co.orgnr === orgnr),
      )
      .map((orgnr) => ({ orgnr, name: orgnr })),
  ];
  const n = (value: number) => formatNumber(value, c.language);
  const columnSums = offerings.map((o) => rows.reduce((sum, co) => sum + count(co.orgnr, o.id), 0));
  return [
    { type: 'paragraph', text: c.t(COPY.participantsGrid), tone: 'muted' },
    {
      type: 'table',
      columns: [
        { header: c.t(COPY.company), weight: 3 },
        ...offerings.map((o, i) => ({
          header: o.title?.trim() ? o.title : `#${i + 1}`,
          weight: 2,
          align: 'right' as const,
        })),
        { header: c.t(COPY.sum), weight: 1, align: 'right' },
      ],
      rows: rows.map((co) => {
        const counts = offerings.map((o) => count(co.orgnr, o.id));
        return [co.name, ...counts.map(n), n(counts.reduce((a, b) => a + b, 0))];
      }),
      totals: [c.t(COPY.sum), ...columnSums.map(n), n(columnSums.reduce((a, b) => a + b, 0))],
    },
  ];
}

export function progressPlanBlocks(c: Ctx, content: ProgressPlanContent): PdfBlock[] {
  const phaseLabel = (id: string | undefined) =>
    id ? (c.call.budget.phases.find((p) => p.id === id)?.label[c.language] ?? id) : '–';
  const milestones = [...content.milestones].sort((a, b) =>
    (a.date ?? '').localeCompare(b.date ?? ''),
  );
  return [
    {
      type: 'table',
      columns: [
        { header: c.t(COPY.date), weight: 2 },
        { header: c.t(COPY.milestone), weight: 3.8 },
        { header: c.t(COPY.phase), weight: 2.3 },
        { header: c.t(COPY.description), weight: 3.8 },
      ],
      rows: milestones.map((m) => [
        formatDay(m.date, c.language),
        orDash(m.title),
        phaseLabel(m.phase),
        orDash(m.description),
      ]),
    },
  ];
}

export function budgetBlocks(c: Ctx, content: BudgetContent): PdfBlock[] {
  const totals = computeBudgetTotals(c.call, content);
  const nok = (value: number) => formatNok(value, c.language);
  const categoryLabel = (id: string | undefined) =>
    id
      ? (c.call.costCategories.find((x) => x.id === id)?.label[c.language] ?? id)
      : c.t(COPY.unassigned);
  const phaseLabel = (id: string | undefined) =>
    id
      ? (c.call.budget.phases.find((x) => x.id === id)?.label[c.language] ?? id)
      : c.t(COPY.unassigned);
  const sourceLabel = (id: string) =>
    c.call.budget.financingSources.find((x) => x.id === id)?.label[c.language] ?? id;
  const amountColumn = { header: c.t(COPY.amount), weight: 2.2, align: 'right' as const };

  const sumTable = (
    heading: string,
    first: string,
    entries: [string, number][],
    unassigned: number,
  ): PdfBlock[] => [
    { type: 'heading', level: 3, text: heading },
    {
      type: 'table',
      columns: [{ header: first, weight: 4 }, amountColumn],
      rows: [
        ...entries.map(([label, amount]) => [label, nok(amount)]),
        ...(unassigned > 0 ? [[c.t(COPY.unassigned), nok(unassigned)]] : []),
      ],
      totals: [c.t(COPY.totalCosts), nok(totals.totalCosts)],
    },
  ];

  return [
    { type: 'heading', level: 3, text: c.t(COPY.budgetLines) },
    {
      type: 'table',
      columns: [
        { header: c.t(COPY.description), weight: 3.6 },
        { header: c.t(COPY.category), weight: 3 },
        { header: c.t(COPY.phase), weight: 2.2 },
        { header: c.t(COPY.year), weight: 0.9 },
        amountColumn,
      ],
      rows: content.lines.map((line) => [
        [
          orDash(line.description),
          line.justification ? `${c.t(COPY.justification)}: ${line.justification}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
        categoryLabel(line.category),
        phaseLabel(line.phase),
        line.year === undefined ? '–' : String(line.year),
        line.amountNok === undefined ? '–' : nok(line.amountNok),
      ]),
      totals: [c.t(COPY.totalCosts), '', '', '', nok(totals.totalCosts)],
    },
    ...sumTable(
      c.t(COPY.byPhase),
      c.t(COPY.phase),
      c.call.budget.phases.map((p) => [p.label[c.language], totals.byPhase[p.id] ?? 0]),
      totals.unassigned.phase,
    ),
    ...sumTable(
      c.t(COPY.byYear),
      c.t(COPY.year),
      Object.keys(totals.byYear)
        .sort()
        .map((year) => [year, totals.byYear[year] ?? 0]),
      totals.unassigned.year,
    ),
    ...sumTable(
      c.t(COPY.byCategory),
      c.t(COPY.category),
      c.call.costCategories
        .filter((x) => (totals.byCategory[x.id] ?? 0) !== 0)
        .map((x) => [x.label[c.language], totals.byCategory[x.id] ?? 0]),
      totals.unassigned.category,
    ),
    { type: 'heading', level: 3, text: c.t(COPY.financing) },
    {
      type: 'table',
      columns: [{ header: c.t(COPY.source), weight: 4 }, amountColumn],
      rows: content.financing.map((entry) => [sourceLabel(entry.sourceId), nok(entry.amountNok)]),
      totals: [c.t(COPY.totalFinancing), nok(totals.totalFinancing)],
    },
    {
      type: 'key-values',
      rows: [{ label: c.t(COPY.difference), value: nok(totals.difference) }],
    },
  ];
}

export function attachmentsBlocks(c: Ctx): PdfBlock[] {
  const files = c.stored.snapshot.attachments;
  if (files.length === 0) return [{ type: 'paragraph', text: c.t(COPY.noAttachments) }];
  const kindLabel = (id: string) =>
    c.call.attachmentKinds.find((kind) => kind.id === id)?.label[c.language] ?? id;
  return files.map((file): PdfBlock => ({
    type: 'key-values',
    rows: [
      { label: c.t(COPY.attachmentKind), value: kindLabel(file.kind) },
      {
        label: c.t(COPY.file),
        value: `${file.fileName} (${formatBytes(file.sizeBytes, c.language)})`,
      },
      { label: 'SHA-256', value: file.sha256, mono: true },
      ...file.warnings
        .filter((w): w is UploadWarning => (UPLOAD_WARNINGS as readonly string[]).includes(w))
        .map((w) => ({ label: c.t(COPY.warning), value: UPLOAD_WARNING_TEXTS[w][c.language] })),
    ],
  }));
}
