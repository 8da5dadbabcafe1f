/**
 * The call's formal rules, in one place. Each rule is named after the `call.rules` entry (or the
 * part of the call) it reads its parameters and citation from, and lives in the file of its
 * group: eligibility.ts (R4), cluster.ts and company-register.ts (R6, R7), participants.ts (R8),
 * anchoring.ts (R9), attachments.ts (R10), case.ts (R11, R12), offerings.ts (R13–R15),
 * period.ts (R16, R17), progress-plan.ts (R18), budget.ts (R19), financing.ts (R20, R22) and
 * cost-categories.ts (R21). A rule the call does not have is not applied.
 */
import { anchoringRules } from './anchoring.js';
import { attachmentRules } from './attachments.js';
import { budgetRules } from './budget.js';
import { caseRules } from './case.js';
import { clusterRules } from './cluster.js';
import { companyRegisterRules } from './company-register.js';
import { costCategoryRules } from './cost-categories.js';
import { eligibilityRules } from './eligibility.js';
import { financingRules } from './financing.js';
import type { Finding, RuleInput } from './finding.js';
import { offeringRules } from './offerings.js';
import { participantRules } from './participants.js';
import { periodRules } from './period.js';
import { progressPlanRules } from './progress-plan.js';
import type { FormalRule } from './rule.js';
import { createRuleContext, type SectionShapeMemo } from './rule-context.js';
import type { RuleMemo } from './rule-memo.js';

export type {
  Finding,
  InstitutionFacts,
  RegisteredCompany,
  RuleInput,
  RuleSource,
  Severity,
} from './finding.js';
export { blockingFindings, hasBlockingFindings } from './finding.js';
export type { FormalRule } from './rule.js';
export { SHAPE_RULE_ID, SectionShapeMemo } from './rule-context.js';
export { RuleMemo } from './rule-memo.js';

/** Every formal rule, in the order of the form; findings come out in this order. */
export const formalRules: readonly FormalRule[] = [
  ...eligibilityRules,
  ...clusterRules,
  ...companyRegisterRules,
  ...participantRules,
  ...anchoringRules,
  ...caseRules,
  ...offeringRules,
  ...periodRules,
  ...progressPlanRules,
  ...budgetRules,
  ...costCategoryRules,
  ...financingRules,
  ...attachmentRules,
];

/**
 * What the rules find. For an application evaluated again and again (while it is typed in),
 * `memo.shapes` checks content objects passed again against their schema once, and `memo.rules`
 * runs again only the rules whose reads changed.
 */
export function evaluateFormalRules(
  input: RuleInput,
  memo: { shapes?: SectionShapeMemo; rules?: RuleMemo } = {},
): Finding[] {
  const context = createRuleContext(input, memo.shapes);
  const { rules } = memo;
  return [
    ...context.shapeFindings,
    ...formalRules.flatMap((rule) =>
      rules ? rules.evaluate(rule, context) : rule.evaluate(context),
    ),
  ];
}
