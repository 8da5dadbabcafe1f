/**
 * `/allocation/scenarios/:scenarioId`: one scenario of the allocation (R27). The pot bar, the rank
 * order with where the scenario puts each case and the baseline's cut line, the reserve list, the
 * departures and their reasons, the optimiser's explanations, the spread over counties and
 * institutions, and the four-eyes actions. The officer changes a case in the entry editor; each
 * change answers with the whole scenario as stored, so the totals shown are always the server's.
 */
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { allocationApi } from '../../api/allocation.js';
import type { AllocationWorkspace, ScenarioDetail } from '../../api/allocation-types.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { useHasRole } from '../../shell/session-context.js';
import { CaseBreadcrumbs } from '../officer/case-bits.js';
import {
  ScenarioStateTag,
  allocationPath,
  caseIndex,
  cutLineAfter,
  isEditableState,
} from './allocation-bits.js';
import { EntryEditor } from './entry-editor.js';
import { PotBar } from './pot-bar.js';
import { RankStrip } from './rank-strip.js';
import { RankTable } from './rank-table.js';
import { ReviewNotice, ScenarioActions } from './scenario-actions.js';
import { Departures, History, ReserveList, SolverExplanations } from './scenario-facts.js';
import { SpreadChart } from './spread-chart.js';

interface Loaded {
  scenario: ScenarioDetail;
  workspace: AllocationWorkspace;
}

async function loadScenario(scenarioId: string): Promise<Loaded> {
  const scenario = await allocationApi.scenario(scenarioId);
  const workspace = await allocationApi.workspace(scenario.callId);
  return { scenario, workspace };
}

