/**
 * What the application form asks for: its sections in order, the attachments it accepts, and the
 * budget's cost categories, phases and financing sources.
 */
import { z } from 'zod';
import {
  fieldNameSchema,
  idSchema,
  localizedSchema,
  requirementIdSchema,
} from './call-schema-parts.js';

/** Each kind is a part of the form with its own code; a call picks the kinds it needs. */
export const SECTION_KINDS = [
  'project',
  'cluster',
  'anchoring',
  'case',
  'offerings',
  'participants',
  'progress-plan',
  'budget',
  'attachments',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const sectionSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(SECTION_KINDS),
  title: localizedSchema,
  help: localizedSchema,
  /** Sections that must be filled in first (participants need companies and offerings). */
  dependsOn: z.array(idSchema).optional(),
  /** Requirements the section gathers the answers for, shown beside it in the task list. */
  requirementIds: z.array(requirementIdSchema).optional(),
  /** Most characters allowed per text field of the section, by field name. */
  limits: z.record(fieldNameSchema, z.int().positive().max(100_000)).optional(),
  /** Most items allowed per list of the section (companies, budget lines …), by list name. */
  maxItems: z.record(fieldNameSchema, z.int().positive().max(10_000)).optional(),
});
export type Section = z.output<typeof sectionSchema>;

/** The types the upload sniffer recognises by content. */
export const ATTACHMENT_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

export const attachmentKindSchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
  required: z.boolean(),
  allowedTypes: z.array(z.enum(ATTACHMENT_MEDIA_TYPES)).min(1),
  maxBytes: z.int().positive(),
});
export type AttachmentKind = z.output<typeof attachmentKindSchema>;

/**
 * What one application may store in files, every version counted (a replaced file stays in the
 * history): a bound on the storage and inspection one draft can take.
 */
export const attachmentQuotaSchema = z.strictObject({
  maxFiles: z.int().positive(),
  maxTotalBytes: z.int().positive(),
});
export type AttachmentQuota = z.output<typeof attachmentQuotaSchema>;

/** For a call that names no quota. */
export const DEFAULT_ATTACHMENT_QUOTA: AttachmentQuota = {
  maxFiles: 50,
  maxTotalBytes: 200 * 1024 * 1024,
};

export const COST_STATUSES = ['allowed', 'forbidden', 'conditional'] as const;
export type CostStatus = (typeof COST_STATUSES)[number];

export const costCategorySchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
  status: z.enum(COST_STATUSES),
  /** The applicant must explain a cost in this category before the budget is accepted. */
  requiresJustification: z.boolean(),
  /** When a conditional cost is allowed, in words an applicant understands. */
  condition: localizedSchema.optional(),
  requirementId: requirementIdSchema.optional(),
  citation: localizedSchema.optional(),
});
export type CostCategory = z.output<typeof costCategorySchema>;

export const budgetPhaseSchema = z.strictObject({ id: idSchema, label: localizedSchema });
export type BudgetPhase = z.output<typeof budgetPhaseSchema>;

/** The code needs to know which line is the grant (R22) and which the egeninnsats (R20). */
export const FINANCING_KINDS = ['grant', 'own-contribution', 'other'] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];

export const financingSourceSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(FINANCING_KINDS),
  label: localizedSchema,
});
export type FinancingSource = z.output<typeof financingSourceSchema>;

export const budgetSchema = z.strictObject({
  requirementId: requirementIdSchema,
  citation: localizedSchema,
  /** Costs are given per phase, e.g. development/adaptation apart from delivery (R19). */
  phases: z.array(budgetPhaseSchema).min(1),
  financingSources: z.array(financingSourceSchema).min(1),
});
export type BudgetDefinition = z.output<typeof budgetSchema>;
