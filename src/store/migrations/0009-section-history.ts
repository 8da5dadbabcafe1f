// Frozen in time: never edit after it lands; add a new numbered migration instead.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

/**
 * Every saved version of a section, kept for good (issue 13: nothing is ever unrecoverable).
 * The database writes them itself, by a trigger on `application_section`, in the transaction of
 * the save: no save path, present or future, can store a section without its version.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('application_section_version')
    .addColumn('application_id', 'text', (c) =>
      c.notNull().references('application.id').onDelete('cascade'),
    )
    .addColumn('section_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addPrimaryKeyConstraint('application_section_version_pk', [
      'application_id',
      'section_id',
      'version',
    ])
    .execute();

  // The versions saved before this migration are gone; the current one of each section is kept.
  await sql`
    insert into application_section_version
      (application_id, section_id, version, content, saved_at, saved_by)
    select application_id, section_id, version, content, updated_at, updated_by
    from application_section`.execute(db);

  if (isPostgres(db)) {
    await sql`
      create function keep_section_version() returns trigger language plpgsql as $$
      begin
        insert into application_section_version
          (application_id, section_id, version, content, saved_at, saved_by)
        values (new.application_id, new.section_id, new.version, new.content, new.updated_at,
          new.updated_by);
        return null;
      end $$`.execute(db);
    await sql`
      create trigger application_section_keep_version
      after insert or update of version on application_section
      for each row execute function keep_section_version()`.execute(db);
    return;
  }
  for (const event of ['insert', 'update of version']) {
    const name = event === 'insert' ? 'on_insert' : 'on_update';
    await sql`
      create trigger ${sql.raw(`application_section_keep_version_${name}`)}
      after ${sql.raw(event)} on application_section
      begin
        insert into application_section_version
          (application_id, section_id, version, content, saved_at, saved_by)
        values (new.application_id, new.section_id, new.version, new.content, new.updated_at,
          new.updated_by);
      end`.execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger application_section_keep_version on application_section`.execute(db);
    await sql`drop function keep_section_version()`.execute(db);
  } else {
    await sql`drop trigger application_section_keep_version_on_insert`.execute(db);
    await sql`drop trigger application_section_keep_version_on_update`.execute(db);
  }
  await db.schema.dropTable('application_section_version').execute();
}