function ScenarioView({
  initial,
  workspace,
}: {
  initial: ScenarioDetail;
  workspace: AllocationWorkspace;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const isOfficer = useHasRole('officer');
  const [scenario, setScenario] = useState(initial);
  const [editing, setEditing] = useState<string | null>(null);
  useDocumentTitle(scenario.name);
  // While the optimiser's sensitivity is worked out in the background, its explanations are
  // fetched again every few seconds (only they: the officer's own changes stay as they are).
  const pending = scenario.explanations.some((x) => x.sensitivityPending);
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => {
      allocationApi.scenario(scenario.id).then(
        (fresh) => setScenario((s) => ({ ...s, explanations: fresh.explanations })),
        () => undefined,
      );
    }, 3_000);
    return () => clearInterval(timer);
  }, [pending, scenario.id]);
  const cases = useMemo(() => caseIndex(workspace.cases), [workspace]);
  const entries = useMemo(() => new Map(scenario.entries.map((e) => [e.caseId, e])), [scenario]);
  const baseline = useMemo(
    () => new Map(workspace.baseline.entries.map((e) => [e.caseId, e])),
    [workspace],
  );
  const canEdit = isOfficer && isEditableState(scenario.state);
  const departures = useMemo(() => new Set(scenario.departures.map((d) => d.caseId)), [scenario]);
  const editingCase = editing ? cases.get(editing) : undefined;
  // Focus goes back to the case's own button when the editor closes, wherever it was opened from:
  // after the render that removed the dialog (and whatever focus the closing dialog restored).
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  const closeEditor = () => {
    setReturnFocus(editing);
    setEditing(null);
  };
  useEffect(() => {
    if (editing !== null || returnFocus === null) return;
    const timer = setTimeout(() => {
      document.querySelector<HTMLElement>(`[data-entry="${returnFocus}"]`)?.focus();
      setReturnFocus(null);
    }, 0);
    return () => clearTimeout(timer);
  }, [editing, returnFocus]);
  const editingEntry = editing ? entries.get(editing) : undefined;

  return (
    <div className="scenario-page">
      <CaseBreadcrumbs
        trail={[
          {
            to: `/calls/${encodeURIComponent(scenario.callId)}/cases`,
            label: t('cases.list.title'),
          },
          { to: allocationPath(scenario.callId), label: t('allocation.title') },
        ]}
        current={scenario.name}
      />
      <Heading level={1} data-size="lg">
        {scenario.name}
      </Heading>
      <Paragraph className="scenario-meta">
        <ScenarioStateTag state={scenario.state} />{' '}
        <span className="muted">
          {t(`allocation.origin.${scenario.origin}`)} ·{' '}
          {t('allocation.counts', { main: scenario.mainCount, reserve: scenario.reserveCount })}
        </span>
      </Paragraph>
      {!canEdit && isOfficer && (
        <Paragraph data-size="sm" className="muted">
          {t('allocation.frozen')}
        </Paragraph>
      )}
      <ReviewNotice scenario={scenario} />
      <PotBar totals={scenario.totals} id="scenario-pot" />
      <Departures scenario={scenario} cases={cases} onEdit={canEdit ? setEditing : undefined} />
      <section aria-labelledby="list-title" className="allocation-section">
        <Heading level={2} data-size="sm" id="list-title">
          {t('allocation.list.title')}
        </Heading>
        <RankStrip
          cases={workspace.cases}
          entries={entries}
          potNok={workspace.potNok}
          id="scenario-strip"
        />
        <RankTable
          id="scenario-caption"
          caption={t('allocation.list.caption')}
          cases={workspace.cases}
          entries={entries}
          cutAfter={cutLineAfter(workspace)}
          note={(c) => {
            const e = entries.get(c.caseId);
            const notes: string[] = [];
            if (e?.reduction) notes.push(t('allocation.list.reduced'));
            if (departures.has(c.caseId)) notes.push(t('allocation.list.departure'));
            return notes.length > 0 ? <span className="row-note">{notes.join(' · ')}</span> : null;
          }}
          action={
            canEdit
              ? (c) => (
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    data-entry={c.caseId}
                    onClick={() => setEditing(c.caseId)}
                    aria-label={t('allocation.list.changeLabel', { number: c.caseNumber })}
                  >
                    {t('allocation.list.change')}
                  </Button>
                )
              : undefined
          }
        />
      </section>
      <ReserveList scenario={scenario} cases={cases} />
      <SolverExplanations scenario={scenario} cases={cases} />
      <section aria-labelledby="spread-title" className="allocation-section">
        <Heading level={2} data-size="sm" id="spread-title">
          {t('allocation.spread.title')}
        </Heading>
        <div className="spread-grid">
          <SpreadChart
            id="spread-county"
            title={t('allocation.spread.byCounty')}
            keyLabel={t('allocation.spread.county')}
            series={[t('allocation.spread.granted')]}
            rows={scenario.byCounty.map((s) => ({
              key: s.key,
              label: s.label,
              values: [s.grantedNok],
              count: s.count,
            }))}
          />
          <SpreadChart
            id="spread-institution"
            title={t('allocation.spread.byInstitution')}
            keyLabel={t('allocation.spread.institution')}
            series={[t('allocation.spread.granted')]}
            rows={scenario.byInstitution.map((s) => ({
              key: s.key,
              label: s.label,
              values: [s.grantedNok],
              count: s.count,
            }))}
          />
        </div>
        <Paragraph data-size="sm" className="muted">
          {t('allocation.spread.total', { nok: formatNok(scenario.totals.grantedNok, locale) })}
        </Paragraph>
      </section>
      <ScenarioActions scenario={scenario} onChanged={setScenario} />
      <History scenario={scenario} cases={cases} />
      {editing && editingCase && editingEntry && (
        <EntryEditor
          scenarioId={scenario.id}
          theCase={editingCase}
          entry={editingEntry}
          baselineFunds={baseline.get(editing)?.placement === 'main'}
          onSaved={(detail) => {
            setScenario(detail);
            closeEditor();
          }}
          onClose={closeEditor}
        />
      )}
    </div>
  );
}

export function ScenarioPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { scenarioId = '' } = useParams();
  const load = useCallback((id: string) => loadScenario(id), []);
  const { resource, retry } = useApiResource(scenarioId, load);
  if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
  if (resource.status === 'error') {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('allocation.scenarioTitle')}
        </Heading>
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('allocation.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      </>
    );
  }
  return (
    <ScenarioView
      key={resource.data.scenario.id}
      initial={resource.data.scenario}
      workspace={resource.data.workspace}
    />
  );
}
