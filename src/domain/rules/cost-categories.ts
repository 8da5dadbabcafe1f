/**
 * R21: costs the grant does not cover. A line in a `forbidden` category (durable equipment) is
 * refused; a line in a `conditional` category, or one that `requiresJustification` (licences),
 * needs a justification, and the message repeats the call's condition. Each finding cites the
 * category's own words of the call.
 */
import type { CostCategory } from '../call/call-schema.js';
import { isBlank, localize, quoteName } from './format.js';
import { budgetLineSubject } from './labels.js';
import { defineRule, type FormalRule } from './rule.js';
import type { RuleContext } from './rule-context.js';
import type { RuleSource } from './finding.js';
import { budgetOf } from './budget.js';

function sourceOf(context: RuleContext, category: CostCategory): RuleSource {
  return {
    requirementId: category.requirementId ?? context.call.budget.requirementId,
    citation: category.citation ?? context.call.budget.citation,
  };
}

function linesIn(context: RuleContext, test: (category: CostCategory) => boolean) {
  const categories = new Map(context.call.costCategories.map((c) => [c.id, c]));
  return (budgetOf(context)?.lines ?? []).flatMap((line, index) => {
    const category = line.category === undefined ? undefined : categories.get(line.category);
    return category && test(category) ? [{ line, index, category }] : [];
  });
}

export const forbiddenCostCategory = defineRule('forbiddenCostCategory', (context, emit) => {
  for (const { line, index, category } of linesIn(context, (c) => c.status === 'forbidden')) {
    const subject = budgetLineSubject(line, index);
    const label = localize((l) => quoteName(category.label[l], l));
    emit(
      sourceOf(context, category),
      'error',
      context.pathOf('budget', 'lines', index, 'category'),
      {
        nb: `${subject.nb} er ført som ${label.nb}. Tilskuddet dekker ikke slike kostnader.`,
        nn: `${subject.nn} er ført som ${label.nn}. Tilskotet dekkjer ikkje slike kostnader.`,
        en: `${subject.en} is entered as ${label.en}. The grant does not cover such costs.`,
      },
    );
  }
});

export const conditionalCostCategory = defineRule('conditionalCostCategory', (context, emit) => {
  const needsJustification = (c: CostCategory) =>
    c.status === 'conditional' || c.requiresJustification;
  for (const { line, index, category } of linesIn(context, needsJustification)) {
    if (!isBlank(line.justification)) continue;
    const subject = budgetLineSubject(line, index);
    const label = localize((l) => quoteName(category.label[l], l));
    const condition = localize((l) => (category.condition ? ` ${category.condition[l]}` : ''));
    emit(
      sourceOf(context, category),
      'error',
      context.pathOf('budget', 'lines', index, 'justification'),
      {
        nb: `${subject.nb} er ført som ${label.nb} og må begrunnes.${condition.nb}`,
        nn: `${subject.nn} er ført som ${label.nn} og må grunngivast.${condition.nn}`,
        en: `${subject.en} is entered as ${label.en} and must be justified.${condition.en}`,
      },
    );
  }
});

export const costCategoryRules: readonly FormalRule[] = [
  forbiddenCostCategory,
  conditionalCostCategory,
];
