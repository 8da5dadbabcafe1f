/**
 * `/calls/:callId/decisions`: the call's decisions (R28). How many stand in each state; the
 * officer prepares a draft for every case of the approved allocation as a background job; the
 * leader approves drafts one by one or all at once (never their own: four eyes); officer or
 * leader then issues the approved ones, letters and e-mails, as another job.
 */
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { decisionApi } from '../../api/decisions.js';
import type {
  BulkAnswer,
  DecisionJob,
  DecisionList,
  DecisionSummary,
} from '../../api/decision-types.js';
import { FactList } from '../../app-components/fact-list.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { useHasRole } from '../../shell/session-context.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { allocationPath } from '../allocation/allocation-bits.js';
import { CaseBreadcrumbs, useRunner } from '../officer/case-bits.js';
import { DECISION_STATES, appealsPath, useIsOwnDraft } from './decision-bits.js';
import { DecisionTable } from './decision-table.js';
import { JobProgress, useJob } from './job-progress.js';

function Refused({ answer, decisions }: { answer: BulkAnswer; decisions: DecisionSummary[] }) {
  const { t } = useTranslation();
  const byId = new Map(decisions.map((d) => [d.id, d]));
  return (
    <Alert data-color={answer.refused.length > 0 ? 'warning' : 'success'} role="status">
      <Paragraph>{t('decisions.approve.bulkDone', { count: answer.done.length })}</Paragraph>
      {answer.refused.length > 0 && (
        <>
          <Paragraph>
            {t('decisions.approve.bulkRefused', { count: answer.refused.length })}
          </Paragraph>
          <ul>
            {answer.refused.map((r) => (
              <li key={r.decisionId}>
                <strong>{byId.get(r.decisionId)?.caseNumber ?? r.decisionId}</strong>: {r.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}

function DecisionsView({ initial, callId }: { initial: DecisionList; callId: string }) {
  const { t } = useTranslation();
  const isOfficer = useHasRole('officer');
  const isLeader = useHasRole('leader');
  const isOwnDraft = useIsOwnDraft();
  const run = useRunner('decisions.actions.failed');
  const [list, setList] = useState(initial);
  const [started, setStarted] = useState<DecisionJob | null>(initial.job);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [bulk, setBulk] = useState<BulkAnswer | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = async () => {
    const result = await run(() => decisionApi.list(callId), setError);
    if (result.ok) setList(result.value);
  };
  const { job, running, lost } = useJob(started, () => void reload());

  const act = async <T,>(action: () => Promise<T>, after: (value: T) => void) => {
    setBusy(true);
    setDone(null);
    setBulk(null);
    const result = await run(action, setError);
    setBusy(false);
    if (result.ok) after(result.value);
  };

  const drafts = list.decisions.filter((d) => d.state === 'drafted');
  const approvable = drafts.filter((d) => !isOwnDraft(d.draftedBy));
  const canPrepare = isOfficer && list.approvedScenarioId !== null && list.missing > 0;
  const canIssue = (isOfficer || isLeader) && list.counts.approved > 0;
  const locked = busy || running;

  return (
    <>
      <section aria-labelledby="counts-title" className="allocation-section">
        <Heading level={2} data-size="sm" id="counts-title">
          {t('decisions.counts.title')}
        </Heading>
        <FactList
          className="decision-counts"
          facts={[
            ...DECISION_STATES.map((state) => ({
              key: state,
              term: t(`decisions.state.${state}`),
              value: String(list.counts[state]),
            })),
            { key: 'missing', term: t('decisions.counts.missing'), value: String(list.missing) },
          ]}
        />
        {list.approvedScenarioId === null && (
          <Alert data-color="info">
            {t('decisions.noApprovedAllocation')}{' '}
            <Link asChild>
              <RouterLink to={allocationPath(callId)}>{t('allocation.title')}</RouterLink>
            </Link>
          </Alert>
        )}
      </section>
      <section aria-labelledby="actions-title" className="scenario-actions">
        <Heading level={2} data-size="xs" id="actions-title">
          {t('decisions.actions.title')}
        </Heading>
        <div className="button-row">
          {isOfficer && (
            <Button
              type="button"
              disabled={locked || !canPrepare}
              onClick={() => void act(() => decisionApi.prepare(callId), setStarted)}
            >
              {t('decisions.actions.prepare')}
            </Button>
          )}
          {isLeader && (
            <Button
              type="button"
              variant="secondary"
              disabled={locked || approvable.length === 0}
              onClick={() =>
                void act(
                  () =>
                    decisionApi.approveMany(
                      callId,
                      drafts.map((d) => d.id),
                    ),
                  (answer) => {
                    void reload().then(() => setBulk(answer));
                  },
                )
              }
            >
              {t('decisions.actions.approveAll', { count: drafts.length })}
            </Button>
          )}
          {(isOfficer || isLeader) && (
            <Button
              type="button"
              variant={isOfficer ? 'secondary' : 'primary'}
              disabled={locked || !canIssue}
              onClick={() => void act(() => decisionApi.issue(callId), setStarted)}
            >
              {t('decisions.actions.issue', { count: list.counts.approved })}
            </Button>
          )}
        </div>
        {isOfficer && !canPrepare && list.approvedScenarioId !== null && (
          <Paragraph data-size="sm" className="muted">
            {t('decisions.actions.nothingToPrepare')}
          </Paragraph>
        )}
        <JobProgress job={job} lost={lost} id="decision-job" />
        {bulk && <Refused answer={bulk} decisions={list.decisions} />}
        {error && (
          <Alert data-color="danger" role="alert">
            {error}
          </Alert>
        )}
        {done && (
          <Alert data-color="success" role="status">
            {done}
          </Alert>
        )}
      </section>
      <section aria-labelledby="list-title" className="allocation-section">
        <Heading level={2} data-size="sm" id="list-title">
          {t('decisions.list.title')}
        </Heading>
        {list.decisions.length === 0 ? (
          <Paragraph>{t('decisions.list.none')}</Paragraph>
        ) : (
          <DecisionTable
            decisions={list.decisions}
            isOwnDraft={isOwnDraft}
            busy={locked}
            onApprove={
              isLeader
                ? (d) =>
                    void act(
                      () => decisionApi.approve(d.id),
                      () => {
                        void reload().then(() =>
                          setDone(t('decisions.approve.oneDone', { number: d.caseNumber })),
                        );
                      },
                    )
                : undefined
            }
          />
        )}
      </section>
      <Paragraph>
        <Link asChild>
          <RouterLink to={appealsPath(callId)}>{t('decisions.appeals.link')}</RouterLink>
        </Link>
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/calls/${encodeURIComponent(callId)}/grants`}>
            {t('followup.grants.link')}
          </RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}

export function DecisionsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { callId = '' } = useParams();
  const { resource, retry } = useApiResource(callId, decisionApi.list);
  const title = t('decisions.title');
  useDocumentTitle(title);
  const callCases = `/calls/${encodeURIComponent(callId)}/cases`;

  const body = () => {
    if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
    if (resource.status === 'error') {
      return (
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('decisions.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      );
    }
    return <DecisionsView initial={resource.data} callId={callId} />;
  };

  return (
    <div className="decisions-page">
      <CaseBreadcrumbs
        trail={[
          { to: callCases, label: t('cases.list.title') },
          { to: allocationPath(callId), label: t('allocation.title') },
        ]}
        current={title}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="lead">{t('decisions.intro')}</Paragraph>
      {body()}
    </div>
  );
}
