/**
 * Everything held about one person, read for their own download (GDPR art. 15, docs/adr/0024).
 * Secrets that only prove a sign-in (session and token hashes, CSRF tokens) are left out.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';

type Db = Kysely<Database>;

/** Most audit events and e-mails in one download; the count says when more exist. */
export const EXPORT_LIMIT = 5000;

export async function readPersonalData(db: Db, userId: string) {
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'subject', 'name', 'email', 'created_at', 'last_login_at'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const roles = await db
    .selectFrom('user_role')
    .select(['role', 'institution_orgnr', 'granted_at'])
    .where('user_id', '=', userId)
    .orderBy('granted_at')
    .execute();
  const affiliations = await db
    .selectFrom('assessor_affiliation')
    .select(['orgnr', 'org_name', 'role', 'created_at'])
    .where('user_id', '=', userId)
    .execute();
  const sessions = await db
    .selectFrom('session')
    .select(['created_at', 'last_seen_at', 'expires_at'])
    .where('user_id', '=', userId)
    .execute();
  const apiTokens = await db
    .selectFrom('api_token')
    .select(['label', 'created_at', 'expires_at'])
    .where('user_id', '=', userId)
    .execute();
  const email = user.email?.toLowerCase() ?? null;
  const invitations = await db
    .selectFrom('invitation')
    .select([
      'id',
      'institution_orgnr',
      'email',
      'invited_by',
      'created_at',
      'expires_at',
      'accepted_by',
      'accepted_at',
      'revoked_at',
    ])
    .where((eb) =>
      eb.or([
        eb('invited_by', '=', userId),
        eb('accepted_by', '=', userId),
        ...(email ? [eb('email', '=', email)] : []),
      ]),
    )
    .orderBy('created_at')
    .execute();
  const edits = await db
    .selectFrom('application_section_version as v')
    .innerJoin('application as a', 'a.id', 'v.application_id')
    .select([
      'v.application_id',
      'a.call_id',
      'a.institution_orgnr',
      'a.status',
      'v.section_id',
      'v.version',
      'v.saved_at',
      'v.content',
    ])
    .where('v.saved_by', '=', userId)
    .orderBy('v.saved_at')
    .limit(EXPORT_LIMIT)
    .execute();
  const submissions = await db
    .selectFrom('submission')
    .select(['application_id', 'call_id', 'receipt_number', 'received_at', 'withdrawn_at'])
    .where((eb) => eb.or([eb('submitted_by', '=', userId), eb('withdrawn_by', '=', userId)]))
    .execute();
  const attachments = await db
    .selectFrom('attachment')
    .select([
      'application_id',
      'kind',
      'file_name',
      'media_type',
      'size_bytes',
      'sha256',
      'uploaded_at',
    ])
    .where('uploaded_by', '=', userId)
    .execute();
  const assessments = await db
    .selectFrom('assessment')
    .select(['case_id', 'status', 'updated_at', 'submitted_at', 'content'])
    .where('assessor_user_id', '=', userId)
    .execute();
  const events = await db
    .selectFrom('audit_event')
    .select(['id', 'occurred_at', 'action', 'entity_type', 'entity_id', 'detail'])
    .where('actor_user_id', '=', userId)
    .orderBy('seq')
    .limit(EXPORT_LIMIT)
    .execute();
  const mail = email
    ? await db
        .selectFrom('outbox_message')
        .select([
          'topic',
          'locale',
          'to_address',
          'subject',
          'text_body',
          'state',
          'created_at',
          'sent_at',
        ])
        .where(sql`lower(to_address)`, '=', email)
        .orderBy('created_at')
        .limit(EXPORT_LIMIT)
        .execute()
    : [];
  return {
    user,
    roles,
    affiliations,
    sessions,
    apiTokens,
    invitations,
    edits,
    submissions,
    attachments,
    assessments,
    events,
    mail,
  };
}

export type PersonalDataRows = Awaited<ReturnType<typeof readPersonalData>>;

/** People for the admin's erasure page: everyone, with roles and whether erased. */
export async function listPeople(db: Db) {
  const users = await db
    .selectFrom('app_user as u')
    .leftJoin('privacy_erasure as e', 'e.user_id', 'u.id')
    .select(['u.id', 'u.name', 'u.email', 'u.created_at', 'u.last_login_at', 'e.erased_at'])
    .orderBy('u.name')
    .limit(EXPORT_LIMIT)
    .execute();
  const roles = await db.selectFrom('user_role').select(['user_id', 'role']).execute();
  return users.map((u) => ({
    ...u,
    roles: [...new Set(roles.filter((r) => r.user_id === u.id).map((r) => r.role))].sort(),
  }));
}
