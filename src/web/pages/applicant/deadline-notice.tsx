/** In the last 48 hours every applicant page shows the time left; after the deadline, that it is closed. */
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatOsloWeekdayDateTime } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useServerNow } from '../../shell/clock-context.js';
import { useRemainingText } from '../../shell/use-remaining-text.js';

const LAST_HOURS_MS = 48 * 3_600_000;

export function DeadlineNotice({ deadline }: { deadline: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useServerNow();
  const remainingText = useRemainingText();
  const remaining = Date.parse(deadline) - now.getTime();
  const when = formatOsloWeekdayDateTime(new Date(deadline), locale);
  if (remaining <= 0) {
    return (
      <Alert data-color="info" className="deadline-notice">
        <Paragraph>{t('applicant.closed', { deadline: when })}</Paragraph>
      </Alert>
    );
  }
  if (remaining > LAST_HOURS_MS) return null;
  return (
    <Alert data-color="warning" className="deadline-notice">
      {/* The countdown ticks every second; announcing each tick would drown a screen reader. */}
      <Paragraph aria-live="off">
        {t('applicant.timeLeft', { remaining: remainingText(remaining), deadline: when })}
      </Paragraph>
    </Alert>
  );
}
