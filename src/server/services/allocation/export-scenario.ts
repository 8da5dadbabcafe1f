/**
 * A scenario as XLSX for the grant body's own records (R27): one row per allocatable case in rank
 * order (placement, grant, reserve place, reduction with its cut lines, departure reason), the
 * totals against the pot, and a sheet with the scenario's history. Headings in nb, nn or en; text
 * from applicants is kept from being read as a formula.
 */
import ExcelJS from 'exceljs';
import type { Placement } from '../../../domain/allocation/model.js';
import type { Localized } from '../../../domain/call/call-schema-parts.js';
import type { AppContext } from '../../context.js';
import type { Locale } from '../../i18n/locale.js';
import { neutralizeFormula } from '../cases/export.js';
import { loadAllocationCases } from './allocation-cases.js';
import { loadScenario, readScenario } from './scenario-access.js';

const H = {
  rank: { nb: 'Rang', nn: 'Rang', en: 'Rank' },
  caseNumber: { nb: 'Saksnummer', nn: 'Saksnummer', en: 'Case number' },
  title: { nb: 'Prosjekttittel', nn: 'Prosjekttittel', en: 'Project title' },
  institution: { nb: 'Institusjon', nn: 'Institusjon', en: 'Institution' },
  county: { nb: 'Fylke', nn: 'Fylke', en: 'County' },
  applied: { nb: 'Omsøkt tilskudd', nn: 'Søkt tilskot', en: 'Grant applied for' },
  placement: { nb: 'Plassering', nn: 'Plassering', en: 'Placement' },
  grant: { nb: 'Tilskudd', nn: 'Tilskot', en: 'Grant' },
  reserve: { nb: 'Reserveplass', nn: 'Reserveplass', en: 'Reserve place' },
  reduction: {
    nb: 'Begrunnelse for reduksjon',
    nn: 'Grunngiving for reduksjon',
    en: 'Reason for reduction',
  },
  cuts: { nb: 'Kuttede budsjettlinjer', nn: 'Kutta budsjettlinjer', en: 'Budget lines cut' },
  departure: {
    nb: 'Begrunnelse for avvik fra rangering',
    nn: 'Grunngiving for avvik frå rangering',
    en: 'Reason for departing from the rank order',
  },
  total: { nb: 'Sum tildelt', nn: 'Sum tildelt', en: 'Total granted' },
  pot: { nb: 'Ramme', nn: 'Ramme', en: 'Pot' },
  remaining: { nb: 'Igjen av rammen', nn: 'Att av ramma', en: 'Left of the pot' },
  sheet: { nb: 'Fordeling', nn: 'Fordeling', en: 'Allocation' },
  history: { nb: 'Historikk', nn: 'Historikk', en: 'Scenario history' },
  at: { nb: 'Tidspunkt', nn: 'Tidspunkt', en: 'When' },
  by: { nb: 'Av', nn: 'Av', en: 'By' },
  action: { nb: 'Hendelse', nn: 'Hending', en: 'Event' },
  comment: { nb: 'Kommentar', nn: 'Kommentar', en: 'Comment' },
} satisfies Record<string, Localized>;

const PLACEMENT: Record<Placement, Localized> = {
  main: { nb: 'Hovedliste', nn: 'Hovudliste', en: 'Main list' },
  reserve: { nb: 'Reserveliste', nn: 'Reserveliste', en: 'Reserve list' },
  refused: { nb: 'Ikke innstilt', nn: 'Ikkje innstilt', en: 'Not funded' },
};

// eslint-disable-next-line no-control-regex -- these control characters are what is removed
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const text = (s: string | null): string => neutralizeFormula((s ?? '').replace(XML_INVALID, ''));
const KRONER = '#,##0';

export async function exportScenarioXlsx(
  ctx: AppContext,
  scenarioId: string,
  options: { locale: Locale; now: Date },
): Promise<{ fileName: string; bytes: Buffer }> {
  const { locale, now } = options;
  const { call } = await loadScenario(ctx, ctx.store.db, scenarioId);
  const [scenario, cases] = await Promise.all([
    readScenario(ctx, scenarioId, locale),
    loadAllocationCases(ctx.store.db, call, locale),
  ]);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'tilskudd';
  workbook.created = now;
  workbook.modified = now;
  const sheet = workbook.addWorksheet(H.sheet[locale], {
    views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const widths = [6, 18, 40, 30, 18, 16, 16, 16, 10, 40, 40, 40];
  sheet.columns = widths.map((width) => ({ width }));
  const keys = [
    'rank',
    'caseNumber',
    'title',
    'institution',
    'county',
    'applied',
    'placement',
    'grant',
    'reserve',
    'reduction',
    'cuts',
    'departure',
  ] as const;
  sheet.addRow(keys.map((k) => H[k][locale])).font = { bold: true };
  const entryOf = new Map(scenario.entries.map((e) => [e.caseId, e]));
  for (const r of cases.ranked) {
    const e = entryOf.get(r.case.caseId);
    if (!e) continue;
    const lines = new Map(r.case.budgetLines.map((l) => [l.id, l.description || l.id]));
    const cuts = (e.reduction?.cuts ?? []).map(
      (c) => `${lines.get(c.lineId) ?? c.lineId}: ${c.cutNok}`,
    );
    const row = sheet.addRow([
      r.rank,
      text(r.case.caseNumber),
      text(r.case.title),
      text(r.case.institutionName),
      text(r.case.county),
      r.case.appliedNok,
      PLACEMENT[e.placement][locale],
      e.grantNok,
      e.reservePosition,
      text(e.reduction?.reason ?? null),
      text(cuts.join('; ')),
      text(e.departureReason),
    ]);
    for (const col of [6, 8]) row.getCell(col).numFmt = KRONER;
  }
  sheet.addRow([]);
  for (const [label, value] of [
    [H.total, scenario.totals.grantedNok],
    [H.pot, scenario.totals.potNok],
    [H.remaining, scenario.totals.remainingNok],
  ] as const) {
    const row = sheet.addRow(['', '', label[locale], '', '', '', '', value]);
    row.font = { bold: true };
    row.getCell(8).numFmt = KRONER;
  }

  const history = workbook.addWorksheet(H.history[locale]);
  history.columns = [{ width: 26 }, { width: 26 }, { width: 14 }, { width: 60 }];
  history.addRow([H.at[locale], H.by[locale], H.action[locale], H.comment[locale]]).font = {
    bold: true,
  };
  for (const h of scenario.history) history.addRow([h.at, text(h.by), h.action, text(h.comment)]);

  const written = await workbook.xlsx.writeBuffer();
  const safeName = scenario.name.replace(/[^A-Za-z0-9æøåÆØÅ_-]+/g, '-').slice(0, 60);
  return {
    fileName: `fordeling-${call.id}-${safeName || scenario.id}.xlsx`.replace(/[^\x20-\x7e]/g, '_'),
    bytes: Buffer.from(written as ArrayBuffer),
  };
}
