/** `/cases`: where an officer or leader starts: every call with its intake and links to its cases. */
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
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';

function CallItem({ call }: { call: CallSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = localizedText(call.title, locale);
  const base = `/calls/${encodeURIComponent(call.id)}`;
  return (
    <li>
      <CallCard
        titleLink={
          <Link asChild>
            <RouterLink to={`${base}/cases`} lang={title.lang}>
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
          {
            key: 'panel',
            term: t('cases.home.panel'),
            value: (
              <Link asChild>
                <RouterLink to={`${base}/panel`}>{t('cases.panel.title')}</RouterLink>
              </Link>
            ),
          },
          {
            key: 'allocation',
            term: t('allocation.homeTerm'),
            value: (
              <Link asChild>
                <RouterLink to={`${base}/allocation`}>{t('allocation.title')}</RouterLink>
              </Link>
            ),
          },
          {
            key: 'decisions',
            term: t('decisions.homeTerm'),
            value: (
              <Link asChild>
                <RouterLink to={`${base}/decisions`}>{t('decisions.title')}</RouterLink>
              </Link>
            ),
          },
        ]}
      />
    </li>
  );
}

export function OfficerHomePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const title = t('cases.home.title');
  useDocumentTitle(title);
  const { resource, retry } = useApiResource('calls', api.listCalls);
  return (
    <>
      <Heading level={1} data-size="xl">
        {title}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {t('cases.home.intro')}
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
      {resource.status === 'ready' && (
        <ul className="call-list">
          {resource.data.map((call) => (
            <CallItem key={call.id} call={call} />
          ))}
        </ul>
      )}
    </>
  );
}
