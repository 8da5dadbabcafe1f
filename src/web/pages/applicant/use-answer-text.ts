/**
 * An answer as the applicant would say it: ids of choices become their labels (cost category,
 * phase, company, course), amounts "1 234 567 kr", studiepoeng "7,5", dates "17. januar 2022".
 */
import { useTranslation } from 'react-i18next';
import type { ApplicationView, CallFormView } from '../../api/types.js';
import {
  fileTypeKey,
  formatCalendarDate,
  formatFileSize,
  formatNok,
  localizedText,
} from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { formatDecimal } from '../../norwegian-number.js';
import type { AnswerRow, FileAnswer } from './answer-rows.js';
import { clusterCompanies, listOf, sectionContentOfKind } from './sections/editor-props.js';

/** A file in words: "avtale.pdf (599 byte, PDF-dokument)". */
export function useFileText(): (file: FileAnswer) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return (file) => {
    const key = fileTypeKey(file.mediaType);
    return t('polish.file', {
      name: file.name,
      size: formatFileSize(file.sizeBytes, locale),
      type: key
        ? t(`polish.fileType.${key}`)
        : t('polish.fileType.other', { type: file.mediaType }),
    });
  };
}

/**
 * The label and the value of a row as the form says them: the field's label (an attached file is
 * named by its attachment kind), and the value in words.
 */
export function useAnswerRowText(form: CallFormView, application: ApplicationView) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const answerText = useAnswerText(form, application);
  const fileText = useFileText();
  return {
    label: (kind: string, row: AnswerRow): string => {
      if (row.file) {
        const found = form.attachmentKinds.find((k) => k.id === row.file?.kind);
        return found ? localizedText(found.label, locale).text : t('fields.attachments.fileName');
      }
      const key = `fields.${kind}.${row.field}`;
      return i18n.exists(key) ? t(key) : row.field;
    },
    value: (row: AnswerRow): string =>
      row.file ? fileText(row.file) : answerText(row.field, row.value),
  };
}

export function useAnswerText(form: CallFormView, application: ApplicationView) {
  const { t } = useTranslation();
  const locale = useLocale();
  const companies = new Map(clusterCompanies(application).map((c) => [c.orgnr, c.name]));
  const offerings = new Map(
    listOf(sectionContentOfKind(application, 'offerings'), 'offerings').map((o) => [
      o.id,
      typeof o.title === 'string' ? o.title : o.id,
    ]),
  );
  const labelIn = (list: { id: string; label: CallFormView['title'] }[], id: string) => {
    const found = list.find((item) => item.id === id);
    return found ? localizedText(found.label, locale).text : id;
  };
  const one = (field: string, value: string): string => {
    switch (field) {
      case 'language':
        return t(`language.${value}`);
      case 'level':
        return t(`applicant.level.${value}`);
      case 'deliveryMode':
        return t(`applicant.mode.${value}`);
      case 'category':
        return labelIn(form.costCategories, value);
      case 'phase':
        return labelIn(form.budget.phases, value);
      case 'sourceId':
        return labelIn(form.budget.financingSources, value);
      case 'kind':
        return labelIn(form.attachmentKinds, value);
      case 'companyOrgnr':
      case 'companyOrgnrs':
        return companies.get(value) ?? value;
      case 'offeringId':
        return offerings.get(value) ?? value;
      case 'amountNok':
        return formatNok(Number(value), locale);
      case 'studiepoeng':
        return formatDecimal(Number(value), locale);
      default:
        if (value === 'yes') return t('applicant.yes');
        if (value === 'no') return t('applicant.no');
        return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDate(value, locale) : value;
    }
  };
  return (field: string, value: string): string =>
    value
      .split(', ')
      .map((part) => one(field, part))
      .join(', ');
}
