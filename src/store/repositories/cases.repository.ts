/**
 * Cases: intake, the case list and the formal check. The case list is filtered, sorted and paged
 * in the database, so it stays fast with thousands of cases. What people record on a case
 * (assignments, assessments, consensus) is in assessments.repository.ts.
 */
import { sql, type SelectQueryBuilder } from 'kysely';
import { normalizeSearch } from '../../domain/cases/case-facts.js';
import type { DbOrTx, Tx } from '../create-store.js';
import type { CaseFileRow, CaseFindingRow, Database, SubmissionRow } from '../database.js';

// ---- Intake -------------------------------------------------------------------------------------

export async function findIntake(
  db: DbOrTx,
  callId: string,
): Promise<Database['case_intake'] | undefined> {
  return db.selectFrom('case_intake').selectAll().where('call_id', '=', callId).executeTakeFirst();
}

/**
 * Claims the call's intake: inserts its row, or answers false when another process already did.
 * Runs first in the intake transaction, so the claim and the cases commit together.
 */
export async function claimIntake(tx: Tx, row: Database['case_intake']): Promise<boolean> {
  const inserted = await tx
    .insertInto('case_intake')
    .values(row)
    .onConflict((oc) => oc.column('call_id').doNothing())
    .returning('call_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function setIntakeCounts(
  tx: Tx,
  callId: string,
  counts: { cases: number; notSubmitted: number },
): Promise<void> {
  await tx
    .updateTable('case_intake')
    .set({ cases: counts.cases, not_submitted: counts.notSubmitted })
    .where('call_id', '=', callId)
    .execute();
  await tx
    .insertInto('case_counter')
    .values({ call_id: callId, last_seq: counts.cases })
    .onConflict((oc) => oc.column('call_id').doUpdateSet({ last_seq: counts.cases }))
    .execute();
}

/** Demo only: forgets that the call's intake closed (its cases stay). */
export async function deleteIntake(db: DbOrTx, callId: string): Promise<void> {
  await db.deleteFrom('case_intake').where('call_id', '=', callId).execute();
}

export async function applicationsWithCases(db: DbOrTx, callId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('case_file')
    .select('application_id')
    .where('call_id', '=', callId)
    .execute();
  return new Set(rows.map((r) => r.application_id));
}

export async function lastCaseSeq(db: DbOrTx, callId: string): Promise<number> {
  const row = await db
    .selectFrom('case_counter')
    .select('last_seq')
    .where('call_id', '=', callId)
    .executeTakeFirst();
  return row?.last_seq ?? 0;
}

export interface IntakeCandidate {
  applicationId: string;
  institutionOrgnr: string;
  status: string;
  updatedAt: string;
  /** The last submitted, not withdrawn version; null when there is none. */
  submission: SubmissionRow | null;
}

/** Every application of the call with its last submitted version, in order of receipt. */
export async function listIntakeCandidates(db: DbOrTx, callId: string): Promise<IntakeCandidate[]> {
  const applications = await db
    .selectFrom('application')
    .select(['id', 'institution_orgnr', 'status', 'updated_at'])
    .where('call_id', '=', callId)
    .execute();
  const submissions = await db
    .selectFrom('submission')
    .selectAll()
    .where('call_id', '=', callId)
    .where('withdrawn_at', 'is', null)
    .execute();
  const lastOf = new Map<string, SubmissionRow>();
  for (const s of submissions) {
    const seen = lastOf.get(s.application_id);
    if (!seen || s.version_no > seen.version_no) lastOf.set(s.application_id, s);
  }
  return applications
    .map((a) => ({
      applicationId: a.id,
      institutionOrgnr: a.institution_orgnr,
      status: a.status,
      updatedAt: a.updated_at,
      submission: lastOf.get(a.id) ?? null,
    }))
    .sort(
      (a, b) =>
        (a.submission?.receipt_seq ?? Number.MAX_SAFE_INTEGER) -
        (b.submission?.receipt_seq ?? Number.MAX_SAFE_INTEGER),
    );
}

export interface NotSubmittedRow {
  application_id: string;
  institution_orgnr: string;
  institution_name: string;
  status: string;
  updated_at: string;
  project_content: string | null;
}

/** Applications of the call that did not become a case: drafts never submitted, or withdrawn. */
export async function listNotSubmitted(db: DbOrTx, callId: string): Promise<NotSubmittedRow[]> {
  return db
    .selectFrom('application')
    .innerJoin('institution', 'institution.orgnr', 'application.institution_orgnr')
    .leftJoin('application_section as project', (join) =>
      join
        .onRef('project.application_id', '=', 'application.id')
        .on('project.section_id', '=', 'project'),
    )
    .select([
      'application.id as application_id',
      'application.institution_orgnr',
      'institution.name as institution_name',
      'application.status',
      'application.updated_at',
      'project.content as project_content',
    ])
    .where('application.call_id', '=', callId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('case_file')
            .select('case_file.id')
            .whereRef('case_file.application_id', '=', 'application.id'),
        ),
      ),
    )
    .orderBy('institution.name')
    .orderBy('application.updated_at', 'desc')
    .execute();
}

