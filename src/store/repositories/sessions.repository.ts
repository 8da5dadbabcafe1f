/**
 * Sessions and API tokens live in the database, so every process of a deployment shares them.
 * Only SHA-256 hashes of session ids and tokens are stored: a copy of the database signs nobody in.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Principal } from '../../domain/access/roles.js';
import { compiledOnce } from '../compiled-query.js';
import type { Database, SessionRow } from '../database.js';
import { principalColumns, principalFromRows } from './users.repository.js';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export interface SessionTimeouts {
  idleMinutes: number;
  maxHours: number;
}

export interface NewSession {
  /** The secret for the cookie; never stored. */
  sessionId: string;
  row: SessionRow;
}

export async function createSession(
  db: Kysely<Database>,
  input: { userId: string; idToken: string | null },
  now: Date,
  timeouts: SessionTimeouts,
): Promise<NewSession> {
  const sessionId = newSecret();
  const row: SessionRow = {
    id_hash: hashSecret(sessionId),
    user_id: input.userId,
    csrf_token: newSecret(),
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + timeouts.idleMinutes * 60_000).toISOString(),
    absolute_expires_at: new Date(now.getTime() + timeouts.maxHours * 3_600_000).toISOString(),
    id_token: input.idToken,
  };
  await db.insertInto('session').values(row).execute();
  return { sessionId, row };
}

/**
 * The live session for a cookie value with its user and roles, in one query (it runs on every
 * request); undefined when unknown or expired.
 */
const liveSessionRows = compiledOnce(['idHash'], (db, v: { idHash: string }) =>
  db
    .selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .leftJoin('user_role as r', 'r.user_id', 'u.id')
    // Named, not `s.*`: PostgreSQL refuses to run a kept plan whose columns changed.
    .select([
      's.id_hash',
      's.user_id',
      's.csrf_token',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      's.absolute_expires_at',
      's.id_token',
    ])
    .select(principalColumns)
    .where('s.id_hash', '=', v.idHash)
    .orderBy('r.role')
    .orderBy('r.institution_orgnr'),
);

export async function findLiveSession(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<{ session: SessionRow; principal: Principal } | undefined> {
  const { rows } = await liveSessionRows(db, { idHash: hashSecret(sessionId) });
  const first = rows[0];
  const principal = principalFromRows(rows);
  if (!first || !principal) return undefined;
  const t = now.toISOString();
  if (first.expires_at <= t || first.absolute_expires_at <= t) return undefined;
  // The session's own columns: all but the user's and the grant's.
  const {
    user_name: _name,
    user_email: _email,
    grant_role: _role,
    grant_orgnr: _orgnr,
    ...session
  } = first;
  return { session, principal };
}

/** Slides the idle timeout forward, never past the absolute limit. */
export async function touchSession(
  db: Kysely<Database>,
  row: SessionRow,
  now: Date,
  timeouts: SessionTimeouts,
): Promise<SessionRow> {
  const idle = new Date(now.getTime() + timeouts.idleMinutes * 60_000).toISOString();
  const expires = idle < row.absolute_expires_at ? idle : row.absolute_expires_at;
  await db
    .updateTable('session')
    .set({ last_seen_at: now.toISOString(), expires_at: expires })
    .where('id_hash', '=', row.id_hash)
    .execute();
  return { ...row, last_seen_at: now.toISOString(), expires_at: expires };
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('session').where('id_hash', '=', idHash).execute();
}

export async function createApiToken(
  db: Kysely<Database>,
  input: { userId: string; label: string; ttlMinutes: number },
  now: Date,
): Promise<{ token: string; expiresAt: string }> {
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + input.ttlMinutes * 60_000).toISOString();
  await db
    .insertInto('api_token')
    .values({
      token_hash: hashSecret(token),
      user_id: input.userId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      label: input.label,
    })
    .execute();
  return { token, expiresAt };
}

/** The user id of a live API token, or undefined. */
/** The user an unexpired API token belongs to, with their roles, in one query. */
const tokenPrincipalRows = compiledOnce(['tokenHash'], (db, v: { tokenHash: string }) =>
  db
    .selectFrom('api_token as t')
    .innerJoin('app_user as u', 'u.id', 't.user_id')
    .leftJoin('user_role as r', 'r.user_id', 'u.id')
    .select([...principalColumns, 't.expires_at'])
    .where('t.token_hash', '=', v.tokenHash)
    .orderBy('r.role')
    .orderBy('r.institution_orgnr'),
);

export async function findTokenPrincipal(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<Principal | undefined> {
  const { rows } = await tokenPrincipalRows(db, { tokenHash: hashSecret(token) });
  if (!rows[0] || rows[0].expires_at <= now.toISOString()) return undefined;
  return principalFromRows(rows);
}

export interface EndedSignIns {
  users: number;
  sessions: number;
  tokens: number;
}

/**
 * Ends every session and API token of the users whose subject starts with `subjectPrefix` (the
 * built-in provider's users, on a production start over a database the demo used), in one
 * transaction. Counts the users too, so the caller can say what it did.
 */
export async function endSignInsOfSubjectPrefix(
  db: Kysely<Database>,
  subjectPrefix: string,
): Promise<EndedSignIns> {
  if (/[%_\\]/.test(subjectPrefix)) throw new Error('a subject prefix without LIKE wildcards');
  const pattern = `${subjectPrefix}%`;
  return db.transaction().execute(async (trx) => {
    const users = await trx
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('subject', 'like', pattern)
      .executeTakeFirstOrThrow();
    const ofThoseUsers = trx.selectFrom('app_user').select('id').where('subject', 'like', pattern);
    const sessions = await trx
      .deleteFrom('session')
      .where('user_id', 'in', ofThoseUsers)
      .executeTakeFirst();
    const tokens = await trx
      .deleteFrom('api_token')
      .where('user_id', 'in', ofThoseUsers)
      .executeTakeFirst();
    return {
      users: Number(users.n),
      sessions: Number(sessions.numDeletedRows),
      tokens: Number(tokens.numDeletedRows),
    };
  });
}
