/** Row types of allocation (R27): scenarios, their entries and their history. */
import type { Selectable } from 'kysely';

export interface AllocationScenarioTable {
  id: string;
  call_id: string;
  name: string;
  origin: string;
  state: string;
  version: number;
  /** Always the sum of the entries' grant_nok (kept in the changing transaction). */
  granted_total: number;
  copied_from: string | null;
  /** JSON of the solver's record, optimiser scenarios only. */
  solver: string | null;
  /** JSON array of the optimiser's explanations. */
  explanations: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface AllocationEntryTable {
  scenario_id: string;
  case_id: string;
  placement: string;
  grant_nok: number | null;
  /** JSON of the reduction: { reason, cuts }. */
  reduction: string | null;
  reserve_position: number | null;
  departure_reason: string | null;
  version: number;
  updated_by: string;
  updated_at: string;
}

export interface AllocationEventTable {
  id: string;
  scenario_id: string;
  seq: number;
  action: string;
  case_id: string | null;
  comment: string | null;
  actor_user_id: string;
  at: string;
}

export interface AllocationTables {
  allocation_scenario: AllocationScenarioTable;
  allocation_entry: AllocationEntryTable;
  allocation_event: AllocationEventTable;
}

export type AllocationScenarioRow = Selectable<AllocationScenarioTable>;
export type AllocationEntryRow = Selectable<AllocationEntryTable>;
export type AllocationEventRow = Selectable<AllocationEventTable>;
