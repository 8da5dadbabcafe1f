/**
 * Applications and their sections. Every save names the version it was based on; a save based on
 * a stale version changes nothing and reports the current row instead (no lost update, ever).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ApplicationRow, ApplicationSectionRow, Database } from '../database.js';
import { compiledOnce } from '../compiled-query.js';
import { isPostgres } from '../dialect.js';
import {
  appendAuditEvent,
  EVENT_BODY_COLUMNS,
  eventBody,
  sealAuditEvents,
  type AuditEventBody,
  type AuditInput,
} from './audit.repository.js';

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
  if (!change.status) {
    await touchApplicationOnly(trx, { at: change.at, userId: change.userId, id });
    return;
  }
  await trx
    .updateTable('application')
    .set({ updated_at: change.at, updated_by: change.userId, status: change.status })
    .where('id', '=', id)
    .execute();
}

const touchApplicationOnly = compiledOnce(
  ['at', 'userId', 'id'],
  (db, v: { at: string; userId: string; id: string }) =>
    db
      .updateTable('application')
      .set({ updated_at: v.at, updated_by: v.userId })
      .where('id', '=', v.id),
);

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

/**
 * The application with every stored section, in one query: what an autosave reads before it
 * saves (its findings need the other sections). Undefined when there is no such application.
 */
const applicationWithSectionRows = compiledOnce(['id'], (db, v: { id: string }) =>
  db
    .selectFrom('application as a')
    .leftJoin('application_section as s', 's.application_id', 'a.id')
    .leftJoin('app_user as u', 'u.id', 's.updated_by')
    // Named, not `a.*`: PostgreSQL refuses to run a kept plan whose columns changed.
    .select([
      'a.id',
      'a.call_id',
      'a.institution_orgnr',
      'a.status',
      'a.created_at',
      'a.created_by',
      'a.updated_at',
      'a.updated_by',
      's.section_id',
      's.content as section_content',
      's.version as section_version',
      's.updated_at as section_updated_at',
      's.updated_by as section_updated_by',
      'u.name as section_updated_by_name',
    ])
    .where('a.id', '=', v.id)
    .orderBy('s.section_id'),
);

