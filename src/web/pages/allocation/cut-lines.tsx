/**
 * The budget lines a reduction cuts: each line of the submitted budget with its amount and the sum
 * cut from it. The cuts must add up to the difference between applied and granted, so the reduced
 * budget still balances against the grant; the running sum says how far off it is.
 */
import { Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AllocationBudgetLine } from '../../api/allocation-types.js';
import { NumberField } from '../../app-components/form-fields.js';
import { formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useNumberProblemText } from '../applicant/sections/section-kit.js';

interface Props {
  lines: AllocationBudgetLine[];
  cuts: Record<string, number>;
  onChange: (cuts: Record<string, number>) => void;
  /** Applied − granted: what the cuts must sum to. */
  needed: number;
}

export function CutLines({ lines, cuts, onChange, needed }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const problemText = useNumberProblemText();
  const sum = Object.values(cuts).reduce((s, v) => s + v, 0);
  const left = needed - sum;
  return (
    <Fieldset className="cut-lines">
      <Fieldset.Legend>{t('allocation.cuts.legend')}</Fieldset.Legend>
      <Fieldset.Description>
        {t('allocation.cuts.help', { nok: formatNok(needed, locale) })}
      </Fieldset.Description>
      <ul className="plain-list cut-lines__list">
        {lines.map((line, i) => {
          const label = t('allocation.cuts.line', {
            description: line.description,
            nok: formatNok(line.amountNok, locale),
          });
          return (
            <li key={line.id}>
              <NumberField
                id={`cut-${i}`}
                label={label}
                kind="amount"
                locale={locale}
                value={cuts[line.id]}
                onChange={(v) => {
                  const rest = Object.entries(cuts).filter(([id]) => id !== line.id);
                  onChange(
                    Object.fromEntries(v === undefined || v === 0 ? rest : [...rest, [line.id, v]]),
                  );
                }}
                problemText={(p) => problemText(label, p)}
              />
            </li>
          );
        })}
      </ul>
      <Paragraph
        data-size="sm"
        role="status"
        className={left === 0 ? 'cut-lines__ok' : 'cut-lines__off'}
      >
        {left === 0
          ? t('allocation.cuts.balanced', { nok: formatNok(sum, locale) })
          : left > 0
            ? t('allocation.cuts.short', { nok: formatNok(left, locale) })
            : t('allocation.cuts.over', { nok: formatNok(-left, locale) })}
      </Paragraph>
    </Fieldset>
  );
}
