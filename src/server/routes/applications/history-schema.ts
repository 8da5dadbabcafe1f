import { z } from 'zod';
import { sectionParams } from './schema.js';

export const MAX_HISTORY_PAGE = 100;

export const sectionHistoryQuery = z.object({
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Only versions older than this one: the previous page ends with nextBefore'),
  limit: z.coerce.number().int().min(1).max(MAX_HISTORY_PAGE).default(50),
});

export const sectionVersionParams = sectionParams.extend({
  version: z.coerce.number().int().min(1).max(999_999_999),
});

const savedBy = z.object({ name: z.string().describe('Display name of the person who saved') });

const changedField = z.object({
  path: z
    .array(z.string())
    .describe('[field], [list field, item key] or [list field, item key, item field]'),
  change: z.enum(['added', 'removed', 'changed']),
  itemLabel: z
    .object({ field: z.string(), value: z.string() })
    .optional()
    .describe('For a list item: the field that names it (title, name …) and its value'),
});

export const sectionHistorySchema = z.object({
  sectionId: z.string(),
  kind: z.string(),
  editable: z.boolean().describe('False after the deadline: read only'),
  versions: z.array(
    z.object({
      version: z.number().int(),
      savedAt: z.string(),
      savedBy,
      changedFields: z.array(changedField).describe('Against the version before'),
    }),
  ),
  nextBefore: z.number().int().nullable(),
});

export const sectionVersionSchema = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  savedBy,
  content: z.unknown(),
});
