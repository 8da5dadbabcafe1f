import { z } from 'zod';

const day = z.string().max(10).optional();

export const callJournalParams = z.object({ callId: z.string().min(1).max(200) });
export const journalEntryParams = z.object({ id: z.uuid() });

export const journalQuery = z.object({
  from: day,
  to: day,
  type: z.enum(['I', 'U', 'X', 'N']).optional(),
});

export const publicJournalQuery = z.object({ from: day, to: day });

export const screeningBody = z.object({
  words: z.array(z.string().min(1).max(200)).max(50),
  documentScreened: z.boolean(),
  basis: z.string().max(100).nullable(),
  version: z.number().int().min(1),
});
