/**
 * The words of the section history: field names by the form's own labels in the user's language,
 * values as the form shows them (never JSON), list items by number and name, times in Oslo time
 * with seconds.
 */
import { useTranslation } from 'react-i18next';
import type { ApplicationView, CallFormView } from '../../api/types.js';
import type { ChangedField } from '../../api/section-history.js';
import { formatDate } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { formatOsloTime } from '../../../domain/time/oslo.js';
import { itemLabelOf as namingFieldOf } from '../../../domain/application/section-diff.js';
import { useAnswerText } from './use-answer-text.js';
import { fieldsInOrder } from './section-history-model.js';

export function useHistoryText(form: CallFormView, application: ApplicationView, kind: string) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const answerText = useAnswerText(form, application);
  const labels: unknown = t(`fields.${kind}`, { returnObjects: true });
  const formOrder = labels && typeof labels === 'object' ? Object.keys(labels) : [];

  const label = (field: string): string => {
    for (const key of [`fields.${kind}.${field}`, `history.lists.${field}`]) {
      if (i18n.exists(key)) return t(key);
    }
    return field;
  };

  const value = (field: string, raw: unknown): string => {
    if (raw === undefined || raw === null || raw === '') return t('history.empty');
    if (typeof raw === 'boolean') return t(raw ? 'applicant.yes' : 'applicant.no');
    if (Array.isArray(raw)) {
      return raw.length === 0 ? t('history.empty') : answerText(field, raw.map(String).join(', '));
    }
    if (typeof raw === 'object') return t('history.empty');
    return answerText(field, String(raw));
  };

  const itemName = (itemLabel: ChangedField['itemLabel']): string =>
    itemLabel ? answerText(itemLabel.field, itemLabel.value) : t('history.unnamedItem');

  /** What names a list item for a person ("Aker Solutions ASA"), or null. */
  const itemLabelOf = (item: unknown): string | null => {
    const naming = namingFieldOf(item);
    return naming ? answerText(naming.field, naming.value) : null;
  };

  /** "Prosjekttittel", "Virksomheter: Aker Solutions – Antall ansatte", with what happened. */
  const change = (c: ChangedField): string => {
    const [field = '', , sub] = c.path;
    const what =
      c.path.length === 1
        ? label(field)
        : sub === undefined
          ? `${label(field)}: ${itemName(c.itemLabel)}`
          : `${label(field)}: ${itemName(c.itemLabel)} – ${label(sub)}`;
    return c.change === 'changed' ? what : t(`history.change.${c.change}`, { what });
  };

  const changesInOrder = (changes: ChangedField[]): ChangedField[] => {
    const order = fieldsInOrder(
      Object.fromEntries(changes.map((c) => [c.path[0] ?? '', true])),
      formOrder,
    );
    return [...changes].sort(
      (a, b) => order.indexOf(a.path[0] ?? '') - order.indexOf(b.path[0] ?? ''),
    );
  };

  /** "13. september 2021 kl. 09:01:05", Oslo time. */
  const savedAt = (iso: string): string => {
    const instant = new Date(iso);
    const time = formatOsloTime(instant, true);
    return locale === 'en'
      ? `${formatDate(instant, locale)} at ${time}`
      : `${formatDate(instant, locale)} kl. ${time}`;
  };

  return { label, value, itemName, itemLabelOf, change, changesInOrder, savedAt, formOrder };
}
