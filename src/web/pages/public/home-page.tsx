/** `/`: the calls that are published, each linking to its call page. */
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { api } from '../../api/client.js';
import type { CallSummary } from '../../api/types.js';
import { CallCard } from '../../app-components/call-card.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { PhaseTag } from '../../app-components/phase-tag.js';
import { formatNok, formatOsloWeekdayDateTime, localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useClock } from '../../shell/clock-context.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';

function CallListItem({ call }: { call: CallSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = localizedText(call.title, locale);
  return (
    <li>
      <CallCard
        titleLink={
          <Link asChild>
            <RouterLink to={`/calls/${encodeURIComponent(call.id)}`} lang={title.lang}>
              {title.text}
            </RouterLink>
          </Link>
        }
        status={<PhaseTag phase={call.phase} label={t(`phase.${call.phase}`)} />}
        facts={[
          { key: 'pot', term: t('home.pot'), value: formatNok(call.potNok, locale) },
          {
            key: 'deadline',
            term: t('home.deadline'),
            value: formatOsloWeekdayDateTime(new Date(call.deadline), locale),
          },
        ]}
      />
    </li>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  useDocumentTitle(t('home.title'));
  // The phases in the list are the server's; read them again when an admin moves the demo clock.
  const { changes } = useClock();
  const { resource, retry } = useApiResource(`calls@${changes}`, api.listCalls);

  return (
    <>
      <Heading level={1} data-size="xl">
        {t('home.title')}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {t('home.intro')}
      </Paragraph>
      {resource.status === 'loading' && <LoadingState label={t('common.loading')} />}
      {resource.status === 'error' && (
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('home.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      )}
      {resource.status === 'ready' &&
        (resource.data.length === 0 ? (
          <Paragraph>{t('home.empty')}</Paragraph>
        ) : (
          <ul className="call-list">
            {resource.data.map((call) => (
              <CallListItem key={call.id} call={call} />
            ))}
          </ul>
        ))}
    </>
  );
}
