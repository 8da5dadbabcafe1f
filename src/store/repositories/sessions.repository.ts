/**
 * Sessions and API tokens live in the database, so every process of a deployment shares them.
 * Only SHA-256 hashes of session ids and tokens are stored: a copy of the database signs nobody in.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, SessionRow } from '../database.js';

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

/** The live session for a cookie value, or undefined when unknown or expired. */
export async function findLiveSession(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<SessionRow | undefined> {
  const row = await db
    .selectFrom('session')
    .selectAll()
    .where('id_hash', '=', hashSecret(sessionId))
    .executeTakeFirst();
  if (!row) return undefined;
  const t = now.toISOString();
  if (row.expires_at <= t || row.absolute_expires_at <= t) return undefined;
  return row;
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
export async function findTokenUser(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('api_token')
    .select(['user_id', 'expires_at'])
    .where('token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return undefined;
  return row.user_id;
}