/**
 * Refreshes the planner's statistics of the case table. Without them SQLite guesses, and may walk
 * the index of a filter that matches most cases instead of the one that matches few.
 */
export async function analyzeCases(db: DbOrTx): Promise<void> {
  await sql`analyze case_file`.execute(db);
}

export async function insertCase(tx: Tx, row: CaseFileRow): Promise<void> {
  await tx.insertInto('case_file').values(row).execute();
}

// ---- The case list ------------------------------------------------------------------------------

export interface CaseListFilter {
  statuses?: string[] | undefined;
  institution?: string | undefined;
  county?: string | undefined;
  minGrant?: number | undefined;
  maxGrant?: number | undefined;
  minCompanies?: number | undefined;
  maxCompanies?: number | undefined;
  minParticipants?: number | undefined;
  maxParticipants?: number | undefined;
  hasFindings?: boolean | undefined;
  disagreement?: boolean | undefined;
  q?: string | undefined;
}

export const caseSortColumns = {
  caseNumber: 'case_seq',
  institution: 'institution_name',
  county: 'county',
  grantApplied: 'grant_applied',
  companies: 'companies',
  participants: 'participants',
  findings: 'findings',
  status: 'status',
  meanScore: 'mean_score',
} as const satisfies Record<string, keyof CaseFileRow>;

export type CaseSortKey = keyof typeof caseSortColumns;

