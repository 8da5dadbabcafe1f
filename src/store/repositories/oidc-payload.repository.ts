/**
 * The state of sign-in, shared by every process on the database: the built-in identity
 * provider's artefacts (sessions, interactions, codes, grants) and generated secrets; a pending
 * login attempt lives in the browser's sealed cookie instead (routes/auth/login-state.ts), and
 * the login_attempt table is no longer used. Expiry is judged against real time, never the
 * simulated clock.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

export interface OidcPayloadInput {
  kind: string;
  id: string;
  payload: string;
  grantId: string | null;
  userCode: string | null;
  uid: string | null;
  expiresAt: Date | null;
}

export interface StoredOidcPayload {
  payload: string;
  consumedAt: string | null;
}

export async function upsertOidcPayload(
  db: Kysely<Database>,
  input: OidcPayloadInput,
): Promise<void> {
  const values = {
    payload: input.payload,
    grant_id: input.grantId,
    user_code: input.userCode,
    uid: input.uid,
    expires_at: input.expiresAt?.toISOString() ?? null,
    consumed_at: null,
  };
  await db
    .insertInto('oidc_payload')
    .values({ kind: input.kind, id: input.id, ...values })
    .onConflict((oc) => oc.columns(['kind', 'id']).doUpdateSet(values))
    .execute();
}

type Lookup = { id: string } | { uid: string } | { userCode: string };

/** The live (unexpired) payload of one kind found by id, uid or user code. */
export async function findOidcPayload(
  db: Kysely<Database>,
  kind: string,
  lookup: Lookup,
  now: Date,
): Promise<StoredOidcPayload | undefined> {
  let query = db
    .selectFrom('oidc_payload')
    .select(['payload', 'consumed_at', 'expires_at'])
    .where('kind', '=', kind);
  if ('id' in lookup) query = query.where('id', '=', lookup.id);
  else if ('uid' in lookup) query = query.where('uid', '=', lookup.uid);
  else query = query.where('user_code', '=', lookup.userCode);
  const row = await query.executeTakeFirst();
  if (!row || (row.expires_at !== null && row.expires_at <= now.toISOString())) return undefined;
  return { payload: row.payload, consumedAt: row.consumed_at };
}

export async function consumeOidcPayload(
  db: Kysely<Database>,
  kind: string,
  id: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('oidc_payload')
    .set({ consumed_at: now.toISOString() })
    .where('kind', '=', kind)
    .where('id', '=', id)
    .execute();
}

export async function deleteOidcPayload(
  db: Kysely<Database>,
  kind: string,
  id: string,
): Promise<void> {
  await db.deleteFrom('oidc_payload').where('kind', '=', kind).where('id', '=', id).execute();
}

/** Revoking a grant removes every artefact issued under it, whatever its kind. */
export async function deleteOidcPayloadsByGrant(
  db: Kysely<Database>,
  grantId: string,
): Promise<void> {
  await db.deleteFrom('oidc_payload').where('grant_id', '=', grantId).execute();
}

export async function deleteExpiredOidcPayloads(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('oidc_payload').where('expires_at', '<=', now.toISOString()).execute();
}

/**
 * Stores `value` under `key` unless a value is there already, and returns what is stored. Two
 * processes starting at once thus agree on one generated secret instead of overwriting each other.
 */
export async function claimSetting(
  db: Kysely<Database>,
  key: string,
  value: string,
  now: Date,
): Promise<string> {
  await db
    .insertInto('setting')
    .values({ key, value, updated_at: now.toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('setting')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return row.value;
}
