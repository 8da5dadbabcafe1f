/**
 * The budget: cost lines with live totals per phase, year and category; financing below; a
 * balance bar showing how far financing is from the costs until the difference is zero.
 */
import { Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { BalanceBar } from '../../../app-components/balance-bar.js';
import { ItemList } from '../../../app-components/item-list.js';
import { NumberField } from '../../../app-components/form-fields.js';
import { formatNok, localizedText } from '../../../format.js';
import {
  fieldIdOf,
  totalBudget,
  type BudgetContent,
  type BudgetLine,
} from '../application-model.js';
import { listOf, type EditorProps, type Item } from './editor-props.js';
import { inFieldOrder, itemOrderOf } from './field-order.js';
import {
  errorAt,
  newItemId,
  useFieldRenderer,
  useNumberProblemText,
  type FieldSpec,
} from './section-kit.js';
import { FindingNotes } from '../../../app-components/finding-notes.js';
import { findingsAt } from './section-kit.js';

function TotalsTable({
  caption,
  rows,
  locale,
}: {
  caption: string;
  rows: [string, number][];
  locale: 'nb' | 'nn' | 'en';
}) {
  return (
    <Table data-size="sm" className="totals-table">
      <caption>{caption}</caption>
      <Table.Body>
        {rows.map(([label, amount]) => (
          <Table.Row key={label}>
            <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
            <Table.Cell className="num">{formatNok(amount, locale)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

export function BudgetEditor({ kit, content, onChange, form }: EditorProps) {
  const { t } = useTranslation();
  const render = useFieldRenderer(kit);
  const problemText = useNumberProblemText();
  const locale = kit.locale;
  const lines = listOf(content, 'lines');
  const financing = (
    Array.isArray(content.financing) ? content.financing : []
  ) as BudgetContent['financing'];
  const totals = totalBudget({ lines: lines as BudgetLine[], financing });
  const label = (value: { nb: string; nn: string; en: string }) =>
    localizedText(value, locale).text;
  const categoryOptions = form.costCategories.map((c) => ({
    value: c.id,
    label:
      c.status === 'forbidden'
        ? t('applicant.notAllowed', { label: label(c.label) })
        : label(c.label),
  }));
  const lineFields: FieldSpec[] = [
    { name: 'description', type: 'text' },
    { name: 'category', type: 'select', options: categoryOptions },
    {
      name: 'phase',
      type: 'select',
      options: form.budget.phases.map((p) => ({ value: p.id, label: label(p.label) })),
    },
    { name: 'year', type: 'integer' },
    { name: 'amountNok', type: 'amount' },
    { name: 'justification', type: 'textarea' },
  ];
  const specs = inFieldOrder(lineFields, itemOrderOf('budget', 'lines'));
  const setFinancing = (sourceId: string, amount: number | undefined) => {
    const rest = financing.filter((f) => f.sourceId !== sourceId);
    const next = amount === undefined ? rest : [...rest, { sourceId, amountNok: amount }];
    const order = form.budget.financingSources.map((s) => s.id);
    next.sort((a, b) => order.indexOf(a.sourceId) - order.indexOf(b.sourceId));
    onChange({ ...content, financing: next });
  };
  const balanceText =
    totals.difference === 0
      ? t('applicant.balanced', { amount: formatNok(totals.costs, locale) })
      : totals.difference < 0
        ? t('applicant.financingShort', { amount: formatNok(-totals.difference, locale) })
        : t('applicant.financingOver', { amount: formatNok(totals.difference, locale) });

  return (
    <>
      <Heading level={2} data-size="xs">
        {t('applicant.costs')}
      </Heading>
      <ItemList<Item>
        items={lines}
        readOnly={kit.readOnly}
        nameOf={(l, i) =>
          typeof l.description === 'string' && l.description
            ? l.description
            : t('applicant.costLineN', { n: i + 1 })
        }
        newItem={() => ({ id: newItemId('b') })}
        addLabel={t('applicant.addCostLine')}
        removeLabel={(name) => t('applicant.removeItem', { name })}
        focusIdOf={(i) => fieldIdOf(kit.sectionId, `lines[${i}].description`)}
        onChange={(items) => onChange({ ...content, lines: items })}
        renderItem={(item, index, change) => {
          const category = form.costCategories.find((c) => c.id === item.category);
          return specs
            .filter(
              (s) =>
                s.name !== 'justification' || category?.requiresJustification || item.justification,
            )
            .map((spec) =>
              render(
                spec.name === 'category' && category?.condition
                  ? { ...spec, description: label(category.condition) }
                  : spec,
                `lines[${index}]`,
                item,
                (next) => change({ ...item, ...next }),
              ),
            );
        }}
      />
      <div className="totals-grid">
        <TotalsTable
          caption={t('applicant.totalsByPhase')}
          locale={locale}
          rows={form.budget.phases.map((p) => [label(p.label), totals.byPhase.get(p.id) ?? 0])}
        />
        <TotalsTable
          caption={t('applicant.totalsByYear')}
          locale={locale}
          rows={[...totals.byYear.entries()]
            .sort(([a], [b]) => a - b)
            .map(([y, a]) => [String(y), a])}
        />
        <TotalsTable
          caption={t('applicant.totalsByCategory')}
          locale={locale}
          rows={form.costCategories
            .filter((c) => totals.byCategory.has(c.id))
            .map((c) => [label(c.label), totals.byCategory.get(c.id) ?? 0])}
        />
      </div>
      <Heading level={2} data-size="xs">
        {t('applicant.financing')}
      </Heading>
      {form.budget.financingSources.map((source) => {
        // The server names a financing entry by its place in the saved list, not in the call's.
        const path = `financing[${financing.findIndex((f) => f.sourceId === source.id)}]`;
        const sourceLabel = label(source.label);
        return (
          <NumberField
            key={source.id}
            id={fieldIdOf(kit.sectionId, `financing-${source.id}`)}
            label={sourceLabel}
            kind="amount"
            locale={locale}
            problemText={(problem) => problemText(sourceLabel, problem)}
            onProblem={
              kit.reportLocalError &&
              ((message) => kit.reportLocalError?.(`financing-${source.id}`, message))
            }
            error={errorAt(kit, `${path}.amountNok`)}
            readOnly={kit.readOnly}
            value={financing.find((f) => f.sourceId === source.id)?.amountNok}
            onChange={(amount) => setFinancing(source.id, amount)}
            onBlur={kit.flush}
          />
        );
      })}
      <BalanceBar
        costs={totals.costs}
        financing={totals.financing}
        balanced={totals.difference === 0}
        text={`${t('applicant.totalCosts')}: ${formatNok(totals.costs, locale)}. ${t('applicant.totalFinancing')}: ${formatNok(totals.financing, locale)}. ${balanceText}`}
      />
      <FindingNotes
        findings={findingsAt(kit, '')}
        locale={locale}
        citationLabel={t('applicant.citation')}
      />
    </>
  );
}
