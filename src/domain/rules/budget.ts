/**
 * R19: a specified budget. Every cost line names its category, phase, year and amount in whole
 * kroner; years fall inside the project; and when the call has several phases (development and
 * delivery), the costs are split so that each phase has some.
 */
import type { BudgetContent } from '../application/section-content.js';
import { computeBudgetTotals } from '../application/budget.js';
import { isBlank, joinList, localize, quoteName } from './format.js';
import { budgetLineSubject } from './labels.js';
import { defineRule, type FormalRule } from './rule.js';
import type { RuleContext } from './rule-context.js';
import { projectBoundsOf } from './period.js';

export function budgetOf(context: RuleContext): BudgetContent | undefined {
  return context.sections.budget;
}

const LINE_FIELDS = {
  category: { nb: 'kostnadskategori', nn: 'kostnadskategori', en: 'cost category' },
  phase: { nb: 'fase', nn: 'fase', en: 'phase' },
  year: { nb: 'år', nn: 'år', en: 'year' },
  amountNok: { nb: 'beløp', nn: 'beløp', en: 'amount' },
} as const;

export const budgetSpecified = defineRule('budgetSpecified', (context, emit) => {
  const budget = budgetOf(context);
  const source = context.call.budget;
  if (!budget) return;
  if (budget.lines.length === 0) {
    emit(source, 'error', context.pathOf('budget', 'lines'), {
      nb: 'Budsjettet har ingen kostnadslinjer.',
      nn: 'Budsjettet har ingen kostnadslinjer.',
      en: 'The budget has no cost lines.',
    });
    return;
  }
  const categories = new Set(context.call.costCategories.map((category) => category.id));
  const phases = new Set(source.phases.map((phase) => phase.id));
  const bounds = projectBoundsOf(context);
  const firstYear = bounds.start === undefined ? undefined : Number(bounds.start.slice(0, 4));
  const lastYear = Number(bounds.end.slice(0, 4));

  budget.lines.forEach((line, index) => {
    const subject = budgetLineSubject(line, index);
    const path = (field: string) => context.pathOf('budget', 'lines', index, field);
    for (const field of Object.keys(LINE_FIELDS) as (keyof typeof LINE_FIELDS)[]) {
      if (line[field] !== undefined) continue;
      const what = LINE_FIELDS[field];
      emit(source, 'error', path(field), {
        nb: `${subject.nb} mangler ${what.nb}.`,
        nn: `${subject.nn} manglar ${what.nn}.`,
        en: `${subject.en} has no ${what.en}.`,
      });
    }
    if (line.category !== undefined && !categories.has(line.category)) {
      emit(source, 'error', path('category'), {
        nb: `${subject.nb} har kostnadskategorien «${line.category}», som utlysningen ikke har.`,
        nn: `${subject.nn} har kostnadskategorien «${line.category}», som utlysinga ikkje har.`,
        en: `${subject.en} has the cost category "${line.category}", which the call does not have.`,
      });
    }
    if (line.phase !== undefined && !phases.has(line.phase)) {
      emit(source, 'error', path('phase'), {
        nb: `${subject.nb} har fasen «${line.phase}», som utlysningen ikke har.`,
        nn: `${subject.nn} har fasen «${line.phase}», som utlysinga ikkje har.`,
        en: `${subject.en} has the phase "${line.phase}", which the call does not have.`,
      });
    }
    const { year } = line;
    if (year !== undefined && firstYear !== undefined && year < firstYear) {
      emit(source, 'error', path('year'), {
        nb: `${subject.nb} gjelder ${year}, før prosjektet starter i ${firstYear}.`,
        nn: `${subject.nn} gjeld ${year}, før prosjektet startar i ${firstYear}.`,
        en: `${subject.en} is for ${year}, before the project starts in ${firstYear}.`,
      });
    } else if (year !== undefined && year > lastYear) {
      emit(source, 'error', path('year'), {
        nb: `${subject.nb} gjelder ${year}, etter prosjektets siste år, ${lastYear}.`,
        nn: `${subject.nn} gjeld ${year}, etter det siste året i prosjektet, ${lastYear}.`,
        en: `${subject.en} is for ${year}, after the project's last year, ${lastYear}.`,
      });
    }
    if (isBlank(line.description)) {
      emit(source, 'warning', path('description'), {
        nb: `${subject.nb} har ingen beskrivelse av hva kostnaden gjelder.`,
        nn: `${subject.nn} har inga skildring av kva kostnaden gjeld.`,
        en: `${subject.en} does not say what the cost is for.`,
      });
    }
  });

  if (source.phases.length < 2) return;
  const totals = computeBudgetTotals(context.call, budget);
  const names = localize((l) =>
    joinList(
      source.phases.map((phase) => quoteName(phase.label[l], l)),
      l,
    ),
  );
  for (const phase of source.phases) {
    if ((totals.byPhase[phase.id] ?? 0) > 0) continue;
    const label = localize((l) => quoteName(phase.label[l], l));
    emit(source, 'error', context.pathOf('budget'), {
      nb: `Budsjettet har ingen kostnader i fasen ${label.nb}. Kostnadene skal skilles mellom ${names.nb}.`,
      nn: `Budsjettet har ingen kostnader i fasen ${label.nn}. Kostnadene skal skiljast mellom ${names.nn}.`,
      en: `The budget has no costs in the phase ${label.en}. Costs must be separated between ${names.en}.`,
    });
  }
});

export const budgetRules: readonly FormalRule[] = [budgetSpecified];
