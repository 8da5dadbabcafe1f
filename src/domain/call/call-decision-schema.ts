/**
 * What a call says about its decisions and grant letters (R28, R29): who decides and who hears an
 * appeal, how long a grantee has to accept, how the money is paid, and the conditions of the
 * grant in the call's own words. The law's texts are not here: they live in legal/, by version.
 */
import { z } from 'zod';
import type { CallDefinition } from './call-schema.js';
import {
  idSchema,
  isoDateSchema,
  localizedSchema,
  quote,
  requirementIdSchema,
} from './call-schema-parts.js';
import { callRulesSchema } from './call-rules-schema.js';
import { ATTACHMENT_MEDIA_TYPES, type AttachmentKind } from './call-form-schema.js';

/** A grant condition: a cost category's or a formal rule's citation, or a text of its own. */
export const grantConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cost-category'), categoryId: idSchema }),
  z.strictObject({ kind: z.literal('rule'), ruleId: callRulesSchema.keyof() }),
  z.strictObject({
    kind: z.literal('text'),
    id: idSchema,
    requirementId: requirementIdSchema,
    citation: localizedSchema,
  }),
]);
export type GrantCondition = z.output<typeof grantConditionSchema>;

/** When an instalment is paid: on acceptance, on a fixed date, or once a report is approved. */
export const paymentWhenSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('acceptance') }),
  z.strictObject({ kind: z.literal('date'), date: isoDateSchema }),
  z.strictObject({ kind: z.literal('report-approved'), dutyId: idSchema }),
]);
export type PaymentWhen = z.output<typeof paymentWhenSchema>;

export const instalmentSchema = z.strictObject({
  id: idSchema,
  /** Whole percent of the grant; the plan's instalments sum to 100. */
  percent: z.int().min(1).max(100),
  when: paymentWhenSchema,
});
export type Instalment = z.output<typeof instalmentSchema>;

/** What a party may send with a klage besides its text (R28). */
export const appealFilesSchema = z.strictObject({
  allowedTypes: z.array(z.enum(ATTACHMENT_MEDIA_TYPES)).min(1),
  maxBytes: z.int().positive(),
  /** Files filed with one klage. */
  maxFiles: z.int().min(0).max(20),
});
export type AppealFiles = z.output<typeof appealFilesSchema>;

/** For a call that names no limits: documents as for an application, five of them. */
export const DEFAULT_APPEAL_FILES: AppealFiles = {
  allowedTypes: [...ATTACHMENT_MEDIA_TYPES],
  maxBytes: 20 * 1024 * 1024,
  maxFiles: 5,
};

export const callDecisionSchema = z.strictObject({
  requirementId: requirementIdSchema,
  /** The body that decides, to which an appeal is sent. */
  decidingBody: localizedSchema,
  /** The appeal body (klageinstans) named in a private party's decision letter. */
  appealBody: localizedSchema,
  /** Where the appeal body comes from, for the record (the announcement names none). */
  appealBodySource: localizedSchema,
  /** Days from the letter's date within which the grantee must accept the grant. */
  acceptanceDeadlineDays: z.int().min(1).max(90),
  /**
   * Days before the acceptance deadline on which a grantee who has not answered is reminded by
   * e-mail. On the deadline day itself a warning goes out; the day after, the grant lapses.
   */
  acceptanceReminderDaysBefore: z.array(z.int().min(1).max(60)).max(5).default([7, 2]),
  /** The last day a reserve-list case may still be offered a grant. */
  reserveListValidUntil: isoDateSchema,
  /** The grant's purpose, in the call's words. */
  purpose: localizedSchema,
  conditions: z.array(grantConditionSchema).min(1),
  paymentPlan: z.array(instalmentSchema).min(1),
  /** Files with a klage; absent: {@link DEFAULT_APPEAL_FILES}. */
  appealFiles: appealFilesSchema.optional(),
});
export type CallDecision = z.output<typeof callDecisionSchema>;

type Ctx = z.core.$RefinementCtx<unknown>;

/** Checks that need the rest of the call: conditions that point at it and the payment plan. */
export function checkDecisionConsistency(
  call: Pick<CallDefinition, 'decision' | 'costCategories' | 'rules' | 'reporting' | 'dates'>,
  ctx: Ctx,
): void {
  const at = (...path: (string | number)[]) => ['decision', ...path];
  call.decision.conditions.forEach((condition, index) => {
    if (condition.kind === 'cost-category') {
      const category = call.costCategories.find((c) => c.id === condition.categoryId);
      if (!category || category.status === 'allowed' || !category.citation) {
        ctx.addIssue({
          code: 'custom',
          path: at('conditions', index, 'categoryId'),
          message: `${quote(condition.categoryId)} is not a forbidden or conditional cost category with a citation`,
        });
      }
    }
    if (condition.kind === 'rule' && call.rules[condition.ruleId] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: at('conditions', index, 'ruleId'),
        message: `${quote(condition.ruleId)} is not a rule of the call`,
      });
    }
  });
  const sum = call.decision.paymentPlan.reduce((total, i) => total + i.percent, 0);
  if (sum !== 100) {
    ctx.addIssue({
      code: 'custom',
      path: at('paymentPlan'),
      message: `instalments must sum to 100 percent, got ${sum}`,
    });
  }
  const duties = new Set(call.reporting.duties.map((d) => d.id));
  call.decision.paymentPlan.forEach((instalment, index) => {
    if (instalment.when.kind === 'report-approved' && !duties.has(instalment.when.dutyId)) {
      ctx.addIssue({
        code: 'custom',
        path: at('paymentPlan', index, 'when', 'dutyId'),
        message: `${quote(instalment.when.dutyId)} is not a reporting duty of the call`,
      });
    }
  });
  if (call.decision.reserveListValidUntil > call.dates.projectStartLatest) {
    ctx.addIssue({
      code: 'custom',
      path: at('reserveListValidUntil'),
      message: `must not be after the latest project start (${call.dates.projectStartLatest})`,
    });
  }
}

/** A klage's files as an upload kind, for the inspection and its messages. */
export function appealFileKind(call: Pick<CallDefinition, 'decision'>): AttachmentKind & {
  maxFiles: number;
} {
  const limits = call.decision.appealFiles ?? DEFAULT_APPEAL_FILES;
  return {
    id: 'klage',
    label: { nb: 'Vedlegg til klagen', nn: 'Vedlegg til klaga', en: 'Appeal attachment' },
    required: false,
    allowedTypes: limits.allowedTypes,
    maxBytes: limits.maxBytes,
    maxFiles: limits.maxFiles,
  };
}
