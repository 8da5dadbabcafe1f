import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { isRole, type Principal, type RoleGrant } from '../../domain/access/roles.js';
import type { AppUserRow, Database } from '../database.js';

export interface UserProfile {
  /** Issuer-qualified subject, e.g. "https://idp.example|12345678901". */
  subject: string;
  name: string;
  email: string | null;
}

/** Finds the user by subject or creates them; keeps name and e-mail current. */
export async function upsertUserBySubject(
  db: Kysely<Database>,
  profile: UserProfile,
  now: Date,
): Promise<AppUserRow> {
  const existing = await db
    .selectFrom('app_user')
    .selectAll()
    .where('subject', '=', profile.subject)
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable('app_user')
      .set({ name: profile.name, email: profile.email, last_login_at: now.toISOString() })
      .where('id', '=', existing.id)
      .execute();
    return {
      ...existing,
      name: profile.name,
      email: profile.email,
      last_login_at: now.toISOString(),
    };
  }
  const row: AppUserRow = {
    id: randomUUID(),
    subject: profile.subject,
    name: profile.name,
    email: profile.email,
    created_at: now.toISOString(),
    last_login_at: now.toISOString(),
  };
  await db.insertInto('app_user').values(row).execute();
  return row;
}

export async function findUserBySubject(
  db: Kysely<Database>,
  subject: string,
): Promise<AppUserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('subject', '=', subject).executeTakeFirst();
}

/**
 * Makes the user's grants those listed (seeding personas): a listed grant already held keeps its
 * `granted_at`, a missing one is added, and an unlisted one is removed unless an accepted
 * invitation gave it, so a colleague let in by invitation keeps access across restarts.
 */
export async function setUserRoles(
  db: Kysely<Database>,
  userId: string,
  grants: RoleGrant[],
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const held = await trx
      .selectFrom('user_role')
      .select(['id', 'role', 'institution_orgnr'])
      .where('user_id', '=', userId)
      .execute();
    const same = (a: { role: string; institution_orgnr: string | null }, g: RoleGrant) =>
      a.role === g.role && a.institution_orgnr === g.institutionOrgnr;
    const invited = await trx
      .selectFrom('invitation')
      .select('institution_orgnr')
      .where('accepted_by', '=', userId)
      .execute();
    const invitedTo = new Set(invited.map((i) => i.institution_orgnr));
    for (const h of held) {
      const listed = grants.some((g) => same(h, g));
      const byInvitation =
        h.role === 'applicant' &&
        h.institution_orgnr !== null &&
        invitedTo.has(h.institution_orgnr);
      if (!listed && !byInvitation) {
        await trx.deleteFrom('user_role').where('id', '=', h.id).execute();
      }
    }
    for (const g of grants) {
      if (held.some((h) => same(h, g))) continue;
      await grantRole(trx, userId, g, now);
    }
  });
}

/** Adds the grant unless the user holds it already; answers whether it was added. */
export async function grantRole(
  tx: Transaction<Database>,
  userId: string,
  grant: RoleGrant,
  now: Date,
): Promise<boolean> {
  let existing = tx
    .selectFrom('user_role')
    .select('id')
    .where('user_id', '=', userId)
    .where('role', '=', grant.role);
  existing =
    grant.institutionOrgnr === null
      ? existing.where('institution_orgnr', 'is', null)
      : existing.where('institution_orgnr', '=', grant.institutionOrgnr);
  if (await existing.executeTakeFirst()) return false;
  await tx
    .insertInto('user_role')
    .values({
      id: randomUUID(),
      user_id: userId,
      role: grant.role,
      institution_orgnr: grant.institutionOrgnr,
      granted_at: now.toISOString(),
    })
    .execute();
  return true;
}

/** A user and one of their grants per row (a user without grants: one row, grant columns null). */
export interface PrincipalRow {
  user_id: string;
  user_name: string;
  user_email: string | null;
  grant_role: string | null;
  grant_orgnr: string | null;
}

/** The columns of {@link PrincipalRow}, from `app_user as u` left-joined with `user_role as r`. */
export const principalColumns = [
  'u.id as user_id',
  'u.name as user_name',
  'u.email as user_email',
  'r.role as grant_role',
  'r.institution_orgnr as grant_orgnr',
] as const;

export function principalFromRows(rows: readonly PrincipalRow[]): Principal | undefined {
  const first = rows[0];
  if (!first) return undefined;
  const roles: RoleGrant[] = [];
  for (const row of rows) {
    if (row.grant_role !== null && isRole(row.grant_role)) {
      roles.push({ role: row.grant_role, institutionOrgnr: row.grant_orgnr });
    }
  }
  return { userId: first.user_id, name: first.user_name, email: first.user_email, roles };
}

/** The user with their roles, in one query (it runs on every request). */
export async function loadPrincipal(
  db: Kysely<Database>,
  userId: string,
): Promise<Principal | undefined> {
  const rows = await db
    .selectFrom('app_user as u')
    .leftJoin('user_role as r', 'r.user_id', 'u.id')
    .select(principalColumns)
    .where('u.id', '=', userId)
    .orderBy('r.role')
    .orderBy('r.institution_orgnr')
    .execute();
  return principalFromRows(rows);
}

export async function findUserName(
  db: Kysely<Database> | Transaction<Database>,
  userId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('app_user')
    .select('name')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.name;
}
