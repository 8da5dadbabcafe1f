/**
 * How a call's pot is allocated (R27): the selection method is data, so a second call with other
 * settings needs no code. The consensus holistic judgement ranks first; criterion scores only
 * support it (R25: the criteria are unranked, the judgement holistic). The tie-break chain, the
 * rule at the budget line, the reserve list and the optional limits are the grant body's choices.
 */
import { z } from 'zod';
import { localizedSchema, requirementIdSchema } from './call-schema-parts.js';

/** The consensus conclusions a case can have; those not in `holisticOrder` are not recommended. */
export const holisticValues = ['fund', 'fund_partly', 'do_not_fund'] as const;

/**
 * One key of the ranking, in the order applied: the first is the ranking key, the rest break ties.
 * - holistic: the consensus conclusion, in the order given (best first);
 * - mean-score: the mean of the consensus criterion scores, higher first;
 * - breadth: a case whose county (or institution) is not yet among the cases ranked above it first;
 * - lottery: a draw from the recorded seed and the case number, reproducible by anyone.
 */
export const rankKeySchema = z.discriminatedUnion('key', [
  z.strictObject({
    key: z.literal('holistic'),
    order: z.array(z.enum(holisticValues)).min(1),
  }),
  z.strictObject({ key: z.literal('mean-score') }),
  z.strictObject({ key: z.literal('breadth'), by: z.enum(['county', 'institution']) }),
  z.strictObject({ key: z.literal('lottery'), seed: z.string().min(1) }),
]);
export type RankKey = z.output<typeof rankKeySchema>;

/**
 * What happens at the budget line when the next case in rank order does not fit what is left:
 * stop there; skip to the next case that fits; or grant it a part (no less than `minPartialShare`
 * of what it applied for).
 */
export const budgetLineRules = ['stop', 'skip', 'partial'] as const;
export type BudgetLineRule = (typeof budgetLineRules)[number];

const share = z.number().gt(0).max(1);
const nok = z.int().positive();

export const allocationLimitsSchema = z.strictObject({
  /** No institution gets more than this in total. */
  maxPerInstitutionNok: nok.optional(),
  /** The funded cases span at least this many counties. */
  minCounties: z.int().positive().optional(),
  /** No grant below this (a reduced grant included). */
  minGrantNok: nok.optional(),
  /** No grant above this. */
  maxGrantNok: nok.optional(),
  /** A partial or reduced grant is at least this share of the amount applied for. */
  minPartialShare: share.optional(),
});
export type AllocationLimits = z.output<typeof allocationLimitsSchema>;

/**
 * The optimiser's objective: maximise the sum over funded cases of the case's value times the
 * share of its applied amount funded. A case's value is the value of its holistic conclusion plus
 * `scoreWeight` times its mean criterion score scaled to 0–1 on the call's scale.
 */
export const allocationObjectiveSchema = z.strictObject({
  holisticValue: z.partialRecord(z.enum(holisticValues), z.number().min(0)),
  scoreWeight: z.number().min(0),
});
export type AllocationObjective = z.output<typeof allocationObjectiveSchema>;

export const allocationSchema = z.strictObject({
  requirementId: requirementIdSchema,
  /** The call's own words on how the money is allocated. */
  citation: localizedSchema,
  rankBy: z.array(rankKeySchema).min(1),
  atBudgetLine: z.enum(budgetLineRules),
  reserveListLength: z.int().min(0),
  limits: allocationLimitsSchema,
  objective: allocationObjectiveSchema,
});
export type AllocationMethod = z.output<typeof allocationSchema>;
