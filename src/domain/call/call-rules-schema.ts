/**
 * The call's formal rules as named, typed parameters. Each rule carries the requirement it
 * implements and the words of the call it comes from, so a finding can cite the call. A rule a
 * call leaves out is not applied; the three every call needs (period, balance, pot) are required.
 */
import { z } from 'zod';
import { idSchema, localizedSchema, requirementIdSchema } from './call-schema-parts.js';

const ruleBase = {
  requirementId: requirementIdSchema,
  /** Other requirements the same words of the call give rise to (R16 beside R17). */
  relatedRequirementIds: z.array(requirementIdSchema).optional(),
  citation: localizedSchema,
};

const positiveCountSchema = z.int().positive();

/** An SN2007 (Norwegian NACE) division number. */
const sn2007DivisionSchema = z.int().min(1).max(99);

/** Studiepoeng are written with at most one decimal (7.5 is common). */
const studiepoengSchema = z
  .number()
  .positive()
  .refine(hasAtMostOneDecimal, {
    error: (iss) => `expected studiepoeng with at most one decimal, got ${String(iss.input)}`,
  });

function hasAtMostOneDecimal(value: number): boolean {
  return Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
}

export const callRulesSchema = z.strictObject({
  /** R6: the least number of cooperating companies a cluster must have. */
  minCompanies: z.strictObject({ ...ruleBase, min: positiveCountSchema }).optional(),
  /** R6: "innenfor industrien", as a range of SN2007 divisions (the first two digits of a næringskode). */
  companyIndustryCodes: z
    .strictObject({
      ...ruleBase,
      sn2007DivisionFrom: sn2007DivisionSchema,
      sn2007DivisionTo: sn2007DivisionSchema,
    })
    .optional(),
  /** R14: no course offering may give more studiepoeng than this. */
  maxStudiepoengPerOffering: z.strictObject({ ...ruleBase, max: studiepoengSchema }).optional(),
  /** R14: offerings with credits are preferred; one with none is flagged, not refused. */
  creditsPrioritised: z
    .strictObject({ ...ruleBase, severityWhenNoCredits: z.enum(['warning', 'info']) })
    .optional(),
  /** R15: each offering states how it combines with full or nearly full-time work. */
  fitsFullTimeWork: z.strictObject({ ...ruleBase }).optional(),
  /** R16/R17: everything happens between the call's projectStartLatest and projectEndLatest. */
  projectPeriod: z.strictObject({ ...ruleBase }),
  /** R18: a structured progress plan with at least this many dated activities. */
  progressPlanRequired: z
    .strictObject({ ...ruleBase, minActivities: positiveCountSchema })
    .optional(),
  /** R20: total costs equal total financing. */
  budgetBalanced: z.strictObject({ ...ruleBase }),
  /** R20: the own contribution (egeninnsats) line is filled in, zero allowed. */
  ownContributionShown: z.strictObject({ ...ruleBase }).optional(),
  /** R22: the grant applied for is positive and at most the call's pot. */
  grantWithinPot: z.strictObject({ ...ruleBase }),
  /** R10: an attachment of this kind must be present. */
  signedAgreementRequired: z.strictObject({ ...ruleBase, attachmentKind: idSchema }).optional(),
  /** R9: employer side and employee side are both named. */
  anchoringBothSides: z.strictObject({ ...ruleBase }).optional(),
  /** R8: every company states a training need and an estimate of participants. */
  trainingNeedPerCompany: z
    .strictObject({ ...ruleBase, participantEstimatePerOffering: z.boolean() })
    .optional(),
});
export type CallRules = z.output<typeof callRulesSchema>;
export type CallRuleName = keyof CallRules;
