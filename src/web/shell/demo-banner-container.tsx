/** The demo banner on every page while the server's clock is simulated; admins can move the clock. */
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format.js';
import { DemoBanner } from '../app-components/demo-banner.js';
import { useLocale } from '../i18n/index.js';
import { useClock, useServerNow } from './clock-context.js';
import { useHasRole } from './session-context.js';

// Only administrators get the controls, so only they download them.
const AdminClockControls = lazy(() =>
  import('./admin-clock-controls.js').then((m) => ({ default: m.AdminClockControls })),
);

function SimulatedClockBanner() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { jumps } = useClock();
  const now = useServerNow();
  const isAdmin = useHasRole('admin');
  return (
    <DemoBanner
      label={t('demo.label')}
      timeText={t('demo.simulatedTime', { time: formatDateTime(now, locale) })}
      explanation={t('demo.explanation')}
    >
      {isAdmin && (
        <Suspense fallback={null}>
          <AdminClockControls jumps={jumps} />
        </Suspense>
      )}
    </DemoBanner>
  );
}

export function DemoBannerContainer() {
  const { simulated } = useClock();
  return simulated ? <SimulatedClockBanner /> : null;
}
