import { useTranslation } from 'react-i18next';
import { SaveStatusLine } from '../../app-components/save-status.js';
import { formatOsloTime } from './format-time.js';
import type { SaveStatus } from './use-section-draft.js';

/** "Lagret 14:02", or why the edit is not saved yet and what happens to it. */
export function SaveIndicator({ status, savedAt }: { status: SaveStatus; savedAt: string | null }) {
  const { t } = useTranslation();
  const time = savedAt ? formatOsloTime(new Date(savedAt)) : null;
  const texts: Record<SaveStatus, string> = {
    saved: time ? t('applicant.save.savedAt', { time }) : t('applicant.save.nothing'),
    unsaved: t('applicant.save.unsaved'),
    saving: t('applicant.save.saving'),
    offline: t('applicant.save.offline'),
    invalid: t('applicant.save.invalid'),
    conflict: t('applicant.save.conflict'),
    'signed-out': t('applicant.save.signedOut'),
    closed: t('applicant.save.closed'),
  };
  const tone =
    status === 'saved' || status === 'saving' || status === 'unsaved'
      ? 'ok'
      : status === 'closed'
        ? 'warn'
        : 'danger';
  return <SaveStatusLine text={texts[status]} busy={status === 'saving'} tone={tone} />;
}
