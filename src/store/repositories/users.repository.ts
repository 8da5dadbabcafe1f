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

/** Replaces the user's role grants (seeding personas, admin changes). */
export async function setUserRoles(
  db: Kysely<Database>,
  userId: string,
  grants: RoleGrant[],
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('user_role').where('user_id', '=', userId).execute();
    for (const g of grants) {
      await trx
        .insertInto('user_role')
        .values({
          id: randomUUID(),
          user_id: userId,
          role: g.role,
          institution_orgnr: g.institutionOrgnr,
          granted_at: now.toISOString(),
        })
        .execute();
    }
  });
}

export async function loadPrincipal(
  db: Kysely<Database>,
  userId: string,
): Promise<Principal | undefined> {
  const user = await db
    .selectFrom('app_user')
    .selectAll()
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return undefined;
  const grants = await db
    .selectFrom('user_role')
    .select(['role', 'institution_orgnr'])
    .where('user_id', '=', userId)
    .orderBy('role')
    .orderBy('institution_orgnr')
    .execute();
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    roles: grants
      .filter((g) => isRole(g.role))
      .map((g) => ({ role: g.role as RoleGrant['role'], institutionOrgnr: g.institution_orgnr })),
  };
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
