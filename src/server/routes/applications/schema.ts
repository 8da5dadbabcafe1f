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
