/**
 * `/calls/:callId/grants`: the call's grants for the officer, each with its acceptance state,
 * deadline, what is due and what is paid; recording a payment (dialog); the payments as CSV for
 * the accounting system; and what declines and lapses freed for the reserve list.
 */
import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { grantApi } from '../../api/followup.js';
import type { GrantList, GrantSummary } from '../../api/followup-types.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatCalendarDate, formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useServerNow } from '../../shell/clock-context.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { CaseBreadcrumbs } from '../officer/case-bits.js';
import { decisionsPath } from '../decisions/decision-bits.js';
import { PaymentDialog } from './payment-dialog.js';

const stateColor = {
  awaiting: 'warning',
  accepted: 'success',
  declined: 'neutral',
  lapsed: 'danger',
} as const;

function GrantTable({ list, onPay }: { list: GrantList; onPay: (g: GrantSummary) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="grants-caption">
      <Table data-size="sm">
        <caption id="grants-caption">
          {t('followup.grants.caption', { count: list.grants.length })}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('followup.col.case')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('followup.col.institution')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('followup.col.grant')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('followup.col.state')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('followup.col.deadline')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('followup.col.dueNok')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('followup.col.paidNok')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('followup.col.action')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {list.grants.map((g) => (
            <Table.Row key={g.decisionId}>
              <Table.HeaderCell scope="row">
                <span className="case-number">{g.caseNumber}</span>
              </Table.HeaderCell>
              <Table.Cell>{g.institutionName}</Table.Cell>
              <Table.Cell className="numeric">{formatNok(g.grantNok, locale)}</Table.Cell>
              <Table.Cell>
                <Tag data-size="sm" data-color={stateColor[g.state]}>
                  {t(`followup.state.${g.state}`)}
                </Tag>
              </Table.Cell>
              <Table.Cell>{formatCalendarDate(g.deadline, locale)}</Table.Cell>
              <Table.Cell className="numeric">{formatNok(g.dueNok, locale)}</Table.Cell>
              <Table.Cell className="numeric">{formatNok(g.paidNok, locale)}</Table.Cell>
              <Table.Cell>
                {g.state === 'accepted' && g.paidNok < g.grantNok && (
                  <Button
                    type="button"
                    variant="secondary"
                    data-size="sm"
                    aria-label={t('followup.pay.openFor', { caseNumber: g.caseNumber })}
                    onClick={() => onPay(g)}
                  >
                    {t('followup.pay.open')}
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

export function GrantsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const { callId = '' } = useParams();
  const { resource, retry } = useApiResource(callId, grantApi.list);
  const [paying, setPaying] = useState<GrantSummary | null>(null);
  const now = useServerNow();
  const today = now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
  const title = t('followup.grants.title');
  useDocumentTitle(title);
  return (
    <div className="grants-page">
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
      <Paragraph>{t('followup.grants.intro')}</Paragraph>
      {resource.status === 'loading' && <LoadingState label={t('followup.grants.loading')} />}
      {resource.status === 'error' && (
        <ErrorState
          title={t('followup.grants.loadFailed')}
          {...errorText(resource.error, t('followup.grants.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      )}
      {resource.status === 'ready' && (
        <>
          <Paragraph>
            {t('followup.grants.totals', {
              inForce: formatNok(resource.data.inForceNok, locale),
              freed: formatNok(resource.data.freedNok, locale),
            })}
          </Paragraph>
          <GrantTable list={resource.data} onPay={setPaying} />
          <Paragraph>
            <Link href={grantApi.csvUrl(callId)} download>
              {t('followup.grants.csv')}
            </Link>
          </Paragraph>
        </>
      )}
      <PaymentDialog
        grant={paying}
        today={today}
        onClose={() => setPaying(null)}
        onRecorded={retry}
      />
    </div>
  );
}
