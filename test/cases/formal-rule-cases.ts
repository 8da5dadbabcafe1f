/**
 * The shared rule cases, read and checked: the base application and the table of changes to it
 * (see README.md). Domain tests, API tests and browser tests all read the cases through here.
 */
import { z } from 'zod';
import baseJson from './base-application.json' with { type: 'json' };
import casesJson from './formal-rules.json' with { type: 'json' };
import { applyChange, type ChangeOperation } from './apply-change.js';

const requirementId = z.string().regex(/^R\d+$/);
const caseId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const operationSchema = z
  .strictObject({
    op: z.enum(['add', 'replace', 'remove']),
    path: z.string().regex(/^(\/[^/]*)*$/),
    value: z.unknown().optional(),
  })
  .refine((o) => (o.op === 'remove') === !('value' in o), {
    error: '"add" and "replace" need a value; "remove" takes none',
  });

const changeSchema = z.array(operationSchema).transform((ops) => ops as ChangeOperation[]);

const partialLocalized = z.strictObject({
  nb: z.string().optional(),
  nn: z.string().optional(),
  en: z.string().optional(),
});

const common = { id: caseId, requirementId, description: z.string().min(1) };

const contentCaseSchema = z
  .strictObject({
    ...common,
    kind: z.literal('content').default('content'),
    change: changeSchema,
    expect: z.enum(['pass', 'error', 'warning']),
    ruleId: z.string().optional(),
    /** Other requirements the change cannot help breaking (no offerings → no participants). */
    alsoFails: z.array(requirementId).optional(),
    /** Text the expected finding's message contains, per language. */
    messageContains: partialLocalized.optional(),
  })
  .refine((c) => c.expect === 'pass' || c.ruleId !== undefined, {
    error: 'a failing case names the ruleId it expects',
  });

const responsibleCaseSchema = z.strictObject({
  ...common,
  kind: z.literal('responsible'),
  change: changeSchema,
  expect: z.enum(['pass', 'error']),
  ruleId: z.string().optional(),
});

const deadlineCaseSchema = z.strictObject({
  ...common,
  kind: z.literal('deadline'),
  /** Oslo wall time to the millisecond, "YYYY-MM-DDTHH:mm:ss.SSS". */
  receivedAtOsloWallTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/),
  expect: z.enum(['pass', 'error']),
});

const formalRuleCaseSchema = z.union([
  deadlineCaseSchema,
  responsibleCaseSchema,
  contentCaseSchema,
]);

export type FormalRuleCase = z.output<typeof formalRuleCaseSchema>;
export type ContentRuleCase = z.output<typeof contentCaseSchema>;
export type ResponsibleRuleCase = z.output<typeof responsibleCaseSchema>;
export type DeadlineRuleCase = z.output<typeof deadlineCaseSchema>;

const institutionSchema = z.strictObject({
  orgnr: z.string(),
  name: z.string(),
  category: z.string(),
  ownership: z.string(),
  publicFunding: z.boolean(),
});

const registeredCompanySchema = z.strictObject({
  name: z.string(),
  industryCode: z.string().nullable(),
  bankrupt: z.boolean(),
  underLiquidation: z.boolean(),
});

/** What a case changes: the application content and the register facts beside it. */
const subjectSchema = z.strictObject({
  content: z.record(z.string(), z.unknown()),
  institution: institutionSchema.nullable(),
  registeredCompanies: z.record(z.string(), registeredCompanySchema),
});
export type RuleCaseSubject = z.output<typeof subjectSchema>;

const baseSchema = z.strictObject({
  $comment: z.string().optional(),
  callId: z.string(),
  ...subjectSchema.shape,
});

export const baseApplication = baseSchema.parse(baseJson);
export const formalRuleCases: readonly FormalRuleCase[] = z
  .array(formalRuleCaseSchema)
  .parse(casesJson);

/** The content, institution and registered companies of the base with the case's change. */
export function applyCase(ruleCase: ContentRuleCase | ResponsibleRuleCase): RuleCaseSubject {
  const { content, institution, registeredCompanies } = baseApplication;
  const changed = applyChange({ content, institution, registeredCompanies }, ruleCase.change);
  // A change must leave the subject's shape intact; parsing says which case broke it.
  const result = subjectSchema.safeParse(changed);
  if (!result.success) throw new Error(`case ${ruleCase.id}: ${result.error.message}`);
  return result.data;
}
