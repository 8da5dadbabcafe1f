/**
 * The saved versions of a section (written by the database on every save, migration 0009), with
 * the display name of who saved each.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface SectionVersionRow {
  version: number;
  content: string;
  saved_at: string;
  saved_by_name: string;
}

function versionsOf(db: Db, applicationId: string, sectionId: string) {
  return db
    .selectFrom('application_section_version as v')
    .innerJoin('app_user as u', 'u.id', 'v.saved_by')
    .select(['v.version', 'v.content', 'v.saved_at', 'u.name as saved_by_name'])
    .where('v.application_id', '=', applicationId)
    .where('v.section_id', '=', sectionId);
}

/** Versions below `before` (all when absent), newest first, at most `limit`. */
export async function listSectionVersions(
  db: Db,
  applicationId: string,
  sectionId: string,
  options: { before?: number; limit: number },
): Promise<SectionVersionRow[]> {
  let query = versionsOf(db, applicationId, sectionId);
  if (options.before !== undefined) query = query.where('v.version', '<', options.before);
  return query.orderBy('v.version', 'desc').limit(options.limit).execute();
}

export async function findSectionVersion(
  db: Db,
  applicationId: string,
  sectionId: string,
  version: number,
): Promise<SectionVersionRow | undefined> {
  return versionsOf(db, applicationId, sectionId)
    .where('v.version', '=', version)
    .executeTakeFirst();
}
