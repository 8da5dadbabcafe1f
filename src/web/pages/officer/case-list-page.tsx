/**
 * `/calls/:callId/cases`: the officer's cases of a call. Intake status at the top; the cases as a
 * table with server-side filters, sorting and paging, all kept in the URL; the drafts never
 * submitted listed apart (`?view=not-submitted`); downloads of the filtered list as XLSX and CSV.
 */
import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { casesApi, caseQueryString } from '../../api/cases.js';
import type { CaseListItem, CaseListPage, CaseListQuery, CaseSort } from '../../api/case-types.js';
import { api } from '../../api/client.js';
import type { PublicCallView } from '../../api/types.js';
import { FactList } from '../../app-components/fact-list.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatDateTime, formatNok, localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { CaseBreadcrumbs, CaseStatusTag, formatScore } from './case-bits.js';
import { CaseFilters } from './case-filters.js';
import { ariaSortOf, nextSort, queryFromParams } from './case-query.js';
import { NotSubmittedList } from './not-submitted-list.js';

interface Loaded {
  list: CaseListPage;
  call: PublicCallView;
}

const COLUMNS: { sort: CaseSort; numeric?: boolean }[] = [
  { sort: 'caseNumber' },
  { sort: 'institution' },
  { sort: 'county' },
  { sort: 'grantApplied', numeric: true },
  { sort: 'companies', numeric: true },
  { sort: 'participants', numeric: true },
  { sort: 'findings', numeric: true },
  { sort: 'status' },
  { sort: 'meanScore', numeric: true },
];

export function CaseListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const { callId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const view = params.get('view') === 'not-submitted' ? 'not-submitted' : 'cases';
  const qs = caseQueryString(query);
  const load = useCallback(
    async (key: string): Promise<Loaded> => {
      const [list, call] = await Promise.all([
        casesApi.listCases(callId, queryFromParams(new URLSearchParams(key.split('?')[1] ?? ''))),
        api.getCall(callId),
      ]);
      return { list, call };
    },
    [callId],
  );
  const { resource, retry } = useApiResource(`${callId}?${qs}`, load);
  // While a new sort or filter loads, the last answer stays on screen (and the focus with it).
  const [shown, setShown] = useState<Loaded | null>(null);
  if (resource.status === 'ready' && shown !== resource.data) setShown(resource.data);
  const data =
    resource.status === 'ready' ? resource.data : resource.status === 'loading' ? shown : null;
  const callTitle = data ? localizedText(data.call.title, locale).text : '';
  const title = t('cases.list.title');
  useDocumentTitle(callTitle ? `${title}: ${callTitle}` : title);

  const go = (next: CaseListQuery, nextView = view) => {
    const search = new URLSearchParams(caseQueryString(next));
    if (nextView === 'not-submitted') search.set('view', 'not-submitted');
    setParams(search);
  };

  const body = () => {
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
    if (!data) return <LoadingState label={t('common.loading')} />;
    const { list } = data;
    const { intake } = list;
    return (
      <>
        <section aria-labelledby="intake-heading" className="intake-status">
          <Heading level={2} data-size="xs" id="intake-heading">
            {t('cases.intake.heading')}
          </Heading>
          <FactList
            className="fact-list--inline"
            facts={[
              {
                key: 'deadline',
                term: t('cases.intake.deadline'),
                value: formatDateTime(new Date(intake.deadline), locale),
              },
              {
                key: 'closed',
                term: t('cases.intake.closedAt'),
                value: intake.closedAt
                  ? formatDateTime(new Date(intake.closedAt), locale)
                  : t('cases.intake.open'),
              },
              { key: 'cases', term: t('cases.intake.cases'), value: String(intake.cases) },
              {
                key: 'not-submitted',
                term: t('cases.intake.notSubmitted'),
                value: String(intake.notSubmitted),
              },
            ]}
          />
          <Paragraph data-size="sm" className="case-list__links">
            <Link asChild>
              <RouterLink to={`/calls/${encodeURIComponent(callId)}/panel`}>
                {t('cases.list.panelLink')}
              </RouterLink>
            </Link>
            {' · '}
            <Link asChild>
              <RouterLink to={`/calls/${encodeURIComponent(callId)}/allocation`}>
                {t('allocation.listLink')}
              </RouterLink>
            </Link>
          </Paragraph>
        </section>
        <nav className="view-switch" aria-label={t('cases.list.views')}>
          <RouterLink
            to={`?${caseQueryString(query)}`}
            aria-current={view === 'cases' ? 'page' : undefined}
            className="view-switch__link"
          >
            {t('cases.list.casesTab', { count: intake.cases })}
          </RouterLink>
          <RouterLink
            to="?view=not-submitted"
            aria-current={view === 'not-submitted' ? 'page' : undefined}
            className="view-switch__link"
          >
            {t('cases.list.notSubmittedTab', { count: intake.notSubmitted })}
          </RouterLink>
        </nav>
        {view === 'not-submitted' ? (
          <NotSubmittedList callId={callId} />
        ) : (
          <CasesView
            callId={callId}
            list={list}
            busy={resource.status === 'loading'}
            query={query}
            onQuery={(next) => go(next, 'cases')}
          />
        )}
      </>
    );
  };

  return (
    <div className="case-list-page">
      <CaseBreadcrumbs trail={[]} current={callTitle || title} />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {callTitle && (
        <Paragraph data-size="lg" className="lead">
          {callTitle}
        </Paragraph>
      )}
      {body()}
    </div>
  );
}

