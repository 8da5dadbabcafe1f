/**
 * The schema of a call definition (calls/<call-id>/call.json): everything that makes one call
 * differ from another lives in that file, and this schema is the contract the code reads it by.
 */
import { z } from 'zod';
import {
  announcementSchema,
  callDatesSchema,
  contactSchema,
  eligibilitySchema,
  idSchema,
  localeSchema,
  localizedSchema,
  programmeSchema,
} from './call-schema-parts.js';
import { callRulesSchema } from './call-rules-schema.js';
import {
  attachmentKindSchema,
  attachmentQuotaSchema,
  budgetSchema,
  costCategorySchema,
  sectionSchema,
} from './call-form-schema.js';
import {
  criterionSchema,
  holisticJudgementSchema,
  reportingSchema,
  scaleSchema,
} from './call-assessment-schema.js';
import { allocationSchema } from './call-allocation-schema.js';
import { callDecisionSchema, checkDecisionConsistency } from './call-decision-schema.js';
import { checkCallConsistency } from './call-consistency.js';
import { retentionSchema } from './call-retention-schema.js';

export * from './call-schema-parts.js';
export * from './call-rules-schema.js';
export * from './call-form-schema.js';
export * from './call-assessment-schema.js';
export * from './call-allocation-schema.js';
export * from './call-decision-schema.js';
export * from './call-retention-schema.js';

export const callDefinitionObjectSchema = z.strictObject({
  id: idSchema,
  /** Raised whenever a published definition changes, so a snapshot can say which it was read by. */
  version: z.int().positive(),
  programme: programmeSchema,
  scheme: localizedSchema,
  title: localizedSchema,
  summary: localizedSchema,
  announcement: announcementSchema,
  /** The whole pot in NOK. */
  potNok: z.int().positive(),
  dates: callDatesSchema,
  eligibility: eligibilitySchema,
  rules: callRulesSchema,
  costCategories: z.array(costCategorySchema).min(1),
  budget: budgetSchema,
  sections: z.array(sectionSchema).min(1),
  attachmentKinds: z.array(attachmentKindSchema),
  attachmentQuota: attachmentQuotaSchema.optional(),
  criteria: z.array(criterionSchema).min(1),
  criteriaRanked: z.boolean(),
  scale: scaleSchema,
  assessorsPerCase: z.int().positive(),
  /** Two scores on one criterion this far apart or more flag the case as a disagreement. */
  disagreementThreshold: z.int().positive(),
  holisticJudgement: holisticJudgementSchema,
  /** How the pot is allocated among the assessed cases (R27). */
  allocation: allocationSchema,
  reporting: reportingSchema,
  /** Decisions and grant letters: appeal body, acceptance, payment plan, conditions (R28, R29). */
  decision: callDecisionSchema,
  /** Retention of what is not archived: drafts never submitted (docs/adr/0024). */
  retention: retentionSchema,
  contact: contactSchema,
  receiptPrefix: z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, {
    error: (iss) =>
      `expected 2–10 uppercase letters or digits, starting with a letter, got ${JSON.stringify(iss.input)}`,
  }),
  /** Languages an application may be written in. */
  languages: z.array(localeSchema).min(1),
});

export const callDefinitionSchema = callDefinitionObjectSchema
  .superRefine(checkCallConsistency)
  .superRefine(checkDecisionConsistency);

export type CallDefinition = z.output<typeof callDefinitionSchema>;
