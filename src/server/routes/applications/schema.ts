import { z } from 'zod';

const localized = z.object({ nb: z.string(), nn: z.string(), en: z.string() });

export const findingSchema = z.object({
  ruleId: z.string(),
  requirementId: z.string(),
  severity: z.enum(['error', 'warning']),
  path: z.string().describe('<section id>.<path in the section>, e.g. cluster.companies[1].orgnr'),
  message: localized,
  citation: localized.describe('The sentence of the call the rule comes from'),
});

export const applicationIdParams = z.object({ id: z.uuid() });

export const sectionParams = z.object({
  id: z.uuid(),
  sectionId: z
    .string()
    .max(60)
    .regex(/^[a-z0-9-]+$/),
});

export const submissionParams = z.object({ id: z.uuid(), submissionId: z.uuid() });

export const createApplicationBody = z
  .object({
    callId: z
      .string()
      .max(100)
      .regex(/^[a-z0-9-]+$/),
    institutionOrgnr: z.string().regex(/^\d{9}$/, { error: 'nine digits' }),
  })
  .strict();

export const listApplicationsQuery = z.object({
  callId: z
    .string()
    .max(100)
    .regex(/^[a-z0-9-]+$/)
    .optional(),
});

export const sectionContentBody = z
  .looseObject({})
  .describe("The section's content; its shape depends on the section kind of the call");

const pathSegment = z.union([
  z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/)
    .describe('A field name of the section, e.g. "cooperation"'),
  z.strictObject({ item: z.string().max(200).describe('The key of a list item: its id') }),
]);

/** What an edit changed relative to its base version (ADR 0012): old and new value per field. */
export const sectionPatchBody = z
  .strictObject({
    changes: z
      .array(
        z
          .strictObject({
            path: z.array(pathSegment).min(1).max(8),
            old: z.unknown().optional().describe('The value the edit started from; absent: none'),
            new: z.unknown().optional().describe('The value now; absent: the field is cleared'),
            before: z
              .string()
              .max(200)
              .nullable()
              .optional()
              .describe('For a list item added: the key of the item it comes before (null: last)'),
          })
          .describe('One field: e.g. ["companies", {"item": "c-1"}, "employees"]'),
      )
      .max(5000),
  })
  .describe('The fields changed since the If-Match version, each with its old value as a test');

const submissionSummary = z.object({
  id: z.string(),
  versionNo: z.number().int(),
  receiptNumber: z.string(),
  receivedAt: z.string(),
  sha256: z.string(),
  withdrawnAt: z.string().nullable(),
  current: z.boolean(),
});

export const applicationViewSchema = z.object({
  id: z.string(),
  callId: z.string(),
  institution: z.object({ orgnr: z.string(), name: z.string() }),
  status: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.object({ name: z.string() }),
  deadline: z.string(),
  editable: z.boolean(),
  sections: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      version: z.number().int(),
      content: z.unknown(),
      updatedAt: z.string().nullable(),
      updatedBy: z.object({ name: z.string() }).nullable(),
    }),
  ),
  findings: z.array(findingSchema),
  submissions: z.array(submissionSummary),
});

export const applicationListSchema = z.array(
  z.object({
    id: z.string(),
    callId: z.string(),
    institution: z.object({ orgnr: z.string(), name: z.string() }),
    title: z.string().nullable(),
    status: z.string(),
    updatedAt: z.string(),
    updatedBy: z.object({ name: z.string() }),
  }),
);

export const saveSectionAnswer = z.object({
  sectionId: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  findings: z.array(findingSchema),
});

export const patchSectionAnswer = saveSectionAnswer.extend({
  content: z.unknown().describe('The section as stored: this edit with any save it was merged on'),
  mergedOver: z
    .number()
    .int()
    .nullable()
    .describe('The version the edit was applied on when that was not its If-Match version'),
  mergedWith: z
    .object({ name: z.string(), self: z.boolean(), updatedAt: z.string() })
    .nullable()
    .describe('Who saved that version and when; self: the same person, in another window'),
});

export const receiptSchema = z.object({
  submissionId: z.string(),
  applicationId: z.string(),
  versionNo: z.number().int(),
  receiptNumber: z.string(),
  receivedAt: z.string().describe('ISO 8601 instant the server received the submission'),
  receivedAtOslo: z.string().describe('The same instant in Oslo time with its offset'),
  sha256: z.string().describe('SHA-256 of the stored canonical snapshot'),
});

export const submissionListSchema = z.array(submissionSummary);

export const submissionDetailSchema = submissionSummary.extend({
  snapshot: z.unknown(),
});

/** Optional: what the applicant asks to have screened in the public journal (offentleglova). */
export const submissionBody = z
  .object({ screeningRequest: z.string().max(2000).optional() })
  .nullish();
