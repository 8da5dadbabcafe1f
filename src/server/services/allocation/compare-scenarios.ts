/** Two scenarios of a call side by side (R27): who moves in or out, amounts, spreads. */
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { compareEntries, pairSpreads } from '../../../domain/allocation/compare.js';
import { spreadByCounty, spreadByInstitution } from '../../../domain/allocation/spreads.js';
import { listEntries, listScenarios } from '../../../store/repositories/allocation.repository.js';
import type { ScenarioComparison } from '../../../web/api/allocation-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { loadAllocationCases } from './allocation-cases.js';
import { entriesInRankOrder, summaryOf } from './scenario-view.js';
import { texts } from './texts.js';

export async function compareScenarios(
  ctx: AppContext,
  call: CallDefinition,
  ids: { a: string; b: string },
  locale: Locale,
): Promise<ScenarioComparison> {
  const db = ctx.store.db;
  const [cases, scenarios] = await Promise.all([
    loadAllocationCases(db, call, locale),
    listScenarios(db, call.id),
  ]);
  const rowA = scenarios.find((s) => s.id === ids.a);
  const rowB = scenarios.find((s) => s.id === ids.b);
  if (!rowA || !rowB) throw new AppError('allocation_scenario_not_found');
  const [a, b] = await Promise.all([listEntries(db, rowA.id), listEntries(db, rowB.id)]);
  const entriesA = entriesInRankOrder(cases, a);
  const entriesB = entriesInRankOrder(cases, b);
  const all = cases.ranked.map((r) => r.case);
  const noCounty = texts.noCounty[locale];
  return {
    a: summaryOf(call, cases, rowA),
    b: summaryOf(call, cases, rowB),
    rows: compareEntries(all, entriesA, entriesB),
    byCounty: pairSpreads(
      spreadByCounty(all, entriesA, noCounty),
      spreadByCounty(all, entriesB, noCounty),
    ),
    byInstitution: pairSpreads(
      spreadByInstitution(all, entriesA),
      spreadByInstitution(all, entriesB),
    ),
  };
}
