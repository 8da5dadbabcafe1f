/**
 * `/decisions/:decisionId`: one decision (R28, R29). Its facts; the reasons, edited while drafted
 * and read only after; the letter as sent and an English courtesy copy; what happened to it; the
 * leader's approval (never of their own draft); and the appeal, when one was filed.
 */
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { decisionApi } from '../../api/decisions.js';
import type { DecisionDetail } from '../../api/decision-types.js';
import { FactList } from '../../app-components/fact-list.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatDateTime } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useHasRole } from '../../shell/session-context.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { CaseBreadcrumbs, useRunner } from '../officer/case-bits.js';
import {
  DecisionKindTag,
  DecisionStateTag,
  LetterLinks,
  appealPath,
  useAmountText,
  useIsOwnDraft,
} from './decision-bits.js';
import { ReasonsEditor } from './reasons-editor.js';
import { ReasonsView } from './reasons-view.js';

function Approve({
  decision,
  onChanged,
}: {
  decision: DecisionDetail;
  onChanged: (d: DecisionDetail) => void;
}) {
  const { t } = useTranslation();
  const isOwnDraft = useIsOwnDraft();
  const run = useRunner('decisions.approve.failed');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const own = isOwnDraft(decision.draftedBy);
  return (
    <section aria-labelledby="approve-title" className="scenario-actions">
      <Heading level={2} data-size="xs" id="approve-title">
        {t('decisions.approve.title')}
      </Heading>
      {own && (
        <Paragraph id="approve-own" data-size="sm">
          {t('decisions.approve.ownDraft')}
        </Paragraph>
      )}
      <div className="button-row">
        <Button
          type="button"
          disabled={own || busy}
          aria-describedby={own ? 'approve-own' : undefined}
          onClick={() => {
            setBusy(true);
            void run(() => decisionApi.approve(decision.id), setError).then((result) => {
              setBusy(false);
              if (result.ok) {
                setDone(true);
                onChanged(result.value);
              }
            });
          }}
        >
          {t('decisions.approve.one')}
        </Button>
      </div>
      {error && (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      )}
      <div role="status">
        {done && <Alert data-color="success">{t('decisions.approve.done')}</Alert>}
      </div>
    </section>
  );
}

function History({ decision }: { decision: DecisionDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="history-title" className="allocation-section">
      <Heading level={2} data-size="sm" id="history-title">
        {t('decisions.history.title')}
      </Heading>
      <ol className="history-list">
        {decision.history.map((h, i) => (
          <li key={`${h.at}-${i}`}>
            {formatDateTime(new Date(h.at), locale)} · {t(`decisions.history.${h.action}`)} · {h.by}
            {h.comment && <blockquote className="history-comment">{h.comment}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function DecisionView({ initial }: { initial: DecisionDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const amount = useAmountText();
  const isOfficer = useHasRole('officer');
  const isLeader = useHasRole('leader');
  const [decision, setDecision] = useState(initial);
  const title = t('decisions.detail.title', { number: decision.caseNumber });
  useDocumentTitle(title);
  const when = (iso: string | null) => (iso ? formatDateTime(new Date(iso), locale) : '–');
  const issued = decision.issuedAt !== null;

  return (
    <div className="decision-page">
      <CaseBreadcrumbs
        trail={[
          { to: `/cases/${encodeURIComponent(decision.caseId)}`, label: decision.caseNumber },
        ]}
        current={t('decisions.detail.crumb')}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="scenario-meta">
        <DecisionKindTag kind={decision.kind} /> <DecisionStateTag state={decision.state} />
      </Paragraph>
      <FactList
        className="decision-facts"
        facts={[
          {
            key: 'case',
            term: t('decisions.col.case'),
            value: `${decision.caseNumber} ${decision.title}`,
          },
          {
            key: 'institution',
            term: t('decisions.col.institution'),
            value: decision.institutionName,
          },
          {
            key: 'kind',
            term: t('decisions.col.kind'),
            value: t(`decisions.kind.${decision.kind}`),
          },
          { key: 'amount', term: t('decisions.col.amount'), value: amount(decision) },
          {
            key: 'track',
            term: t('decisions.col.track'),
            value: t(`decisions.track.${decision.track}`),
          },
          {
            key: 'state',
            term: t('decisions.col.state'),
            value: t(`decisions.state.${decision.state}`),
          },
          { key: 'drafted', term: t('decisions.detail.draftedBy'), value: decision.draftedBy },
          {
            key: 'approved',
            term: t('decisions.detail.approvedBy'),
            value: decision.approvedBy ?? '–',
          },
          { key: 'issued', term: t('decisions.detail.issuedAt'), value: when(decision.issuedAt) },
          ...(decision.track === 'enkeltvedtak'
            ? [
                {
                  key: 'deadline',
                  term: t('decisions.detail.appealDeadline'),
                  value: decision.appealDeadline
                    ? t('decisions.osloTime', { time: when(decision.appealDeadline) })
                    : t('decisions.detail.deadlineAfterIssue'),
                },
              ]
            : []),
        ]}
      />
      {decision.appealId && (
        <Alert data-color="warning">
          {t('decisions.detail.appealed')}{' '}
          <Link asChild>
            <RouterLink to={appealPath(decision.appealId)}>
              {t('decisions.detail.toAppeal')}
            </RouterLink>
          </Link>
        </Alert>
      )}
      {decision.state === 'drafted' && isOfficer ? (
        <ReasonsEditor decision={decision} onSaved={setDecision} />
      ) : (
        <section aria-labelledby="reasons-title" className="allocation-section">
          <Heading level={2} data-size="sm" id="reasons-title">
            {t('decisions.reasons.title')}
          </Heading>
          <ReasonsView reasons={decision.reasons} headingLevel={3} idPrefix="reasons" />
        </section>
      )}
      {decision.state === 'drafted' && isLeader && (
        <Approve decision={decision} onChanged={setDecision} />
      )}
      <section aria-labelledby="letter-title" className="allocation-section">
        <Heading level={2} data-size="sm" id="letter-title">
          {t('decisions.letter.title')}
        </Heading>
        {issued ? (
          <>
            <Paragraph>
              <LetterLinks decision={decision} />
            </Paragraph>
            {decision.letterSha256 && (
              <Paragraph data-size="sm">
                {t('decisions.letter.sha256')}:{' '}
                <code className="hash">{decision.letterSha256}</code>
              </Paragraph>
            )}
          </>
        ) : (
          <Paragraph>{t('decisions.letter.notYet')}</Paragraph>
        )}
      </section>
      <History decision={decision} />
    </div>
  );
}

export function DecisionPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { decisionId = '' } = useParams();
  const { resource, retry } = useApiResource(decisionId, decisionApi.detail);
  if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
  if (resource.status === 'error') {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('decisions.detail.crumb')}
        </Heading>
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('decisions.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      </>
    );
  }
  return <DecisionView key={resource.data.id} initial={resource.data} />;
}
