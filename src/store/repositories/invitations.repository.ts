/**
 * Invitations of colleagues by e-mail, and the people an institution has given applicant access.
 * An invitation is open while it is neither accepted nor revoked and `expires_at` is still ahead;
 * timestamps are ISO 8601 UTC text, so "ahead" is a text comparison on both dialects.
 */
import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import type { Database, InvitationRow } from '../database.js';
import { isPostgres } from '../dialect.js';

type DbOrTx = Kysely<Database> | Transaction<Database>;

/** The invitation is open at `at`: neither accepted nor revoked, and not yet expired. */
function isOpenAt(at: Date) {
  return (eb: ExpressionBuilder<Database, 'invitation'>) =>
    eb.and([
      eb('invitation.accepted_at', 'is', null),
      eb('invitation.revoked_at', 'is', null),
      eb('invitation.expires_at', '>', at.toISOString()),
    ]);
}

/**
 * Serializes invitation changes per institution, so two requests cannot both find "no open
 * invitation" and both insert one. SQLite runs one write transaction at a time anyway.
 */
export async function lockInstitutionInvitations(
  tx: Transaction<Database>,
  institutionOrgnr: string,
): Promise<void> {
  if (isPostgres(tx)) {
    await sql`select pg_advisory_xact_lock(hashtext(${`tilskudd.invitation.${institutionOrgnr}`}))`.execute(
      tx,
    );
  }
}

export async function insertInvitation(
  tx: Transaction<Database>,
  row: InvitationRow,
): Promise<void> {
  await tx.insertInto('invitation').values(row).execute();
}

export async function findInvitation(db: DbOrTx, id: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitation').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The open invitation of this address to this institution, if there is one. */
export async function findOpenInvitation(
  db: DbOrTx,
  institutionOrgnr: string,
  email: string,
  now: Date,
): Promise<InvitationRow | undefined> {
  return db
    .selectFrom('invitation')
    .selectAll()
    .where('institution_orgnr', '=', institutionOrgnr)
    .where('email', '=', email)
    .where(isOpenAt(now))
    .executeTakeFirst();
}

export interface OpenInvitationRow {
  id: string;
  email: string;
  created_at: string;
  expires_at: string;
  invited_by_name: string;
}

/** Open invitations of the institution, newest first, with the inviter's name. */
export async function listOpenInvitations(
  db: DbOrTx,
  institutionOrgnr: string,
  now: Date,
): Promise<OpenInvitationRow[]> {
  return db
    .selectFrom('invitation')
    .innerJoin('app_user', 'app_user.id', 'invitation.invited_by')
    .select([
      'invitation.id',
      'invitation.email',
      'invitation.created_at',
      'invitation.expires_at',
      'app_user.name as invited_by_name',
    ])
    .where('invitation.institution_orgnr', '=', institutionOrgnr)
    .where(isOpenAt(now))
    .orderBy('invitation.created_at', 'desc')
    .orderBy('invitation.id')
    .execute();
}

/** Open invitations addressed to this e-mail (already normalized), to any institution. */
export async function listOpenInvitationsForEmail(
  db: DbOrTx,
  email: string,
  now: Date,
): Promise<InvitationRow[]> {
  return db
    .selectFrom('invitation')
    .selectAll()
    .where('email', '=', email)
    .where(isOpenAt(now))
    .orderBy('created_at')
    .execute();
}

/** Marks the invitation revoked if it is still open; answers how many rows changed (0 or 1). */
export async function markInvitationRevoked(
  tx: Transaction<Database>,
  id: string,
  by: { userId: string; at: Date },
): Promise<number> {
  const result = await tx
    .updateTable('invitation')
    .set({ revoked_by: by.userId, revoked_at: by.at.toISOString() })
    .where('id', '=', id)
    .where(isOpenAt(by.at))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Marks the invitation accepted if it is still open; answers how many rows changed (0 or 1). */
export async function markInvitationAccepted(
  tx: Transaction<Database>,
  id: string,
  by: { userId: string; at: Date },
): Promise<number> {
  const result = await tx
    .updateTable('invitation')
    .set({ accepted_by: by.userId, accepted_at: by.at.toISOString() })
    .where('id', '=', id)
    .where(isOpenAt(by.at))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function countOpenInvitations(
  db: DbOrTx,
  institutionOrgnr: string,
  now: Date,
): Promise<number> {
  const row = await db
    .selectFrom('invitation')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('institution_orgnr', '=', institutionOrgnr)
    .where(isOpenAt(now))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface PersonWithAccessRow {
  user_id: string;
  name: string;
  email: string | null;
  granted_at: string;
}

/** Everyone with the applicant role for the institution, by name. */
export async function listPeopleWithAccess(
  db: DbOrTx,
  institutionOrgnr: string,
): Promise<PersonWithAccessRow[]> {
  return db
    .selectFrom('user_role')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .select(['app_user.id as user_id', 'app_user.name', 'app_user.email', 'user_role.granted_at'])
    .where('user_role.role', '=', 'applicant')
    .where('user_role.institution_orgnr', '=', institutionOrgnr)
    .orderBy('app_user.name')
    .orderBy('app_user.id')
    .execute();
}

/** Whether someone whose e-mail (compared lower-cased) is this one already acts for the institution. */
export async function hasApplicantWithEmail(
  db: DbOrTx,
  institutionOrgnr: string,
  email: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('user_role')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .select('user_role.id')
    .where('user_role.role', '=', 'applicant')
    .where('user_role.institution_orgnr', '=', institutionOrgnr)
    .where(sql<string>`lower(trim(${sql.ref('app_user.email')}))`, '=', email)
    .executeTakeFirst();
  return row !== undefined;
}
