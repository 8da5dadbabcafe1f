/**
 * Decisions (R28, R29) and their history: the only file with SQL for `decision` and
 * `decision_event`. A change locks the decision row first (PostgreSQL: SELECT … FOR UPDATE; SQLite:
 * a write, which takes the one write lock), so a version check sees every committed change.
 */
import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../create-store.js';
import type { DecisionEventRow, DecisionRow } from '../decision-tables.js';
import { isPostgres } from '../dialect.js';

/** A decision without its letter's bytes, with the case facts every view shows. */
export type DecisionListRow = Omit<DecisionRow, 'letter_pdf'> & {
  case_number: string;
  title: string;
  institution_name: string;
  institution_orgnr: string;
  county: string | null;
  application_id: string;
  case_seq: number;
};

const COLUMNS = [
  'd.id',
  'd.call_id',
  'd.case_id',
  'd.active_case_id',
  'd.scenario_id',
  'd.kind',
  'd.outcome',
  'd.track',
  'd.state',
  'd.language',
  'd.applied_nok',
  'd.grant_nok',
  'd.reserve_position',
  'd.reasons',
  'd.version',
  'd.drafted_by',
  'd.drafted_at',
  'd.approved_by',
  'd.approved_at',
  'd.issued_at',
  'd.assumed_received_at',
  'd.appeal_deadline',
  'd.letter_sha256',
  'd.replaces',
  'd.superseded_by',
  'd.updated_at',
  'c.case_number',
  'c.title',
  'c.institution_name',
  'c.institution_orgnr',
  'c.county',
  'c.application_id',
  'c.case_seq',
] as const;

function withNumbers<T extends Omit<DecisionListRow, never>>(row: T): T {
  return {
    ...row,
    applied_nok: Number(row.applied_nok),
    grant_nok: row.grant_nok === null ? null : Number(row.grant_nok),
    version: Number(row.version),
  };
}

function listQuery(db: DbOrTx) {
  return db
    .selectFrom('decision as d')
    .innerJoin('case_file as c', 'c.id', 'd.case_id')
    .select([...COLUMNS]);
}

