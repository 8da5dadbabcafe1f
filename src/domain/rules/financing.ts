/**
 * R20 and R22: the financing side of the budget. Costs equal financing to the krone (R20), the
 * own contribution (egeninnsats) is shown even when it is zero (R20), and the grant applied for
 * is more than zero and no more than the call's whole pot (R22).
 */
import { computeBudgetTotals } from '../application/budget.js';
import { formatNok, joinList, localize, quoteName } from './format.js';
import { defineRule, type FormalRule } from './rule.js';
import { budgetOf } from './budget.js';

export const budgetBalanced = defineRule('budgetBalanced', (context, emit) => {
  const rule = context.call.rules.budgetBalanced;
  const budget = budgetOf(context);
  if (!budget) return;
  const totals = computeBudgetTotals(context.call, budget);
  if (totals.difference === 0) return;
  const costs = localize((l) => formatNok(totals.totalCosts, l));
  const financing = localize((l) => formatNok(totals.totalFinancing, l));
  const gap = localize((l) => formatNok(Math.abs(totals.difference), l));
  const more = totals.difference > 0;
  emit(rule, 'error', context.pathOf('budget'), {
    nb: `Budsjettet er ikke i balanse: kostnadene er ${costs.nb} og finansieringen ${financing.nb}. Det ${more ? 'mangler' : 'er'} ${gap.nb} ${more ? 'i finansieringen' : 'for mye i finansieringen'}.`,
    nn: `Budsjettet er ikkje i balanse: kostnadene er ${costs.nn} og finansieringa ${financing.nn}. Det ${more ? 'manglar' : 'er'} ${gap.nn} ${more ? 'i finansieringa' : 'for mykje i finansieringa'}.`,
    en: `The budget does not balance: costs are ${costs.en} and financing ${financing.en}. Financing is ${gap.en} ${more ? 'short' : 'too high'}.`,
  });
});

export const ownContributionShown = defineRule('ownContributionShown', (context, emit) => {
  const rule = context.call.rules.ownContributionShown;
  const budget = budgetOf(context);
  if (!rule || !budget) return;
  const sources = context.call.budget.financingSources.filter(
    (source) => source.kind === 'own-contribution',
  );
  if (sources.length === 0) return;
  if (budget.financing.some((entry) => sources.some((s) => s.id === entry.sourceId))) return;
  const names = localize((l) =>
    joinList(
      sources.map((s) => quoteName(s.label[l], l)),
      l,
    ),
  );
  const zero = localize((l) => formatNok(0, l));
  emit(rule, 'error', context.pathOf('budget', 'financing'), {
    nb: `${names.nb} er ikke ført opp i finansieringen. Før den opp, også om den er ${zero.nb}.`,
    nn: `${names.nn} er ikkje ført opp i finansieringa. Før han opp, også om han er ${zero.nn}.`,
    en: `${names.en} is not entered in the financing. Enter it, even if it is ${zero.en}.`,
  });
});

export const grantWithinPot = defineRule('grantWithinPot', (context, emit) => {
  const rule = context.call.rules.grantWithinPot;
  const budget = budgetOf(context);
  if (!budget) return;
  const grantSources = context.call.budget.financingSources.filter((s) => s.kind === 'grant');
  const grantIndex = budget.financing.findIndex((entry) =>
    grantSources.some((s) => s.id === entry.sourceId),
  );
  const path =
    grantIndex === -1
      ? context.pathOf('budget', 'financing')
      : context.pathOf('budget', 'financing', grantIndex, 'amountNok');
  const grant = computeBudgetTotals(context.call, budget).financingByKind.grant;
  const label = localize((l) =>
    quoteName(grantSources[0]?.label[l] ?? (l === 'en' ? 'Grant' : 'Tilskudd'), l),
  );
  const amount = localize((l) => formatNok(grant, l));
  const zero = localize((l) => formatNok(0, l));
  if (grant <= 0) {
    emit(rule, 'error', path, {
      nb: `${label.nb} er ${amount.nb}. Søk om et beløp større enn ${zero.nb}.`,
      nn: `${label.nn} er ${amount.nn}. Søk om eit beløp større enn ${zero.nn}.`,
      en: `${label.en} is ${amount.en}. Apply for an amount greater than ${zero.en}.`,
    });
  } else if (grant > context.call.potNok) {
    const pot = localize((l) => formatNok(context.call.potNok, l));
    emit(rule, 'error', path, {
      nb: `${label.nb} er ${amount.nb}. Det kan ikke være mer enn hele rammen for utlysningen, ${pot.nb}.`,
      nn: `${label.nn} er ${amount.nn}. Det kan ikkje vere meir enn heile ramma for utlysinga, ${pot.nn}.`,
      en: `${label.en} is ${amount.en}. It cannot exceed the call's whole budget of ${pot.en}.`,
    });
  }
});

export const financingRules: readonly FormalRule[] = [
  budgetBalanced,
  ownContributionShown,
  grantWithinPot,
];
