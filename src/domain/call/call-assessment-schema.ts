/**
 * How applications are judged (criteria, scale, assessors) and what a grantee reports afterwards.
 */
import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  localizedSchema,
  requirementIdSchema,
} from './call-schema-parts.js';

export const criterionSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  description: localizedSchema,
});
export type Criterion = z.output<typeof criterionSchema>;

export const scaleSchema = z.strictObject({
  min: z.int(),
  max: z.int(),
  labels: z.strictObject({ min: localizedSchema, max: localizedSchema }),
});
export type Scale = z.output<typeof scaleSchema>;

/** Scores support the final judgement; they do not replace it (R25). */
export const holisticJudgementSchema = z.strictObject({
  requirementId: requirementIdSchema,
  citation: localizedSchema,
  note: localizedSchema,
});
export type HolisticJudgement = z.output<typeof holisticJudgementSchema>;

/** A report is due on a fixed date, or a number of days after the project's own end. */
export const reportDueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: isoDateSchema }),
  z.strictObject({ kind: z.literal('project-end'), daysAfter: z.int().min(0) }),
]);
export type ReportDue = z.output<typeof reportDueSchema>;

export const reportingDutySchema = z.strictObject({
  id: idSchema,
  due: reportDueSchema,
  description: localizedSchema,
});
export type ReportingDuty = z.output<typeof reportingDutySchema>;

export const reportingSchema = z.strictObject({
  requirementId: requirementIdSchema,
  citation: localizedSchema,
  duties: z.array(reportingDutySchema).min(1),
});
export type Reporting = z.output<typeof reportingSchema>;
