/**
 * Zod schemas of the allocation API (R27): requests, and answers in exactly the shapes of
 * src/web/api/allocation-types.ts (checked both ways at compile time in schema-types.ts). The same
 * schemas make the OpenAPI document.
 */
import { z } from 'zod';
import {
  allocationLimitsSchema,
  budgetLineRules,
  rankKeySchema,
} from '../../../domain/call/call-allocation-schema.js';
import { placements, scenarioStates } from '../../../domain/allocation/model.js';
import { recommendations } from '../../../domain/cases/assessment-content.js';

const id = z.uuid();
const callId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9-]+$/);
const nok = z.number().int().min(0).max(1_000_000_000_000);
const localized = z.object({ nb: z.string(), nn: z.string(), en: z.string() });
const name = z.string().max(200);
const reason = z.string().max(4000);

// ---- Requests -------------------------------------------------------------------------------------

export const callParams = z.object({ callId });
export const scenarioParams = z.object({ scenarioId: id });
export const entryParams = z.object({ scenarioId: id, caseId: id });
export const compareQuery = z.object({ a: id, b: id });
export const exportQuery = z.object({ lang: z.enum(['nb', 'nn', 'en']).optional() });

export const newScenarioBody = z.discriminatedUnion('from', [
  z.strictObject({ name, from: z.enum(['greedy', 'empty']) }),
  z.strictObject({ name, from: z.literal('copy'), scenarioId: id }),
]);
export const nameBody = z.strictObject({ name });
export const commentBody = z.strictObject({ comment: reason.optional() });
export const returnBody = z.strictObject({ comment: reason });

export const reductionSchema = z.strictObject({
  reason,
  cuts: z.array(z.strictObject({ lineId: z.string().max(100), cutNok: z.number() })).max(500),
});

export const entryChangeBody = z.strictObject({
  baseVersion: z.number().int().min(0),
  placement: z.enum(placements),
  grantNok: z.number().nullable(),
  reduction: reductionSchema.nullable(),
  reservePosition: z.number().nullable(),
  departureReason: reason.nullable(),
});

// ---- Answers --------------------------------------------------------------------------------------

const budgetLine = z.object({
  id: z.string(),
  category: z.string().nullable(),
  phase: z.string().nullable(),
  description: z.string(),
  amountNok: z.number(),
});
const reduction = z.object({
  reason: z.string(),
  cuts: z.array(z.object({ lineId: z.string(), cutNok: z.number() })),
});
export const scenarioEntrySchema = z.object({
  caseId: z.string(),
  placement: z.enum(placements),
  grantNok: z.number().nullable(),
  reduction: reduction.nullable(),
  reservePosition: z.number().nullable(),
  departureReason: z.string().nullable(),
});
const versionedEntry = scenarioEntrySchema.extend({ version: z.number() });
const totals = z.object({
  potNok: z.number(),
  grantedNok: z.number(),
  remainingNok: z.number(),
  appliedNok: z.number(),
});
const origin = z.enum(['manual', 'greedy', 'optimiser', 'copy']);
const decidedBy = z.enum(['holistic', 'mean-score', 'breadth', 'lottery', 'case-number']);
const limitName = z.enum([
  'pot',
  'maxPerInstitutionNok',
  'minCounties',
  'minGrantNok',
  'maxGrantNok',
  'minPartialShare',
]);

export const scenarioSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  origin,
  state: z.enum(scenarioStates),
  totals,
  mainCount: z.number(),
  reserveCount: z.number(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const workspaceSchema = z.object({
  callId: z.string(),
  method: z.object({
    rankBy: z.array(rankKeySchema),
    atBudgetLine: z.enum(budgetLineRules),
    reserveListLength: z.number(),
    limits: allocationLimitsSchema,
    citation: localized,
    criteria: z.array(z.object({ id: z.string(), title: localized })),
    scale: z.object({ min: z.number(), max: z.number() }),
  }),
  potNok: z.number(),
  cases: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      title: z.string(),
      institutionOrgnr: z.string(),
      institutionName: z.string(),
      county: z.string().nullable(),
      appliedNok: z.number(),
      rank: z.number(),
      recommended: z.boolean(),
      holistic: z.enum(recommendations),
      meanScore: z.number(),
      scores: z.record(z.string(), z.number()),
      decidedBy: decidedBy.nullable(),
      lotteryDraw: z.number(),
      budgetLines: z.array(budgetLine),
    }),
  ),
  notReady: z.array(z.object({ caseId: z.string(), caseNumber: z.string(), title: z.string() })),
  excluded: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      title: z.string(),
      institutionName: z.string(),
      reason: z.string(),
    }),
  ),
  baseline: z.object({
    entries: z.array(scenarioEntrySchema),
    totals,
    cutRank: z.number().nullable(),
  }),
  scenarios: z.array(scenarioSummarySchema),
  approvedScenarioId: z.string().nullable(),
});

const spread = z.object({
  key: z.string(),
  label: z.string(),
  grantedNok: z.number(),
  count: z.number(),
});
const binding = z.enum([
  'pot',
  'maxPerInstitutionNok',
  'minCounties',
  'minGrantNok',
  'maxGrantNok',
  'minPartialShare',
  'rank',
  'not_recommended',
]);

export const scenarioDetailSchema = scenarioSummarySchema.extend({
  callId: z.string(),
  entries: z.array(versionedEntry),
  byCounty: z.array(spread),
  byInstitution: z.array(spread),
  departures: z.array(
    z.object({
      caseId: z.string(),
      kind: z.enum(['funded_below_cut', 'left_out_above_cut']),
      reason: z.string().nullable(),
    }),
  ),
  limitProblems: z.array(
    z.object({ limit: limitName, caseId: z.string().nullable(), message: localized }),
  ),
  explanations: z.array(
    z.object({
      caseId: z.string(),
      outcome: z.enum(['funded', 'reduced', 'left_out']),
      binding: binding.nullable(),
      text: localized,
      sensitivity: z
        .object({ cutNok: z.number().nullable(), meanScoreNeeded: z.number().nullable() })
        .nullable(),
      sensitivityPending: z.boolean().optional(),
    }),
  ),
  solver: z
    .object({
      solver: z.literal('highs'),
      version: z.string(),
      options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
      inputHash: z.string(),
      status: z.string(),
      objective: z.number(),
      model: z.string(),
      solvedInMs: z.number(),
    })
    .nullable(),
  copiedFrom: z.string().nullable(),
  history: z.array(
    z.object({
      at: z.string(),
      by: z.string(),
      action: z.enum([
        'created',
        'copied',
        'changed',
        'proposed',
        'returned',
        'approved',
        'superseded',
      ]),
      comment: z.string().nullable(),
      caseId: z.string().nullable(),
    }),
  ),
});

const side = z.object({
  placement: z.enum(placements),
  grantNok: z.number().nullable(),
  reservePosition: z.number().nullable(),
});
const pair = z.object({ key: z.string(), label: z.string(), a: z.number(), b: z.number() });

export const comparisonSchema = z.object({
  a: scenarioSummarySchema,
  b: scenarioSummarySchema,
  rows: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      title: z.string(),
      a: side,
      b: side,
      change: z.enum(['moved_in', 'moved_out', 'amount', 'reserve_order', 'same']),
    }),
  ),
  byCounty: z.array(pair),
  byInstitution: z.array(pair),
});

export { nok as wholeNokSchema };
