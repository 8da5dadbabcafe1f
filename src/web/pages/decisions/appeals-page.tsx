/** `/calls/:callId/appeals`: every klage filed against the call's decisions, late ones flagged with their date. */
import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { appealApi } from '../../api/decisions.js';
import type { AppealSummary } from '../../api/decision-types.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatDateTime } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { CaseBreadcrumbs } from '../officer/case-bits.js';
import { AppealStateTag, appealPath, decisionsPath } from './decision-bits.js';

function AppealTable({ appeals }: { appeals: AppealSummary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="appeals-caption">
      <Table data-size="sm">
        <caption id="appeals-caption">
          {t('decisions.appeals.caption', { count: appeals.length })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('decisions.col.case')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('decisions.col.institution')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('decisions.appeal.receivedAt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('decisions.col.state')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {appeals.map((a) => (
            <Table.Row key={a.id}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={appealPath(a.id)}>
                    <span className="case-number">{a.caseNumber}</span>
                  </RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>{a.institutionName}</Table.Cell>
              <Table.Cell>
                {formatDateTime(new Date(a.receivedAt), locale)}{' '}
                {a.late && (
                  <Tag data-size="sm" data-color="danger">
                    {t('decisions.appeal.late')}
                  </Tag>
                )}
              </Table.Cell>
              <Table.Cell>
                <AppealStateTag state={a.state} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function AppealsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { callId = '' } = useParams();
  const { resource, retry } = useApiResource(callId, appealApi.list);
  const title = t('decisions.appeals.title');
  useDocumentTitle(title);
  return (
    <div className="appeals-page">
      <CaseBreadcrumbs
        trail={[
          { to: `/calls/${encodeURIComponent(callId)}/cases`, label: t('cases.list.title') },
          { to: decisionsPath(callId), label: t('decisions.title') },
        ]}
        current={title}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {resource.status === 'loading' && <LoadingState label={t('common.loading')} />}
      {resource.status === 'error' && (
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('decisions.appeal.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      )}
      {resource.status === 'ready' &&
        (resource.data.length === 0 ? (
          <Paragraph>{t('decisions.appeals.none')}</Paragraph>
        ) : (
          <AppealTable appeals={resource.data} />
        ))}
    </div>
  );
}
