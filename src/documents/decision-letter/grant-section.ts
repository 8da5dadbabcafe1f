/**
 * The grant letter's content (R29; økonomiregelverket's grant-letter provision, cited from
 * legal/): purpose, amount and period, the call's conditions in its own words, what the money
 * may be used for, reporting with dates, control by the grant body and Riksrevisjonen, what a
 * breach costs, the payment plan and the acceptance deadline.
 */
import type { CallDefinition } from '../../domain/call/call-schema.js';
import type { GrantCondition } from '../../domain/call/call-decision-schema.js';
import type { Locale } from '../../domain/time/oslo.js';
import type { PdfBlock } from '../pdf/pdf-model.js';
import { acceptanceDeadline, instalmentAmounts, reportDueDate } from './grant-terms.js';
import type { LetterContext } from './letter-context.js';

export function grantSection(c: LetterContext, grantNok: number): PdfBlock[] {
  const { call, projectPeriod, institution, issuedAt } = c.input;
  const h3 = (text: string): PdfBlock => ({ type: 'heading', level: 3, text });
  const p = (text: string): PdfBlock => ({ type: 'paragraph', text });
  return [
    { type: 'heading', level: 2, text: c.t('heading-grant') },
    p(c.okr('grant-letter', 'intro')),
    h3(c.t('heading-purpose')),
    p(call.decision.purpose[c.lang]),
    p(
      c.t('amount-and-period', {
        grant: c.nok(grantNok),
        start: c.date(projectPeriod.start),
        end: c.date(projectPeriod.end),
      }),
    ),
    h3(c.t('heading-conditions')),
    p(c.t('conditions-intro')),
    {
      type: 'list',
      items: call.decision.conditions.map((condition) => conditionText(call, condition, c.lang)),
    },
    h3(c.t('heading-use')),
    p(c.t('use-intro')),
    { type: 'list', items: useItems(c) },
    h3(c.t('heading-reporting')),
    p(call.reporting.citation[c.lang]),
    p(c.t('reporting-intro', { institution: institution.name })),
    {
      type: 'list',
      items: call.reporting.duties.map((duty) =>
        c.t('reporting-duty', {
          description: duty.description[c.lang],
          due: c.date(reportDueDate(duty, projectPeriod)),
        }),
      ),
    },
    h3(c.t('heading-control')),
    p(c.okr('grant-letter', 'control', { grantBody: c.decidingBody })),
    h3(c.t('heading-breach')),
    p(c.okr('grant-letter', 'breach')),
    p(c.okr('grant-letter', 'unused')),
    h3(c.t('heading-payment')),
    p(c.t('payment-intro')),
    { type: 'list', items: paymentItems(c, grantNok) },
    h3(c.t('heading-acceptance')),
    p(
      c.okr('grant-letter', 'acceptance', {
        acceptanceDeadline: c.date(acceptanceDeadline(call, issuedAt)),
      }),
    ),
  ];
}

function conditionText(call: CallDefinition, condition: GrantCondition, lang: Locale): string {
  switch (condition.kind) {
    case 'cost-category': {
      const category = call.costCategories.find((x) => x.id === condition.categoryId);
      if (!category?.citation) throw new Error(`No cost category ${condition.categoryId} to cite`);
      return category.citation[lang];
    }
    case 'rule': {
      const rule = call.rules[condition.ruleId];
      if (!rule) throw new Error(`No rule ${condition.ruleId} in the call`);
      return rule.citation[lang];
    }
    case 'text':
      return condition.citation[lang];
  }
}

function useItems(c: LetterContext): string[] {
  return c.input.call.costCategories.map((category) => {
    const label = category.label[c.lang];
    if (category.status === 'allowed') return label;
    if (category.status === 'conditional' && category.condition) {
      return c.t('use-conditional', { label, condition: category.condition[c.lang] });
    }
    return c.t('use-forbidden', { label });
  });
}

function paymentItems(c: LetterContext, grantNok: number): string[] {
  const { call } = c.input;
  return instalmentAmounts(call.decision.paymentPlan, grantNok).map(({ instalment, amountNok }) => {
    const values = { percent: String(instalment.percent), amount: c.nok(amountNok) };
    const when = instalment.when;
    if (when.kind === 'acceptance') return c.t('payment-acceptance', values);
    if (when.kind === 'date') return c.t('payment-date', { ...values, date: c.date(when.date) });
    const duty = call.reporting.duties.find((d) => d.id === when.dutyId);
    if (!duty) throw new Error(`No reporting duty ${when.dutyId} in the call`);
    return c.t('payment-report', { ...values, duty: duty.description[c.lang] });
  });
}
