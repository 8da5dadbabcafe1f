/** A scenario with its call and cases, as every scenario use case starts. */
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import type { DbOrTx } from '../../../store/create-store.js';
import type { AllocationScenarioRow } from '../../../store/database.js';
import { findScenario } from '../../../store/repositories/allocation.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { callOf } from '../applications/access.js';
import { loadAllocationCases, type AllocationCases } from './allocation-cases.js';
import { scenarioDetailOf } from './scenario-view.js';

export async function loadScenario(ctx: AppContext, db: DbOrTx, scenarioId: string) {
  const row = await findScenario(db, scenarioId);
  if (!row) throw new AppError('allocation_scenario_not_found');
  return { row, call: callOf(ctx, row.call_id) };
}

export interface ScenarioScope {
  row: AllocationScenarioRow;
  call: CallDefinition;
  cases: AllocationCases;
}

export async function readScenario(ctx: AppContext, scenarioId: string, locale: Locale) {
  const db = ctx.store.db;
  const { row, call } = await loadScenario(ctx, db, scenarioId);
  const cases = await loadAllocationCases(db, call, locale);
  return scenarioDetailOf(db, call, cases, row, locale);
}