function CasesView({
  callId,
  list,
  query,
  onQuery,
  busy,
}: {
  callId: string;
  list: CaseListPage;
  busy: boolean;
  query: CaseListQuery;
  onQuery: (query: CaseListQuery) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const first = list.total === 0 ? 0 : (list.page - 1) * list.pageSize + 1;
  const last = Math.min(list.total, list.page * list.pageSize);
  const filterKey = caseQueryString({ ...query, sort: undefined, dir: undefined, page: undefined });
  // After "Use filters" the form is rebuilt from the URL; the reader goes on at the result count.
  const focusResults = useRef(false);
  useEffect(() => {
    if (!focusResults.current || busy) return;
    focusResults.current = false;
    document.getElementById('case-results')?.focus();
  }, [list, busy]);
  return (
    <section aria-labelledby="cases-heading">
      <Heading level={2} data-size="sm" id="cases-heading" className="visually-hidden">
        {t('cases.list.casesHeading')}
      </Heading>
      <CaseFilters
        key={filterKey}
        query={query}
        facets={list.facets}
        onApply={(next) => {
          focusResults.current = true;
          onQuery(next);
        }}
        onReset={() => onQuery({ sort: query.sort, dir: query.dir })}
      />
      <div className="case-list__toolbar">
        <Paragraph role="status" data-size="sm" id="case-results" tabIndex={-1} aria-busy={busy}>
          {t('cases.list.showing', { first, last, total: list.total })}
        </Paragraph>
        <Paragraph data-size="sm" className="case-list__downloads">
          <Link href={casesApi.exportHref(callId, 'xlsx', query, locale)} download>
            {t('cases.list.downloadXlsx')}
          </Link>
          <Link href={casesApi.exportHref(callId, 'csv', query, locale)} download>
            {t('cases.list.downloadCsv')}
          </Link>
        </Paragraph>
      </div>
      {list.items.length === 0 ? (
        <Paragraph>{t('cases.list.empty')}</Paragraph>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="cases-caption">
          <Table zebra data-size="sm" className="case-table">
            <caption id="cases-caption">{t('cases.list.caption')}</caption>
            <Table.Head>
              <Table.Row>
                {COLUMNS.map((column) => (
                  <Table.HeaderCell
                    key={column.sort}
                    sort={ariaSortOf(query, column.sort)}
                    className={column.numeric ? 'numeric' : undefined}
                    onClick={() => onQuery(nextSort(query, column.sort))}
                  >
                    {t(`cases.column.${column.sort}`)}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.items.map((item) => (
                <CaseRow key={item.id} item={item} locale={locale} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t('cases.list.pages')}>
          {list.page > 1 && (
            <Link asChild>
              <RouterLink to={`?${caseQueryString({ ...query, page: list.page - 1 })}`}>
                {t('cases.list.previous')}
              </RouterLink>
            </Link>
          )}
          <span>{t('cases.list.pageOf', { page: list.page, pages })}</span>
          {list.page < pages && (
            <Link asChild>
              <RouterLink to={`?${caseQueryString({ ...query, page: list.page + 1 })}`}>
                {t('cases.list.next')}
              </RouterLink>
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}

function CaseRow({ item, locale }: { item: CaseListItem; locale: 'nb' | 'nn' | 'en' }) {
  const { t } = useTranslation();
  return (
    <Table.Row>
      <Table.Cell>
        <Link asChild>
          <RouterLink to={`/cases/${item.id}`}>{item.caseNumber}</RouterLink>
        </Link>
        <div className="muted case-table__title">{item.title}</div>
      </Table.Cell>
      <Table.Cell>{item.institution.name}</Table.Cell>
      <Table.Cell>{item.county ?? '–'}</Table.Cell>
      <Table.Cell className="numeric">{formatNok(item.grantApplied, locale)}</Table.Cell>
      <Table.Cell className="numeric">{item.companies}</Table.Cell>
      <Table.Cell className="numeric">{item.participants}</Table.Cell>
      <Table.Cell className="numeric">{item.findings}</Table.Cell>
      <Table.Cell>
        <CaseStatusTag status={item.status} />
        {item.disagreement && (
          <Tag data-size="sm" data-color="warning" className="case-flag">
            {t('cases.disagreement.flag')}
          </Tag>
        )}
      </Table.Cell>
      <Table.Cell className="numeric">{formatScore(item.meanScore, locale)}</Table.Cell>
    </Table.Row>
  );
}
