/**
 * Scenario rows as the API answers them (src/web/api/allocation-types.ts): entries in rank order
 * (a case without a row is refused at version 0), totals, spreads, departures from the baseline,
 * the call's limits, and the history.
 */
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { departuresOf } from '../../../domain/allocation/departures.js';
import { refusedEntry } from '../../../domain/allocation/entry-rules.js';
import { greedyAllocation } from '../../../domain/allocation/greedy.js';
import { limitProblems } from '../../../domain/allocation/limits.js';
import type {
  Explanation,
  Placement,
  Reduction,
  ScenarioEntry,
  ScenarioOrigin,
  ScenarioState,
  SolverRecord,
} from '../../../domain/allocation/model.js';
import { potTotals } from '../../../domain/allocation/pot.js';
import { compactReserve } from '../../../domain/allocation/reserve.js';
import { spreadByCounty, spreadByInstitution } from '../../../domain/allocation/spreads.js';
import type { DbOrTx } from '../../../store/create-store.js';
import type { AllocationEntryRow, AllocationScenarioRow } from '../../../store/database.js';
import {
  listEntries,
  listScenarioEvents,
} from '../../../store/repositories/allocation.repository.js';
import type {
  ScenarioDetail,
  ScenarioHistoryItem,
  ScenarioSummary,
} from '../../../web/api/allocation-types.js';
import type { Locale } from '../../i18n/locale.js';
import type { AllocationCases } from './allocation-cases.js';
import { texts } from './texts.js';

export type VersionedEntry = ScenarioEntry & { version: number };

export function entryOfRow(row: AllocationEntryRow): VersionedEntry {
  return {
    caseId: row.case_id,
    placement: row.placement as Placement,
    grantNok: row.grant_nok === null ? null : Number(row.grant_nok),
    reduction: row.reduction === null ? null : (JSON.parse(row.reduction) as Reduction),
    reservePosition: row.reserve_position,
    departureReason: row.departure_reason,
    version: row.version,
  };
}

/** One entry per allocatable case, in rank order, reserve positions compacted. */
export function entriesInRankOrder(
  cases: AllocationCases,
  rows: readonly AllocationEntryRow[],
): VersionedEntry[] {
  const byCase = new Map(rows.map((r) => [r.case_id, entryOfRow(r)]));
  return compactReserve(
    cases.ranked.map(
      (r) => byCase.get(r.case.caseId) ?? { ...refusedEntry(r.case.caseId), version: 0 },
    ),
  );
}

export function appliedOf(cases: AllocationCases): number {
  return cases.ranked.reduce((sum, r) => sum + r.case.appliedNok, 0);
}

export function baselineOf(call: CallDefinition, cases: AllocationCases, locale: Locale) {
  return greedyAllocation(call.allocation, call.potNok, cases.ranked, texts.atTheLine[locale]);
}

export function summaryOf(
  call: CallDefinition,
  cases: AllocationCases,
  row: AllocationScenarioRow & {
    main_count: number;
    reserve_count: number;
    updated_by_name: string;
  },
): ScenarioSummary {
  return {
    id: row.id,
    name: row.name,
    origin: row.origin as ScenarioOrigin,
    state: row.state as ScenarioState,
    totals: potTotals(call.potNok, appliedOf(cases), Number(row.granted_total)),
    mainCount: row.main_count,
    reserveCount: row.reserve_count,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by_name,
  };
}

export async function scenarioDetailOf(
  db: DbOrTx,
  call: CallDefinition,
  cases: AllocationCases,
  row: AllocationScenarioRow,
  locale: Locale,
): Promise<ScenarioDetail> {
  const [rows, events] = await Promise.all([
    listEntries(db, row.id),
    listScenarioEvents(db, row.id),
  ]);
  const entries = entriesInRankOrder(cases, rows);
  const allCases = cases.ranked.map((r) => r.case);
  const baseline = baselineOf(call, cases, locale);
  const history: ScenarioHistoryItem[] = events.map((e) => ({
    at: e.at,
    by: e.actor_name,
    action: e.action as ScenarioHistoryItem['action'],
    comment: e.comment,
    caseId: e.case_id,
  }));
  const updatedBy = events.at(-1)?.actor_name ?? '';
  return {
    ...summaryOf(call, cases, {
      ...row,
      main_count: entries.filter((e) => e.placement === 'main').length,
      reserve_count: entries.filter((e) => e.placement === 'reserve').length,
      updated_by_name: updatedBy,
    }),
    callId: row.call_id,
    entries,
    byCounty: spreadByCounty(allCases, entries, texts.noCounty[locale]),
    byInstitution: spreadByInstitution(allCases, entries),
    departures: departuresOf(baseline.entries, entries),
    limitProblems: limitProblems(call.allocation, call.potNok, allCases, entries),
    explanations: row.explanations === null ? [] : (JSON.parse(row.explanations) as Explanation[]),
    solver: row.solver === null ? null : (JSON.parse(row.solver) as SolverRecord),
    copiedFrom: row.copied_from,
    history,
  };
}
