/**
 * The conflict dialog of a section page: the fields both this window and a save in between
 * changed, in the user's language, said as "you, in another window" when it was the same person.
 */
import { useTranslation } from 'react-i18next';
import type { ApplicationView, CallFormView } from '../../api/types.js';
import { ConflictDialog, type ConflictDialogTexts } from '../../app-components/conflict-dialog.js';
import { useLocale } from '../../i18n/index.js';
import { applyChoices, conflictEntries } from './conflict-entries.js';
import { formatOsloTime } from './format-time.js';
import type { DraftConflict } from './use-section-draft.js';

interface Props<T> {
  conflict: DraftConflict<T>;
  kind: string;
  form: CallFormView;
  application: ApplicationView;
  onResolve: (content: T) => void;
}

export function SectionConflict<T>({ conflict, kind, form, application, onResolve }: Props<T>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const entries = conflictEntries(conflict, { t, locale, kind, form, application });
  const { name, self } = conflict.current.updatedBy;
  const time = formatOsloTime(new Date(conflict.current.updatedAt));
  const texts: ConflictDialogTexts = {
    title: self ? t('merge.titleSelf') : t('merge.titleOther', { name }),
    body: self ? t('merge.bodySelf', { time }) : t('merge.bodyOther', { name, time }),
    note: t('merge.note'),
    mine: self ? t('merge.mineSelf') : t('merge.mine'),
    theirs: self ? t('merge.theirsSelf') : t('merge.theirs', { name }),
    edit: t('merge.edit'),
    editLabel: t('merge.editLabel'),
    save: t('merge.save'),
    choose: (label) => t('merge.choose', { label }),
  };
  return (
    <ConflictDialog
      fields={entries}
      texts={texts}
      onSave={(choices) => onResolve(applyChoices(conflict, entries, choices))}
    />
  );
}
