/** How long the call keeps what the archive does not (R32, GDPR, docs/adr/0024). */
import { z } from 'zod';

/** Days after the deadline a draft never submitted is kept, when the call says nothing. */
export const DEFAULT_DRAFT_RETENTION_DAYS = 90;

export const retentionSchema = z
  .strictObject({
    /**
     * Drafts never submitted are deleted from the start of the Oslo day this many days after the
     * deadline's Oslo day. Submitted applications are archive material and never touched.
     */
    draftDays: z.int().min(1).max(3650).default(DEFAULT_DRAFT_RETENTION_DAYS),
  })
  .default({ draftDays: DEFAULT_DRAFT_RETENTION_DAYS });
