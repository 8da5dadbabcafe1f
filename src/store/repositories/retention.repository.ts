/**
 * Drafts never submitted, found and deleted when their call's retention has run out
 * (docs/adr/0024). A submitted application (any submission row, withdrawn too) is archive
 * material and never matched here.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface UnsubmittedDraft {
  id: string;
  institutionOrgnr: string;
  createdAt: string;
}

export async function listUnsubmittedDrafts(
  db: Db,
  callId: string,
  limit: number,
): Promise<UnsubmittedDraft[]> {
  const rows = await db
    .selectFrom('application as a')
    .select(['a.id', 'a.institution_orgnr', 'a.created_at'])
    .where('a.call_id', '=', callId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('submission as s').select('s.id').whereRef('s.application_id', '=', 'a.id'),
        ),
      ),
    )
    .orderBy('a.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    institutionOrgnr: r.institution_orgnr,
    createdAt: r.created_at,
  }));
}

/** Deletes one draft and all it holds; false when it is gone or was submitted after all. */
export async function deleteUnsubmittedDraft(
  tx: Transaction<Database>,
  applicationId: string,
): Promise<{ sections: number; versions: number; attachments: number } | null> {
  const still = await tx
    .selectFrom('application as a')
    .select('a.id')
    .where('a.id', '=', applicationId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('submission as s').select('s.id').whereRef('s.application_id', '=', 'a.id'),
        ),
      ),
    )
    .executeTakeFirst();
  if (!still) return null;
  const attachments = await tx
    .deleteFrom('attachment')
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
  const versions = await tx
    .deleteFrom('application_section_version')
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
  const sections = await tx
    .deleteFrom('application_section')
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
  await tx.deleteFrom('application').where('id', '=', applicationId).execute();
  return {
    sections: Number(sections.numDeletedRows),
    versions: Number(versions.numDeletedRows),
    attachments: Number(attachments.numDeletedRows),
  };
}

/** True when a job of this kind waits or runs, so a schedule does not queue a second one. */
export async function hasOpenJob(db: Db, kind: string): Promise<boolean> {
  const row = await db
    .selectFrom('job')
    .select('id')
    .where('kind', '=', kind)
    .where('state', '=', 'queued')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
