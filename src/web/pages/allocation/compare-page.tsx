/**
 * `/calls/:callId/allocation/compare?a=…&b=…`: two scenarios side by side (R27): their totals, who
 * moves in or out, whose amount or reserve place changes, and the spread over counties and
 * institutions as paired bars with the figures in tables behind them.
 */
import { Heading, Link, Paragraph, Switch, Table } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { allocationApi } from '../../api/allocation.js';
import type { ComparisonRow, ScenarioComparison } from '../../api/allocation-types.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { CaseBreadcrumbs } from '../officer/case-bits.js';
import { ScenarioStateTag, allocationPath, scenarioPath } from './allocation-bits.js';
import { SpreadChart } from './spread-chart.js';

function Side({ row, side }: { row: ComparisonRow; side: 'a' | 'b' }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const s = row[side];
  if (s.placement === 'main') return <>{formatNok(s.grantNok ?? 0, locale)}</>;
  if (s.placement === 'reserve')
    return <>{t('allocation.reserveNo', { n: s.reservePosition ?? 0 })}</>;
  return <>{t('allocation.placement.refused')}</>;
}

function Comparison({ data, callId }: { data: ScenarioComparison; callId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [onlyChanges, setOnlyChanges] = useState(true);
  const rows = onlyChanges ? data.rows.filter((r) => r.change !== 'same') : data.rows;
  const changed = data.rows.filter((r) => r.change !== 'same').length;
  return (
    <>
      <ul className="compare-heads">
        {(['a', 'b'] as const).map((side) => {
          const s = data[side];
          return (
            <li key={side} className="compare-head">
              <span className="compare-head__side">{t(`allocation.compare.${side}`)}</span>
              <Link asChild>
                <RouterLink to={scenarioPath(s.id)}>{s.name}</RouterLink>
              </Link>{' '}
              <ScenarioStateTag state={s.state} />
              <Paragraph data-size="sm">
                {t('allocation.compare.totals', {
                  granted: formatNok(s.totals.grantedNok, locale),
                  main: s.mainCount,
                  reserve: s.reserveCount,
                })}
              </Paragraph>
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="changes-title" className="allocation-section">
        <Heading level={2} data-size="sm" id="changes-title">
          {t('allocation.compare.changes', { count: changed })}
        </Heading>
        <div className="compare-switch">
          <Switch
            label={t('allocation.compare.onlyChanges')}
            checked={onlyChanges}
            onChange={(e) => setOnlyChanges(e.target.checked)}
          />
        </div>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="changes-caption">
          <Table data-size="sm">
            <caption id="changes-caption">{t('allocation.compare.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('allocation.col.case')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('allocation.compare.a')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('allocation.compare.b')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('allocation.compare.change')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.caseId} className={`change--${row.change}`}>
                  <Table.HeaderCell scope="row">
                    <span className="case-number">{row.caseNumber}</span> {row.title}
                  </Table.HeaderCell>
                  <Table.Cell className="numeric">
                    <Side row={row} side="a" />
                  </Table.Cell>
                  <Table.Cell className="numeric">
                    <Side row={row} side="b" />
                  </Table.Cell>
                  <Table.Cell>{t(`allocation.compare.kind.${row.change}`)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </section>
      <section aria-labelledby="compare-spread-title" className="allocation-section">
        <Heading level={2} data-size="sm" id="compare-spread-title">
          {t('allocation.spread.title')}
        </Heading>
        <ul className="pot-bar__legend" aria-hidden="true">
          <li>
            <span className="swatch swatch--series-0" />
            {data.a.name}
          </li>
          <li>
            <span className="swatch swatch--series-1" />
            {data.b.name}
          </li>
        </ul>
        <div className="spread-grid">
          <SpreadChart
            id="compare-county"
            title={t('allocation.spread.byCounty')}
            keyLabel={t('allocation.spread.county')}
            series={[data.a.name, data.b.name]}
            rows={data.byCounty.map((s) => ({ key: s.key, label: s.label, values: [s.a, s.b] }))}
          />
          <SpreadChart
            id="compare-institution"
            title={t('allocation.spread.byInstitution')}
            keyLabel={t('allocation.spread.institution')}
            series={[data.a.name, data.b.name]}
            rows={data.byInstitution.map((s) => ({
              key: s.key,
              label: s.label,
              values: [s.a, s.b],
            }))}
          />
        </div>
      </section>
      <Paragraph>
        <Link asChild>
          <RouterLink to={allocationPath(callId)}>{t('allocation.compare.back')}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}

export function ComparePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { callId = '' } = useParams();
  const [params] = useSearchParams();
  const key = `${callId}|${params.get('a') ?? ''}|${params.get('b') ?? ''}`;
  const load = useCallback((k: string) => {
    const [call = '', a = '', b = ''] = k.split('|');
    return allocationApi.compare(call, a, b);
  }, []);
  const { resource, retry } = useApiResource(key, load);
  const title = t('allocation.compare.title');
  useDocumentTitle(title);
  return (
    <div className="compare-page">
      <CaseBreadcrumbs
        trail={[
          { to: `/calls/${encodeURIComponent(callId)}/cases`, label: t('cases.list.title') },
          { to: allocationPath(callId), label: t('allocation.title') },
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
          {...errorText(resource.error, t('allocation.compare.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      )}
      {resource.status === 'ready' && <Comparison data={resource.data} callId={callId} />}
    </div>
  );
}
