/** `/calls/:callId`: the whole public call, in the chosen language. */
import { Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { api } from '../../api/client.js';
import type { PublicCallView } from '../../api/types.js';
import { AnnouncementBlocks } from '../../app-components/announcement-blocks.js';
import { BreadcrumbsNav } from '../../app-components/breadcrumbs-nav.js';
import { FactList } from '../../app-components/fact-list.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { localizedText, pickLocalized } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { AwardsLink } from './awards-link.js';
import { CallKeyFacts } from './call-key-facts.js';
import { NotFoundPage } from './not-found-page.js';

function CallView({ call }: { call: PublicCallView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = localizedText(call.title, locale);
  const summary = localizedText(call.summary, locale);
  useDocumentTitle(title.text);

  // An announcement not yet translated is shown in bokmål, marked as such for screen readers.
  const own = call.announcement[locale];
  const announcementLang = own.length > 0 ? locale : 'nb';
  const blocks = own.length > 0 ? own : call.announcement.nb;

  return (
    <>
      <BreadcrumbsNav
        label={t('common.breadcrumbs')}
        links={[
          <Link asChild key="home">
            <RouterLink to="/">{t('home.title')}</RouterLink>
          </Link>,
          <Link asChild key="call">
            <RouterLink
              to={`/calls/${encodeURIComponent(call.id)}`}
              aria-current="page"
              lang={title.lang}
            >
              {title.text}
            </RouterLink>
          </Link>,
        ]}
      />

      <div className="call-hero">
        <Paragraph data-size="sm" className="call-hero__scheme">
          {pickLocalized(call.scheme, locale)}
        </Paragraph>
        <Heading level={1} data-size="xl" lang={title.lang}>
          {title.text}
        </Heading>
        <Paragraph data-size="lg" className="lead" lang={summary.lang}>
          {summary.text}
        </Paragraph>
        <AwardsLink callId={call.id} />
      </div>

      <div className="call-layout">
        <CallKeyFacts call={call} />

        <div className="call-body">
          <section aria-label={t('call.announcement')} lang={announcementLang}>
            {announcementLang !== locale && (
              <Paragraph data-size="sm" lang={locale}>
                {t('call.fallbackLanguage')}
              </Paragraph>
            )}
            <AnnouncementBlocks blocks={blocks} headingLevel={2} />
          </section>

          <section aria-labelledby="call-criteria-heading">
            <Heading level={2} data-size="sm" id="call-criteria-heading">
              {t('call.criteria')}
            </Heading>
            <List.Ordered>
              {call.criteria.map((criterion) => (
                <List.Item key={criterion.id}>{pickLocalized(criterion.title, locale)}</List.Item>
              ))}
            </List.Ordered>
          </section>

          <section aria-labelledby="call-about-heading">
            <Heading level={2} data-size="sm" id="call-about-heading">
              {t('call.about')}
            </Heading>
            <FactList
              facts={[
                {
                  key: 'scheme',
                  term: t('call.scheme'),
                  value: pickLocalized(call.scheme, locale),
                },
                {
                  key: 'programme',
                  term: t('call.programme'),
                  value: pickLocalized(call.programme.name, locale),
                },
                {
                  key: 'ministry',
                  term: t('call.ministry'),
                  value: pickLocalized(call.programme.ministry, locale),
                },
                {
                  key: 'reform',
                  term: t('call.reform'),
                  value: pickLocalized(call.programme.reform, locale),
                },
              ]}
            />
          </section>
        </div>
      </div>
    </>
  );
}

export function CallPage() {
  const { t } = useTranslation();
  const { callId = '' } = useParams();
  const errorText = useErrorText();
  const { resource, retry } = useApiResource(callId, api.getCall);

  if (resource.status === 'ready') return <CallView call={resource.data} />;
  if (resource.status === 'error' && resource.error.status === 404) return <NotFoundPage />;
  return (
    <>
      <LoadingTitle />
      {resource.status === 'loading' ? (
        <LoadingState label={t('common.loading')} />
      ) : (
        <ErrorState
          level={1}
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('call.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      )}
    </>
  );
}

function LoadingTitle() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.loading'));
  return null;
}
