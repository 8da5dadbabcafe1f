/** Appeals (klage, R28) and the progress rows of decision jobs: the only SQL for those tables. */
import type { DbOrTx, Tx } from '../create-store.js';
import type { AppealRow, DecisionJobRow } from '../decision-tables.js';
import { isPostgres } from '../dialect.js';

export type AppealListRow = AppealRow & {
  case_number: string;
  institution_name: string;
  filed_by_name: string;
};

function listQuery(db: DbOrTx) {
  return db
    .selectFrom('appeal as a')
    .innerJoin('decision as d', 'd.id', 'a.decision_id')
    .innerJoin('case_file as c', 'c.id', 'd.case_id')
    .innerJoin('app_user as u', 'u.id', 'a.filed_by')
    .selectAll('a')
    .select(['c.case_number', 'c.institution_name', 'u.name as filed_by_name']);
}

function withNumbers(row: AppealListRow): AppealListRow {
  return { ...row, late: Number(row.late) === 1 ? 1 : 0, version: Number(row.version) };
}

export async function insertAppeal(tx: Tx, row: AppealRow): Promise<void> {
  await tx.insertInto('appeal').values(row).execute();
}

export async function findAppeal(db: DbOrTx, id: string): Promise<AppealListRow | undefined> {
  const row = await listQuery(db).where('a.id', '=', id).executeTakeFirst();
  return row ? withNumbers(row) : undefined;
}

export async function findAppealOfDecision(
  db: DbOrTx,
  decisionId: string,
): Promise<AppealListRow | undefined> {
  const row = await listQuery(db).where('a.decision_id', '=', decisionId).executeTakeFirst();
  return row ? withNumbers(row) : undefined;
}

/** Locks the appeal row until the transaction ends and returns it as it is now. */
export async function lockAppeal(tx: Tx, id: string): Promise<AppealListRow | undefined> {
  if (isPostgres(tx)) {
    await tx.selectFrom('appeal').select('id').where('id', '=', id).forUpdate().execute();
  } else {
    await tx.updateTable('appeal').set({ id }).where('id', '=', id).execute();
  }
  return findAppeal(tx, id);
}

export async function updateAppeal(
  tx: Tx,
  id: string,
  patch: Partial<Omit<AppealRow, 'id' | 'decision_id' | 'call_id'>>,
): Promise<void> {
  await tx.updateTable('appeal').set(patch).where('id', '=', id).execute();
}

export async function listAppeals(db: DbOrTx, callId: string): Promise<AppealListRow[]> {
  const rows = await listQuery(db)
    .where('a.call_id', '=', callId)
    .orderBy('a.received_at', 'asc')
    .orderBy('a.id', 'asc')
    .execute();
  return rows.map(withNumbers);
}

// ---- Decision jobs ------------------------------------------------------------------------------

function jobNumbers(row: DecisionJobRow): DecisionJobRow {
  return { ...row, done: Number(row.done), total: Number(row.total) };
}

export async function insertDecisionJob(tx: Tx, row: DecisionJobRow): Promise<void> {
  await tx.insertInto('decision_job').values(row).execute();
}

export async function findDecisionJob(db: DbOrTx, id: string): Promise<DecisionJobRow | undefined> {
  const row = await db
    .selectFrom('decision_job')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? jobNumbers(row) : undefined;
}

/** The call's job still queued or running, newest first; undefined when none is. */
export async function findOpenDecisionJob(
  db: DbOrTx,
  callId: string,
): Promise<DecisionJobRow | undefined> {
  const row = await db
    .selectFrom('decision_job')
    .selectAll()
    .where('call_id', '=', callId)
    .where('state', 'in', ['queued', 'running'])
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row ? jobNumbers(row) : undefined;
}

export async function updateDecisionJob(
  db: DbOrTx,
  id: string,
  patch: Partial<Omit<DecisionJobRow, 'id' | 'call_id' | 'kind'>>,
): Promise<void> {
  await db.updateTable('decision_job').set(patch).where('id', '=', id).execute();
}
