/** The drafts of a call that were never submitted: not cases, listed apart as "Ikke sendt inn". */
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { casesApi } from '../../api/cases.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatDateTime } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useErrorText } from '../../shell/use-error-text.js';

export function NotSubmittedList({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const { resource, retry } = useApiResource(callId, casesApi.notSubmitted);
  const body = () => {
    if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
    if (resource.status === 'error') {
      return (
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('cases.list.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      );
    }
    if (resource.data.length === 0) return <Paragraph>{t('cases.notSubmitted.empty')}</Paragraph>;
    return (
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="drafts-caption">
        <Table zebra data-size="sm" className="not-submitted-table">
          <caption id="drafts-caption">{t('cases.notSubmitted.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('cases.column.institution')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.notSubmitted.title')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.column.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.notSubmitted.updatedAt')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {resource.data.map((item) => (
              <Table.Row key={item.applicationId}>
                <Table.Cell>{item.institution.name}</Table.Cell>
                <Table.Cell>{item.title ?? t('cases.notSubmitted.untitled')}</Table.Cell>
                <Table.Cell>
                  <Tag data-size="sm" data-color="neutral">
                    {item.status === 'withdrawn'
                      ? t('cases.notSubmitted.withdrawn')
                      : t('cases.notSubmitted.label')}
                  </Tag>
                </Table.Cell>
                <Table.Cell>{formatDateTime(new Date(item.updatedAt), locale)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    );
  };
  return (
    <section aria-labelledby="not-submitted-heading">
      <Heading level={2} data-size="sm" id="not-submitted-heading">
        {t('cases.notSubmitted.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('cases.notSubmitted.intro')}</Paragraph>
      {body()}
    </section>
  );
}