export async function findApplicationWithSections(
  db: Db,
  id: string,
): Promise<{ application: ApplicationRow; sections: SectionWithAuthor[] } | undefined> {
  const { rows } = await applicationWithSectionRows(db, { id });
  const first = rows[0];
  if (!first) return undefined;
  // The application's own columns: all but the section's.
  const {
    section_id: _id,
    section_content: _content,
    section_version: _version,
    section_updated_at: _at,
    section_updated_by: _by,
    section_updated_by_name: _name,
    ...application
  } = first;
  const sections: SectionWithAuthor[] = [];
  for (const row of rows) {
    if (
      row.section_id === null ||
      row.section_content === null ||
      row.section_version === null ||
      row.section_updated_at === null ||
      row.section_updated_by === null ||
      row.section_updated_by_name === null
    ) {
      continue; // the application has no sections yet: one row, section columns empty
    }
    sections.push({
      application_id: first.id,
      section_id: row.section_id,
      content: row.section_content,
      version: row.section_version,
      updated_at: row.section_updated_at,
      updated_by: row.section_updated_by,
      updated_by_name: row.section_updated_by_name,
    });
  }
  return { application, sections };
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

/**
 * The section as stored, its row locked on PostgreSQL until the transaction ends, so a merge read
 * from it cannot be overtaken by another save before it is written. SQLite transactions are
 * already serialised.
 */
export async function lockSection(
  trx: Transaction<Database>,
  applicationId: string,
  sectionId: string,
): Promise<SectionWithAuthor | undefined> {
  if (isPostgres(trx)) {
    // Locked alone, then read with its author: PostgreSQL rechecks a locked row that changed
    // meanwhile against the rows it was joined with, and would drop it when the author changed.
    await trx
      .selectFrom('application_section')
      .select('version')
      .where('application_id', '=', applicationId)
      .where('section_id', '=', sectionId)
      .forUpdate()
      .execute();
  }
  return findSection(trx, applicationId, sectionId);
}

export type SaveSectionResult = { saved: true; version: number } | { saved: false };

/** A save of one section, guarded by the version it was based on. */
export interface GuardedSectionSave {
  applicationId: string;
  sectionId: string;
  content: string;
  /** The version the edit was based on: 0 for a section never saved. */
  baseVersion: number;
  userId: string;
  at: string;
}

/** What the guarded save statements are run with: the save and the version it makes. */
type GuardedSaveValues = GuardedSectionSave & { version: number };

const GUARDED_SAVE_VALUES = [
  'applicationId',
  'sectionId',
  'content',
  'baseVersion',
  'userId',
  'at',
  'version',
] as const satisfies readonly (keyof GuardedSaveValues)[];

/**
 * Stores a section's content if, and only if, its stored version is still `baseVersion` (0 for a
 * section never saved). Atomic on both dialects: a guarded UPDATE, or an INSERT that does nothing
 * when a colleague created the row first.
 */
export async function saveSectionIfVersion(
  trx: Db,
  input: GuardedSectionSave,
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
  const result = await updateSectionIfVersion(trx, { ...input, version });
  return Number(result.numAffectedRows) === 1 ? { saved: true, version } : { saved: false };
}

const updateSectionIfVersion = compiledOnce(GUARDED_SAVE_VALUES, (db, v: GuardedSaveValues) =>
  db
    .updateTable('application_section')
    .set({ content: v.content, version: v.version, updated_at: v.at, updated_by: v.userId })
    .where('application_id', '=', v.applicationId)
    .where('section_id', '=', v.sectionId)
    .where('version', '=', v.baseVersion),
);

/** PostgreSQL: the guarded save, the application's last change and the pending audit event. */
const saveSectionWithPendingEvent = compiledOnce(
  [...GUARDED_SAVE_VALUES, ...EVENT_BODY_COLUMNS],
  (_db, v: GuardedSaveValues & AuditEventBody) => sql<{ version: number }>`
    with s as (
      update application_section
      set content = ${v.content}, version = ${v.version}, updated_at = ${v.at},
          updated_by = ${v.userId}
      where application_id = ${v.applicationId} and section_id = ${v.sectionId}
        and version = ${v.baseVersion}
      returning version
    ), a as (
      update application set updated_at = ${v.at}, updated_by = ${v.userId}
      where id = ${v.applicationId} and exists (select 1 from s)
    ), e as (
      insert into audit_event_pending
        (id, occurred_at, actor_user_id, actor_label, action, entity_type, entity_id, detail)
      select ${v.id}, ${v.occurred_at}, ${v.actor_user_id}, ${v.actor_label}, ${v.action},
        ${v.entity_type}, ${v.entity_id}, ${v.detail}
      where exists (select 1 from s)
    )
    select version from s`,
);

/**
 * Replaces a section stored at `baseVersion` (> 0), records the application's last change and
 * appends the audit event, all or nothing; a stale version changes nothing. On PostgreSQL this is
 * one statement (atomic by itself: one round trip instead of five with BEGIN and COMMIT), and the
 * event is chained by a sealing round started here, right after the answer (docs/adr/0008); on
 * SQLite one transaction, the event chained in it.
 */
export async function updateSectionWithAudit(
  db: Kysely<Database>,
  input: GuardedSectionSave,
  audit: AuditInput,
): Promise<SaveSectionResult> {
  const version = input.baseVersion + 1;
  if (!isPostgres(db)) {
    return db.transaction().execute(async (trx) => {
      const saved = await saveSectionIfVersion(trx, input);
      if (!saved.saved) return saved;
      await touchApplication(trx, input.applicationId, { userId: input.userId, at: input.at });
      await appendAuditEvent(trx, audit);
      return saved;
    });
  }
  const result = await saveSectionWithPendingEvent(db, { ...eventBody(audit), ...input, version });
  if (result.rows.length !== 1) return { saved: false };
  // Started, not awaited: the autosave answers without waiting for a sealing round; the event is
  // committed with the change and chained moments later (docs/adr/0008).
  void sealAuditEvents(db);
  return { saved: true, version };
}
