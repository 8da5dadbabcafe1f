/**
 * `/calls/:callId/allocation`: the allocation workspace (R27). The call's selection method in
 * words, the scenarios and the ways to make one, the rank order with the cut line of the plain
 * rank-order allocation (the baseline every scenario is measured against), and the cases that are
 * not in it: those still without consensus and those the formal check proposes to reject.
 */
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { allocationApi } from '../../api/allocation.js';
import type { AllocationWorkspace } from '../../api/allocation-types.js';
import { FactList } from '../../app-components/fact-list.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { useHasRole } from '../../shell/session-context.js';
import { CaseBreadcrumbs } from '../officer/case-bits.js';
import { cutLineAfter, limitTexts, rankChainText, scenarioPath } from './allocation-bits.js';
import { PotBar } from './pot-bar.js';
import { RankStrip } from './rank-strip.js';
import { RankTable } from './rank-table.js';
import { ScenarioList } from './scenario-list.js';

function Method({ workspace }: { workspace: AllocationWorkspace }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { method } = workspace;
  const limits = limitTexts(method, t, locale);
  const citation = localizedText(method.citation, locale);
  return (
    <section aria-labelledby="method-title" className="allocation-section">
      <Heading level={2} data-size="sm" id="method-title">
        {t('allocation.method.title')}
      </Heading>
      <FactList
        facts={[
          { key: 'rank', term: t('allocation.method.rankBy'), value: rankChainText(method, t) },
          {
            key: 'line',
            term: t('allocation.method.atBudgetLine'),
            value: t(`allocation.budgetLineRule.${method.atBudgetLine}`),
          },
          {
            key: 'reserve',
            term: t('allocation.method.reserve'),
            value: t('allocation.method.reserveLength', { count: method.reserveListLength }),
          },
          {
            key: 'limits',
            term: t('allocation.method.limits'),
            value:
              limits.length === 0 ? (
                t('allocation.method.noLimits')
              ) : (
                <ul className="plain-list">
                  {limits.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <blockquote className="citation" lang={citation.lang}>
        {citation.text}
      </blockquote>
    </section>
  );
}

function Outside({ workspace }: { workspace: AllocationWorkspace }) {
  const { t } = useTranslation();
  if (workspace.excluded.length === 0 && workspace.notReady.length === 0) return null;
  return (
    <section aria-labelledby="outside-title" className="allocation-section">
      <Heading level={2} data-size="sm" id="outside-title">
        {t('allocation.outside.title')}
      </Heading>
      {workspace.excluded.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('allocation.outside.excluded', { count: workspace.excluded.length })}
          </Heading>
          <ul className="outside-list">
            {workspace.excluded.map((c) => (
              <li key={c.caseId}>
                <Link asChild>
                  <RouterLink to={`/cases/${encodeURIComponent(c.caseId)}`}>
                    {c.caseNumber} {c.title}
                  </RouterLink>
                </Link>{' '}
                <span className="muted">· {c.institutionName}</span>
                <Paragraph data-size="sm">{c.reason}</Paragraph>
              </li>
            ))}
          </ul>
        </>
      )}
      {workspace.notReady.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('allocation.outside.notReady', { count: workspace.notReady.length })}
          </Heading>
          <ul className="outside-list">
            {workspace.notReady.map((c) => (
              <li key={c.caseId}>
                <Link asChild>
                  <RouterLink to={`/cases/${encodeURIComponent(c.caseId)}`}>
                    {c.caseNumber} {c.title}
                  </RouterLink>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function AllocationPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { callId = '' } = useParams();
  const { resource, retry } = useApiResource(callId, allocationApi.workspace);
  const canEdit = useHasRole('officer');
  const title = t('allocation.title');
  useDocumentTitle(title);
  const callCases = `/calls/${encodeURIComponent(callId)}/cases`;
  const baselineEntries = useMemo(
    () =>
      resource.status === 'ready'
        ? new Map(resource.data.baseline.entries.map((e) => [e.caseId, e]))
        : new Map(),
    [resource],
  );

  const body = () => {
    if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
    if (resource.status === 'error') {
      return (
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('allocation.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      );
    }
    const workspace = resource.data;
    const approved = workspace.scenarios.find((s) => s.id === workspace.approvedScenarioId);
    return (
      <>
        {approved && (
          <Alert data-color="success">
            {t('allocation.approvedNotice')}{' '}
            <Link asChild>
              <RouterLink to={scenarioPath(approved.id)}>{approved.name}</RouterLink>
            </Link>
            {' · '}
            <Link asChild>
              <RouterLink to={`/calls/${encodeURIComponent(workspace.callId)}/decisions`}>
                {t('decisions.title')}
              </RouterLink>
            </Link>
          </Alert>
        )}
        <section aria-labelledby="scenarios-title" className="allocation-section">
          <Heading level={2} data-size="sm" id="scenarios-title">
            {t('allocation.scenarios.title')}
          </Heading>
          <ScenarioList workspace={workspace} canEdit={canEdit} />
        </section>
        <section aria-labelledby="baseline-title" className="allocation-section">
          <Heading level={2} data-size="sm" id="baseline-title">
            {t('allocation.baseline.title')}
          </Heading>
          <Paragraph>{t('allocation.baseline.intro')}</Paragraph>
          <PotBar totals={workspace.baseline.totals} id="baseline-pot" />
          <RankStrip
            cases={workspace.cases}
            entries={baselineEntries}
            potNok={workspace.potNok}
            id="baseline-strip"
          />
          <RankTable
            id="baseline-caption"
            caption={t('allocation.baseline.caption', { count: workspace.cases.length })}
            cases={workspace.cases}
            entries={baselineEntries}
            cutAfter={cutLineAfter(workspace)}
          />
        </section>
        <Outside workspace={workspace} />
        <Method workspace={workspace} />
      </>
    );
  };

  return (
    <div className="allocation-page">
      <CaseBreadcrumbs trail={[{ to: callCases, label: t('cases.list.title') }]} current={title} />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="lead">{t('allocation.intro')}</Paragraph>
      {body()}
    </div>
  );
}