/** Inserts a drafted decision; false when the case already has one in force (idempotent prepare). */
export async function insertDecision(tx: Tx, row: DecisionRow): Promise<boolean> {
  const result = await tx
    .insertInto('decision')
    .values(row)
    .onConflict((oc) => oc.column('active_case_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findDecision(db: DbOrTx, id: string): Promise<DecisionListRow | undefined> {
  const row = await listQuery(db).where('d.id', '=', id).executeTakeFirst();
  return row ? withNumbers(row) : undefined;
}

/** Locks the decision row until the transaction ends and returns it as it is now. */
export async function lockDecision(tx: Tx, id: string): Promise<DecisionListRow | undefined> {
  if (isPostgres(tx)) {
    await tx.selectFrom('decision').select('id').where('id', '=', id).forUpdate().execute();
  } else {
    await tx.updateTable('decision').set({ id }).where('id', '=', id).execute();
  }
  return findDecision(tx, id);
}

export async function updateDecision(
  tx: Tx,
  id: string,
  patch: Partial<Omit<DecisionRow, 'id' | 'call_id' | 'case_id'>>,
): Promise<void> {
  await tx.updateTable('decision').set(patch).where('id', '=', id).execute();
}

/** Every decision of the call, in case order, replaced ones before what replaced them. */
export async function listDecisions(db: DbOrTx, callId: string): Promise<DecisionListRow[]> {
  const rows = await listQuery(db)
    .where('d.call_id', '=', callId)
    .orderBy('c.case_seq', 'asc')
    .orderBy('d.drafted_at', 'asc')
    .orderBy('d.id', 'asc')
    .execute();
  return rows.map(withNumbers);
}

export async function listDecisionIdsInState(
  db: DbOrTx,
  callId: string,
  state: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('decision as d')
    .innerJoin('case_file as c', 'c.id', 'd.case_id')
    .select('d.id')
    .where('d.call_id', '=', callId)
    .where('d.state', '=', state)
    .orderBy('c.case_seq', 'asc')
    .execute();
  return rows.map((r) => r.id);
}

/** Case ids of the call that have a decision in force. */
export async function listDecidedCaseIds(db: DbOrTx, callId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('decision')
    .select('case_id')
    .where('call_id', '=', callId)
    .where('active_case_id', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.case_id));
}

/** The case's latest issued decision: the one its applicants see. */
export async function findIssuedDecisionOfCase(
  db: DbOrTx,
  caseId: string,
): Promise<DecisionListRow | undefined> {
  const row = await listQuery(db)
    .where('d.case_id', '=', caseId)
    .where('d.issued_at', 'is not', null)
    .orderBy('d.issued_at', 'desc')
    .orderBy('d.drafted_at', 'desc')
    .executeTakeFirst();
  return row ? withNumbers(row) : undefined;
}

export async function readLetterBytes(db: DbOrTx, id: string): Promise<Buffer | null> {
  const row = await db
    .selectFrom('decision')
    .select('letter_pdf')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.letter_pdf ? Buffer.from(row.letter_pdf) : null;
}

/** Σ (new grant − replaced grant) of the call's reconsidered decisions: the pot's change since approval. */
export async function sumReconsideredChange(tx: DbOrTx, callId: string): Promise<number> {
  const row = await tx
    .selectFrom('decision as d')
    .innerJoin('decision as old', 'old.id', 'd.replaces')
    .select(
      sql<number | string | null>`sum(coalesce(d.grant_nok, 0) - coalesce(old.grant_nok, 0))`.as(
        'total',
      ),
    )
    .where('d.call_id', '=', callId)
    .where('d.active_case_id', 'is not', null)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

/** Issued grants of the call (innvilget, delvis innvilget) for the public list, in case order. */
export async function listIssuedGrants(db: DbOrTx, callId: string): Promise<DecisionListRow[]> {
  const rows = await listQuery(db)
    .where('d.call_id', '=', callId)
    .where('d.active_case_id', 'is not', null)
    .where('d.issued_at', 'is not', null)
    .where('d.kind', 'in', ['innvilget', 'delvis_innvilget'])
    .orderBy('c.case_seq', 'asc')
    .execute();
  return rows.map(withNumbers);
}

// ---- History ------------------------------------------------------------------------------------

/** Appends to the decision's history; the caller holds the decision's lock (or just made it). */
export async function appendDecisionEvent(
  tx: Tx,
  row: Omit<DecisionEventRow, 'seq'>,
): Promise<void> {
  const last = await tx
    .selectFrom('decision_event')
    .select(sql<number | string | null>`max(seq)`.as('seq'))
    .where('decision_id', '=', row.decision_id)
    .executeTakeFirst();
  await tx
    .insertInto('decision_event')
    .values({ ...row, seq: Number(last?.seq ?? 0) + 1 })
    .execute();
}

export async function listDecisionEvents(
  db: DbOrTx,
  decisionId: string,
): Promise<(DecisionEventRow & { actor_name: string })[]> {
  return db
    .selectFrom('decision_event as e')
    .innerJoin('app_user as u', 'u.id', 'e.actor_user_id')
    .selectAll('e')
    .select('u.name as actor_name')
    .where('e.decision_id', '=', decisionId)
    .orderBy('e.seq', 'asc')
    .execute();
}

// ---- Who a decision is told to ------------------------------------------------------------------

/** Everyone who acts for the institution and has an e-mail address, once each. */
export async function listInstitutionRecipients(
  db: DbOrTx,
  orgnr: string,
): Promise<{ user_id: string; name: string; email: string }[]> {
  const rows = await db
    .selectFrom('user_role as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['u.id as user_id', 'u.name', 'u.email'])
    .where('r.role', '=', 'applicant')
    .where('r.institution_orgnr', '=', orgnr)
    .where('u.email', 'is not', null)
    .distinct()
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ user_id: r.user_id, name: r.name, email: r.email ?? '' }));
}

/** Everyone with a staff role (e.g. officer) who has an e-mail address, to tell them of work. */
export async function listStaffRecipients(
  db: DbOrTx,
  role: 'officer' | 'leader',
): Promise<{ user_id: string; name: string; email: string }[]> {
  const rows = await db
    .selectFrom('user_role as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['u.id as user_id', 'u.name', 'u.email'])
    .where('r.role', '=', role)
    .where('u.email', 'is not', null)
    .distinct()
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ user_id: r.user_id, name: r.name, email: r.email ?? '' }));
}

/** Case facts a decision needs beyond the allocation's view of it. */
export async function findDecisionCaseFacts(db: DbOrTx, caseId: string) {
  return db
    .selectFrom('case_file as c')
    .leftJoin('institution as i', 'i.orgnr', 'c.institution_orgnr')
    .select([
      'c.id',
      'c.call_id',
      'c.case_number',
      'c.title',
      'c.institution_orgnr',
      'c.institution_name',
      'c.application_id',
      'c.submission_id',
      'c.formal_result',
      'i.administrative_body',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
}

export async function findCaseOfApplication(
  db: DbOrTx,
  applicationId: string,
): Promise<{ id: string; call_id: string } | undefined> {
  return db
    .selectFrom('case_file')
    .select(['id', 'call_id'])
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
}

export async function listUserNames(
  db: DbOrTx,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'name'])
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
