/**
 * Applications and their sections. Every save names the version it was based on; a save based on
 * a stale version changes nothing and reports the current row instead (no lost update, ever).
 */
import type { Kysely, Transaction } from 'kysely';
import type { ApplicationRow, ApplicationSectionRow, Database } from '../database.js';
import { isPostgres } from '../dialect.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface SectionWithAuthor extends ApplicationSectionRow {
  updated_by_name: string;
}

export async function insertApplication(trx: Db, row: ApplicationRow): Promise<void> {
  await trx.insertInto('application').values(row).execute();
}

export async function findApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('application').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Reads the application and, on PostgreSQL, locks its row until the transaction ends, so two
 * submissions of one application (from any process) run one after the other. SQLite transactions
 * are already serialised.
 */
export async function lockApplication(
  trx: Transaction<Database>,
  id: string,
): Promise<ApplicationRow | undefined> {
  const query = trx.selectFrom('application').selectAll().where('id', '=', id);
  return (isPostgres(trx) ? query.forUpdate() : query).executeTakeFirst();
}

export async function touchApplication(
  trx: Db,
  id: string,
  change: { userId: string; at: string; status?: string },
): Promise<void> {
  await trx
    .updateTable('application')
    .set({
      updated_at: change.at,
      updated_by: change.userId,
      ...(change.status ? { status: change.status } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export interface ApplicationListItem extends ApplicationRow {
  institution_name: string;
  updated_by_name: string;
  project_content: string | null;
}

/** The applications of these institutions, newest change first. */
export async function listApplicationsOfInstitutions(
  db: Db,
  orgnrs: string[],
  options: { callId?: string; projectSectionId?: string } = {},
): Promise<ApplicationListItem[]> {
  if (orgnrs.length === 0) return [];
  let query = db
    .selectFrom('application as a')
    .innerJoin('institution as i', 'i.orgnr', 'a.institution_orgnr')
    .innerJoin('app_user as u', 'u.id', 'a.updated_by')
    .leftJoin('application_section as p', (join) =>
      join
        .onRef('p.application_id', '=', 'a.id')
        .on('p.section_id', '=', options.projectSectionId ?? 'project'),
    )
    .selectAll('a')
    .select([
      'i.name as institution_name',
      'u.name as updated_by_name',
      'p.content as project_content',
    ])
    .where('a.institution_orgnr', 'in', orgnrs);
  if (options.callId) query = query.where('a.call_id', '=', options.callId);
  return query.orderBy('a.updated_at', 'desc').execute();
}

export async function listSections(db: Db, applicationId: string): Promise<SectionWithAuthor[]> {
  return db
    .selectFrom('application_section as s')
    .innerJoin('app_user as u', 'u.id', 's.updated_by')
    .selectAll('s')
    .select('u.name as updated_by_name')
    .where('s.application_id', '=', applicationId)
    .orderBy('s.section_id')
    .execute();
}

export async function findSection(
  db: Db,
  applicationId: string,
  sectionId: string,
): Promise<SectionWithAuthor | undefined> {
  return db
    .selectFrom('application_section as s')
    .innerJoin('app_user as u', 'u.id', 's.updated_by')
    .selectAll('s')
    .select('u.name as updated_by_name')
    .where('s.application_id', '=', applicationId)
    .where('s.section_id', '=', sectionId)
    .executeTakeFirst();
}

export type SaveSectionResult = { saved: true; version: number } | { saved: false };

/**
 * Stores a section's content if, and only if, its stored version is still `baseVersion` (0 for a
 * section never saved). Atomic on both dialects: a guarded UPDATE, or an INSERT that does nothing
 * when a colleague created the row first.
 */
export async function saveSectionIfVersion(
  trx: Db,
  input: {
    applicationId: string;
    sectionId: string;
    content: string;
    baseVersion: number;
    userId: string;
    at: string;
  },
): Promise<SaveSectionResult> {
  const version = input.baseVersion + 1;
  if (input.baseVersion === 0) {
    const result = await trx
      .insertInto('application_section')
      .values({
        application_id: input.applicationId,
        section_id: input.sectionId,
        content: input.content,
        version,
        updated_at: input.at,
        updated_by: input.userId,
      })
      .onConflict((oc) => oc.columns(['application_id', 'section_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1
      ? { saved: true, version }
      : { saved: false };
  }
  const result = await trx
    .updateTable('application_section')
    .set({ content: input.content, version, updated_at: input.at, updated_by: input.userId })
    .where('application_id', '=', input.applicationId)
    .where('section_id', '=', input.sectionId)
    .where('version', '=', input.baseVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? { saved: true, version } : { saved: false };
}
