// Frozen in time: never edit after it lands; add a new numbered migration instead.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  // An applicant invites a colleague of the same institution by e-mail; whoever signs in with that
  // address accepts it and is granted the applicant role for the institution.
  await db.schema
    .createTable('invitation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_orgnr', 'text', (c) => c.notNull().references('institution.orgnr'))
    /** Lower-cased and trimmed. */
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('accepted_at', 'text')
    .addColumn('revoked_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('invitation_email').on('invitation').column('email').execute();
  await db.schema
    .createIndex('invitation_institution')
    .on('invitation')
    .column('institution_orgnr')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('invitation').execute();
}
