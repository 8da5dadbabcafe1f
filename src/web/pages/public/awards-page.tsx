/**
 * `/calls/:callId/awards`: the call's grants, public once decisions are issued (offentleglova):
 * institution, project, county and amount, with the total; sortable by column; also as JSON and CSV.
 */
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { publicAwardsApi } from '../../api/decisions.js';
import type { PublicAward } from '../../api/decision-types.js';
import { BreadcrumbsNav } from '../../app-components/breadcrumbs-nav.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatNok, localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';

type SortKey = 'institutionName' | 'projectTitle' | 'county' | 'grantNok';
type Sort = { key: SortKey; direction: 'ascending' | 'descending' };

const collator = new Intl.Collator('nb');

function compare(a: PublicAward, b: PublicAward, key: SortKey): number {
  if (key === 'grantNok') return a.grantNok - b.grantNok;
  return collator.compare(a[key] ?? '', b[key] ?? '');
}

function AwardTable({ awards }: { awards: PublicAward[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [sort, setSort] = useState<Sort>({ key: 'institutionName', direction: 'ascending' });
  const sorted = useMemo(() => {
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...awards].sort(
      (a, b) => sign * compare(a, b, sort.key) || collator.compare(a.projectTitle, b.projectTitle),
    );
  }, [awards, sort]);
  const total = awards.reduce((sum, a) => sum + a.grantNok, 0);
  const header = (key: SortKey, label: string, numeric = false) => (
    <Table.HeaderCell
      scope="col"
      className={numeric ? 'numeric' : undefined}
      sort={sort.key === key ? sort.direction : 'none'}
      onClick={() =>
        setSort((s) => ({
          key,
          direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
        }))
      }
    >
      {label}
    </Table.HeaderCell>
  );
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="awards-caption">
        <Table data-size="sm" zebra className="awards-table">
          <caption id="awards-caption">
            {t('decisions.awards.totalLine', {
              count: awards.length,
              nok: formatNok(total, locale),
            })}
          </caption>
          <Table.Head>
            <Table.Row>
              {header('institutionName', t('decisions.col.institution'))}
              {header('projectTitle', t('decisions.awards.project'))}
              {header('county', t('decisions.awards.county'))}
              {header('grantNok', t('decisions.col.amount'), true)}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sorted.map((a) => (
              <Table.Row key={a.caseNumber}>
                <Table.Cell>{a.institutionName}</Table.Cell>
                <Table.Cell>{a.projectTitle}</Table.Cell>
                <Table.Cell>{a.county ?? '–'}</Table.Cell>
                <Table.Cell className="numeric">{formatNok(a.grantNok, locale)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <tfoot>
            <Table.Row>
              <Table.HeaderCell scope="row" colSpan={3}>
                {t('decisions.awards.total')}
              </Table.HeaderCell>
              <Table.Cell className="numeric">
                <strong>{formatNok(total, locale)}</strong>
              </Table.Cell>
            </Table.Row>
          </tfoot>
        </Table>
      </div>
    </>
  );
}

export function AwardsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { callId = '' } = useParams();
  // The call's title names the way back; the list stands without it if the call cannot be read.
  const load = useCallback(
    (id: string) =>
      Promise.all([publicAwardsApi.list(id), api.getCall(id).catch(() => null)]).then(
        ([awards, call]) => ({ awards, call }),
      ),
    [],
  );
  const { resource, retry } = useApiResource(callId, load);
  const locale = useLocale();
  const callTitle =
    resource.status === 'ready' && resource.data.call
      ? localizedText(resource.data.call.title, locale)
      : null;
  const title = t('decisions.awards.title');
  useDocumentTitle(title);
  const callPath = `/calls/${encodeURIComponent(callId)}`;
  return (
    <div className="awards-page">
      <BreadcrumbsNav
        label={t('common.breadcrumbs')}
        links={[
          <Link asChild key="home">
            <RouterLink to="/">{t('home.title')}</RouterLink>
          </Link>,
          <Link asChild key="call">
            <RouterLink to={callPath} lang={callTitle?.lang}>
              {callTitle?.text ?? t('decisions.awards.call')}
            </RouterLink>
          </Link>,
          <span key="current" aria-current="page">
            {title}
          </span>,
        ]}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="lead">{t('decisions.awards.intro')}</Paragraph>
      {resource.status === 'loading' && <LoadingState label={t('common.loading')} />}
      {resource.status === 'error' && (
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('decisions.awards.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      )}
      {resource.status === 'ready' &&
        (resource.data.awards.length === 0 ? (
          <Paragraph>{t('decisions.awards.none')}</Paragraph>
        ) : (
          <AwardTable awards={resource.data.awards} />
        ))}
      <Paragraph>
        {t('decisions.awards.download')}{' '}
        <Link href={publicAwardsApi.jsonUrl(callId)} type="application/json">
          JSON
        </Link>
        {' · '}
        <Link href={publicAwardsApi.csvUrl(callId)} type="text/csv" download>
          CSV
        </Link>
      </Paragraph>
    </div>
  );
}