export interface CaseListQuery extends CaseListFilter {
  sort: CaseSortKey;
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** A case row with the counts the list shows beside it. */
export interface CaseListRow extends CaseFileRow {
  assessors_active: number;
  assessments_submitted: number;
  consensus_recorded: number;
}

type CaseQuery = SelectQueryBuilder<Database, 'case_file', object>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function applyFilter(query: CaseQuery, callId: string, f: CaseListFilter): CaseQuery {
  let q = query.where('case_file.call_id', '=', callId);
  if (f.statuses && f.statuses.length > 0) q = q.where('case_file.status', 'in', f.statuses);
  if (f.institution) q = q.where('case_file.institution_orgnr', '=', f.institution);
  if (f.county) q = q.where('case_file.county', '=', f.county);
  if (f.minGrant !== undefined) q = q.where('case_file.grant_applied', '>=', f.minGrant);
  if (f.maxGrant !== undefined) q = q.where('case_file.grant_applied', '<=', f.maxGrant);
  if (f.minCompanies !== undefined) q = q.where('case_file.companies', '>=', f.minCompanies);
  if (f.maxCompanies !== undefined) q = q.where('case_file.companies', '<=', f.maxCompanies);
  if (f.minParticipants !== undefined) {
    q = q.where('case_file.participants', '>=', f.minParticipants);
  }
  if (f.maxParticipants !== undefined) {
    q = q.where('case_file.participants', '<=', f.maxParticipants);
  }
  if (f.hasFindings !== undefined) {
    q = q.where('case_file.findings', f.hasFindings ? '>' : '=', 0);
  }
  if (f.disagreement !== undefined) {
    q = q.where('case_file.disagreement', '=', f.disagreement ? 1 : 0);
  }
  const text = f.q === undefined ? '' : normalizeSearch(f.q);
  if (text) {
    const pattern = `%${escapeLike(text)}%`;
    q = q.where(sql<boolean>`${sql.ref('case_file.search_text')} like ${pattern} escape '\\'`);
  }
  return q;
}

export async function listCases(
  db: DbOrTx,
  callId: string,
  query: CaseListQuery,
): Promise<{ total: number; rows: CaseListRow[] }> {
  const base = applyFilter(db.selectFrom('case_file'), callId, query);
  const counted = await base
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const column = caseSortColumns[query.sort];
  // The page first, then its counts: counting beside every filtered row before the sort would
  // cost three lookups per matching case, not per shown one.
  const rows = await base
    .selectAll('case_file')
    // Nulls last either way, then the case number, so paging is stable.
    .orderBy(sql`${sql.ref(`case_file.${column}`)} is null`)
    .orderBy(`case_file.${column}`, query.dir)
    .orderBy('case_file.case_seq', 'asc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return { total: Number(counted.n), rows: [] };
  const [active, submitted, consensus] = await Promise.all([
    db
      .selectFrom('case_assignment')
      .select(['case_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('case_id', 'in', ids)
      .where('status', 'in', ['awaiting_declaration', 'active'])
      .groupBy('case_id')
      .execute(),
    db
      .selectFrom('assessment')
      .select(['case_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('case_id', 'in', ids)
      .where('status', '=', 'submitted')
      .groupBy('case_id')
      .execute(),
    db.selectFrom('case_consensus').select('case_id').where('case_id', 'in', ids).execute(),
  ]);
  const countOf = (list: { case_id: string; n: number }[]) =>
    new Map(list.map((r) => [r.case_id, Number(r.n)]));
  const activeOf = countOf(active);
  const submittedOf = countOf(submitted);
  const agreed = new Set(consensus.map((c) => c.case_id));
  return {
    total: Number(counted.n),
    rows: rows.map((r) => ({
      ...r,
      assessors_active: activeOf.get(r.id) ?? 0,
      assessments_submitted: submittedOf.get(r.id) ?? 0,
      consensus_recorded: agreed.has(r.id) ? 1 : 0,
    })),
  };
}

export async function caseStatusCounts(
  db: DbOrTx,
  callId: string,
): Promise<{ status: string; count: number }[]> {
  const rows = await db
    .selectFrom('case_file')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('call_id', '=', callId)
    .groupBy('status')
    .orderBy('status')
    .execute();
  return rows.map((s) => ({ status: s.status, count: Number(s.n) }));
}

/** Counties and institutions of the call's cases: fixed at intake, so callers may keep them. */
export async function caseFilterValues(
  db: DbOrTx,
  callId: string,
): Promise<{ counties: string[]; institutions: { orgnr: string; name: string }[] }> {
  const [counties, institutions] = await Promise.all([
    db
      .selectFrom('case_file')
      .select('county')
      .distinct()
      .where('call_id', '=', callId)
      .where('county', 'is not', null)
      .orderBy('county')
      .execute(),
    db
      .selectFrom('case_file')
      .select(['institution_orgnr', 'institution_name'])
      .distinct()
      .where('call_id', '=', callId)
      .orderBy('institution_name')
      .execute(),
  ]);
  return {
    counties: counties.flatMap((c) => (c.county === null ? [] : [c.county])),
    institutions: institutions.map((i) => ({
      orgnr: i.institution_orgnr,
      name: i.institution_name,
    })),
  };
}

export async function findCase(db: DbOrTx, id: string): Promise<CaseFileRow | undefined> {
  return db.selectFrom('case_file').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the case row for the rest of the transaction (PostgreSQL); SQLite has one writer. */
export async function lockCase(tx: Tx, id: string): Promise<CaseFileRow | undefined> {
  return tx
    .updateTable('case_file')
    .set({ id })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function updateCaseSummary(
  tx: Tx,
  id: string,
  summary: Pick<
    CaseFileRow,
    'status' | 'formal_result' | 'disagreement' | 'mean_score' | 'updated_at'
  >,
): Promise<void> {
  await tx.updateTable('case_file').set(summary).where('id', '=', id).execute();
}

// ---- Formal check -------------------------------------------------------------------------------

export async function insertCaseFindings(tx: Tx, rows: CaseFindingRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await tx
      .insertInto('case_finding')
      .values(rows.slice(i, i + 100))
      .execute();
  }
}

export async function listCaseFindings(db: DbOrTx, caseId: string): Promise<CaseFindingRow[]> {
  return db
    .selectFrom('case_finding')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('finding_key')
    .execute();
}

export async function decideCaseFinding(
  tx: Tx,
  caseId: string,
  key: string,
  decision: Pick<CaseFindingRow, 'decision' | 'reason' | 'decided_by' | 'decided_at'>,
): Promise<boolean> {
  const result = await tx
    .updateTable('case_finding')
    .set(decision)
    .where('case_id', '=', caseId)
    .where('finding_key', '=', key)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
