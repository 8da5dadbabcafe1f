/**
 * Allocation (R27): scenarios, their entries and their history, and the reads of the cases a
 * scenario places. The only file with SQL for the allocation tables. An entry change locks its
 * scenario row first (PostgreSQL: SELECT … FOR UPDATE; SQLite: a write, which takes the database's
 * one write lock), then re-sums the stored grants, so the pot check sees every committed change.
 */
import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../create-store.js';
import type {
  AllocationEntryRow,
  AllocationEventRow,
  AllocationScenarioRow,
  CaseFindingRow,
} from '../database.js';
import { isPostgres } from '../dialect.js';

// ---- Scenarios ----------------------------------------------------------------------------------

export async function insertScenario(tx: Tx, row: AllocationScenarioRow): Promise<void> {
  await tx.insertInto('allocation_scenario').values(row).execute();
}

export async function findScenario(
  db: DbOrTx,
  id: string,
): Promise<AllocationScenarioRow | undefined> {
  return db.selectFrom('allocation_scenario').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The scenario row, locked until the transaction ends; undefined when there is none. */
export async function lockScenario(tx: Tx, id: string): Promise<AllocationScenarioRow | undefined> {
  if (isPostgres(tx)) {
    return tx
      .selectFrom('allocation_scenario')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
  }
  return tx
    .updateTable('allocation_scenario')
    .set({ id })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function updateScenario(
  tx: Tx,
  id: string,
  patch: Partial<Omit<AllocationScenarioRow, 'id' | 'call_id' | 'created_by' | 'created_at'>>,
): Promise<void> {
  await tx.updateTable('allocation_scenario').set(patch).where('id', '=', id).execute();
}

export async function deleteScenario(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('allocation_entry').where('scenario_id', '=', id).execute();
  await tx.deleteFrom('allocation_event').where('scenario_id', '=', id).execute();
  await tx.deleteFrom('allocation_scenario').where('id', '=', id).execute();
}

export interface ScenarioListRow extends AllocationScenarioRow {
  main_count: number;
  reserve_count: number;
  updated_by_name: string;
}

/** The call's scenarios, newest change first, with their list counts. */
export async function listScenarios(db: DbOrTx, callId: string): Promise<ScenarioListRow[]> {
  const rows = await db
    .selectFrom('allocation_scenario as s')
    .innerJoin('app_user as u', 'u.id', 's.updated_by')
    .selectAll('s')
    .select('u.name as updated_by_name')
    .select((eb) => [
      eb
        .selectFrom('allocation_entry as e')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('e.scenario_id', '=', 's.id')
        .where('e.placement', '=', 'main')
        .as('main_count'),
      eb
        .selectFrom('allocation_entry as e')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('e.scenario_id', '=', 's.id')
        .where('e.placement', '=', 'reserve')
        .as('reserve_count'),
    ])
    .where('s.call_id', '=', callId)
    .orderBy('s.created_at', 'asc')
    .orderBy('s.id', 'asc')
    .execute();
  return rows.map((r) => ({
    ...r,
    main_count: Number(r.main_count ?? 0),
    reserve_count: Number(r.reserve_count ?? 0),
  }));
}

/** Scenarios of the call in a state, locked (for the move that supersedes an approved one). */
export async function lockScenariosInState(
  tx: Tx,
  callId: string,
  state: string,
): Promise<AllocationScenarioRow[]> {
  if (isPostgres(tx)) {
    return tx
      .selectFrom('allocation_scenario')
      .selectAll()
      .where('call_id', '=', callId)
      .where('state', '=', state)
      .forUpdate()
      .execute();
  }
  return tx
    .updateTable('allocation_scenario')
    .set({ state })
    .where('call_id', '=', callId)
    .where('state', '=', state)
    .returningAll()
    .execute();
}

// ---- Entries ------------------------------------------------------------------------------------

export async function listEntries(db: DbOrTx, scenarioId: string): Promise<AllocationEntryRow[]> {
  return db
    .selectFrom('allocation_entry')
    .selectAll()
    .where('scenario_id', '=', scenarioId)
    .execute();
}

export async function findEntry(
  db: DbOrTx,
  scenarioId: string,
  caseId: string,
): Promise<AllocationEntryRow | undefined> {
  return db
    .selectFrom('allocation_entry')
    .selectAll()
    .where('scenario_id', '=', scenarioId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
}

/** Σ grant_nok of the scenario's main list, leaving out one case (null: none left out). */
export async function sumGrants(
  tx: DbOrTx,
  scenarioId: string,
  exceptCaseId: string | null,
): Promise<number> {
  let query = tx
    .selectFrom('allocation_entry')
    .select(sql<number | string | null>`sum(grant_nok)`.as('total'))
    .where('scenario_id', '=', scenarioId)
    .where('placement', '=', 'main');
  if (exceptCaseId !== null) query = query.where('case_id', '!=', exceptCaseId);
  const row = await query.executeTakeFirst();
  return Number(row?.total ?? 0);
}

export async function countReserve(
  tx: DbOrTx,
  scenarioId: string,
  exceptCaseId: string,
): Promise<number> {
  const row = await tx
    .selectFrom('allocation_entry')
    .select(sql<number | string>`count(*)`.as('n'))
    .where('scenario_id', '=', scenarioId)
    .where('placement', '=', 'reserve')
    .where('case_id', '!=', exceptCaseId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Makes room at `position` on the reserve list: the entries from there move down one. Only the
 * order changes, not the entries, so their versions stay (another officer's edit of them holds).
 */
export async function shiftReserve(
  tx: Tx,
  scenarioId: string,
  position: number,
  exceptCaseId: string,
): Promise<void> {
  await tx
    .updateTable('allocation_entry')
    .set((eb) => ({ reserve_position: eb('reserve_position', '+', 1) }))
    .where('scenario_id', '=', scenarioId)
    .where('placement', '=', 'reserve')
    .where('reserve_position', '>=', position)
    .where('case_id', '!=', exceptCaseId)
    .execute();
}

export async function upsertEntry(tx: Tx, row: AllocationEntryRow): Promise<void> {
  const { scenario_id: _s, case_id: _c, ...changes } = row;
  await tx
    .insertInto('allocation_entry')
    .values(row)
    .onConflict((oc) => oc.columns(['scenario_id', 'case_id']).doUpdateSet(changes))
    .execute();
}

export async function insertEntries(tx: Tx, rows: readonly AllocationEntryRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    if (chunk.length > 0) await tx.insertInto('allocation_entry').values(chunk).execute();
  }
}

// ---- History ------------------------------------------------------------------------------------

/** Appends to the scenario's history; the caller holds the scenario's lock, so seq is free. */
export async function appendScenarioEvent(
  tx: Tx,
  row: Omit<AllocationEventRow, 'seq'>,
): Promise<void> {
  const last = await tx
    .selectFrom('allocation_event')
    .select(sql<number | string | null>`max(seq)`.as('seq'))
    .where('scenario_id', '=', row.scenario_id)
    .executeTakeFirst();
  await tx
    .insertInto('allocation_event')
    .values({ ...row, seq: Number(last?.seq ?? 0) + 1 })
    .execute();
}

export async function listScenarioEvents(
  db: DbOrTx,
  scenarioId: string,
): Promise<(AllocationEventRow & { actor_name: string })[]> {
  return db
    .selectFrom('allocation_event as e')
    .innerJoin('app_user as u', 'u.id', 'e.actor_user_id')
    .selectAll('e')
    .select('u.name as actor_name')
    .where('e.scenario_id', '=', scenarioId)
    .orderBy('e.seq', 'asc')
    .execute();
}

// ---- The cases a scenario places ------------------------------------------------------------------

export interface AllocationCaseRow {
  id: string;
  case_number: string;
  title: string;
  institution_orgnr: string;
  institution_name: string;
  county: string | null;
  grant_applied: number;
  formal_result: string;
  submission_id: string;
  consensus: string | null;
}

/** Every case of the call, in case-number order, with its consensus content when recorded. */
export async function listAllocationCaseRows(
  db: DbOrTx,
  callId: string,
): Promise<AllocationCaseRow[]> {
  const rows = await db
    .selectFrom('case_file as c')
    .leftJoin('case_consensus as k', 'k.case_id', 'c.id')
    .select([
      'c.id',
      'c.case_number',
      'c.title',
      'c.institution_orgnr',
      'c.institution_name',
      'c.county',
      'c.grant_applied',
      'c.formal_result',
      'c.submission_id',
      'k.content as consensus',
    ])
    .where('c.call_id', '=', callId)
    .orderBy('c.case_seq', 'asc')
    .execute();
  return rows.map((r) => ({ ...r, grant_applied: Number(r.grant_applied) }));
}

/** Submitted snapshots by submission id (canonical JSON), for the budget lines they hold. */
export async function listSnapshots(
  db: DbOrTx,
  submissionIds: readonly string[],
): Promise<{ id: string; snapshot: string }[]> {
  const out: { id: string; snapshot: string }[] = [];
  for (let i = 0; i < submissionIds.length; i += 500) {
    const chunk = submissionIds.slice(i, i + 500);
    if (chunk.length === 0) continue;
    out.push(
      ...(await db
        .selectFrom('submission')
        .select(['id', 'snapshot'])
        .where('id', 'in', chunk)
        .execute()),
    );
  }
  return out;
}

/** The findings of the given cases the officer confirmed: why a case is proposed rejected. */
export async function listConfirmedFindings(
  db: DbOrTx,
  caseIds: readonly string[],
): Promise<CaseFindingRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('case_finding')
    .selectAll()
    .where('case_id', 'in', [...caseIds])
    .where('decision', '=', 'confirmed')
    .orderBy('finding_key')
    .execute();
}

/** One case with its consensus, for a change of its entry. */
export async function findAllocationCaseRow(
  db: DbOrTx,
  caseId: string,
): Promise<(AllocationCaseRow & { call_id: string }) | undefined> {
  const row = await db
    .selectFrom('case_file as c')
    .leftJoin('case_consensus as k', 'k.case_id', 'c.id')
    .select([
      'c.id',
      'c.call_id',
      'c.case_number',
      'c.title',
      'c.institution_orgnr',
      'c.institution_name',
      'c.county',
      'c.grant_applied',
      'c.formal_result',
      'c.submission_id',
      'k.content as consensus',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  return row && { ...row, grant_applied: Number(row.grant_applied) };
}
