/**
 * `/admin/audit`: the verification of the audit trail (R32, docs/adr/0013). Shows the last run —
 * when, the result, the first broken event and everything else found — and runs a new one.
 */
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditApi, type AuditStatus, type AuditVerification } from '../../api/audit.js';
import { FactList } from '../../app-components/fact-list.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatDateTime } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { useRunner } from '../officer/case-bits.js';
import { useDescribeFinding } from './audit-describe.js';
import './audit-page.css';

export function AuditPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const title = t('auditVerify.title');
  useDocumentTitle(title);
  const load = useCallback(() => auditApi.status(), []);
  const { resource, retry } = useApiResource('audit', load);

  let body;
  if (resource.status === 'loading') body = <LoadingState label={t('common.loading')} />;
  else if (resource.status === 'error') {
    body = (
      <ErrorState
        title={t('common.errorTitle')}
        {...errorText(resource.error, t('auditVerify.loadFailed'))}
        retryLabel={t('common.retry')}
        onRetry={retry}
      />
    );
  } else body = <AuditStatusView initial={resource.data} />;
  return (
    <>
      <Heading level={1} data-size="xl">
        {title}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {t('auditVerify.intro')}
      </Paragraph>
      {body}
    </>
  );
}

function AuditStatusView({ initial }: { initial: AuditStatus }) {
  const { t } = useTranslation();
  const run = useRunner('auditVerify.runFailed');
  const [status, setStatus] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const verify = async () => {
    setBusy(true);
    const answer = await run(() => auditApi.verify(), setError);
    setBusy(false);
    if (answer.ok) {
      setStatus(answer.value);
      setTimeout(() => resultRef.current?.focus(), 0);
    }
  };

  return (
    <>
      <section aria-labelledby="audit-last" className="audit-section">
        <Heading level={2} data-size="md" id="audit-last" ref={resultRef} tabIndex={-1}>
          {t('auditVerify.lastHeading')}
        </Heading>
        {status.last ? (
          <LastVerification last={status.last} />
        ) : (
          <Paragraph>{t('auditVerify.none')}</Paragraph>
        )}
      </section>
      <section aria-labelledby="audit-run" className="audit-section">
        <Heading level={2} data-size="md" id="audit-run">
          {t('auditVerify.runHeading')}
        </Heading>
        <Paragraph>
          {t('auditVerify.runIntro', { keyId: status.key.id, minutes: status.checkpointMinutes })}
        </Paragraph>
        {error ? (
          <Alert data-color="danger" role="alert">
            {error}
          </Alert>
        ) : null}
        <Button onClick={() => void verify()} aria-disabled={busy} loading={busy}>
          {busy ? t('auditVerify.running') : t('auditVerify.run')}
        </Button>
      </section>
    </>
  );
}

function LastVerification({ last }: { last: AuditVerification }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const describe = useDescribeFinding();
  const r = last.report;
  const problems = [
    ...r.problems.slice(r.firstBroken ? 1 : 0),
    ...r.checkpointProblems,
    ...r.stored.problems,
  ];
  const facts = [
    {
      key: 'when',
      term: t('auditVerify.when'),
      value: formatDateTime(new Date(last.finishedAt), locale),
    },
    { key: 'by', term: t('auditVerify.by'), value: last.runBy },
    {
      key: 'events',
      term: t('auditVerify.events'),
      value: r.head
        ? t('auditVerify.eventsValue', { count: r.events, seq: r.head.seq })
        : t('auditVerify.noEvents'),
    },
    {
      key: 'checkpoints',
      term: t('auditVerify.checkpoints'),
      value: t('auditVerify.checkpointsValue', {
        database: r.checkpoints.database,
        file: r.checkpoints.file,
        matched: r.checkpoints.matched,
      }),
    },
    {
      key: 'latest',
      term: t('auditVerify.latest'),
      value: r.checkpoints.latest
        ? t('auditVerify.latestValue', {
            seq: r.checkpoints.latest.seq,
            at: formatDateTime(new Date(r.checkpoints.latest.at), locale),
          })
        : t('auditVerify.noCheckpoint'),
    },
    {
      key: 'stored',
      term: t('auditVerify.stored'),
      value: t('auditVerify.storedValue', {
        submissions: r.stored.submissions,
        files: r.stored.files,
      }),
    },
  ];
  return (
    <div role="status" className="audit-result">
      <Alert data-color={r.ok ? 'success' : 'danger'}>
        <Heading level={3} data-size="xs">
          {r.ok ? t('auditVerify.intact') : t('auditVerify.broken')}
        </Heading>
        {r.firstBroken ? (
          <Paragraph>
            <strong>{t('auditVerify.firstBroken')}</strong> {describe(r.firstBroken)}
          </Paragraph>
        ) : null}
      </Alert>
      <FactList facts={facts} />
      {problems.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {t('auditVerify.problems')}
          </Heading>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.kind}-${i}`}>{describe(p)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {r.warnings.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">
            {t('auditVerify.notes')}
          </Heading>
          <ul>
            {r.warnings.map((w, i) => (
              <li key={`${w.kind}-${i}`}>{describe(w)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
