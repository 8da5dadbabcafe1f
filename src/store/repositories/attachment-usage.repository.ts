import type { Tx } from '../create-store.js';

/** How many files an application has stored, every version counted, and their bytes. */
export async function readAttachmentUsage(
  tx: Tx,
  applicationId: string,
): Promise<{ files: number; bytes: number }> {
  const row = await tx
    .selectFrom('attachment')
    .select((eb) => [
      eb.fn.countAll<string | number>().as('files'),
      eb.fn.coalesce(eb.fn.sum<string | number>('size_bytes'), eb.lit(0)).as('bytes'),
    ])
    .where('application_id', '=', applicationId)
    .executeTakeFirstOrThrow();
  // PostgreSQL answers count and sum as strings (bigint), SQLite as numbers.
  return { files: Number(row.files), bytes: Number(row.bytes) };
}
