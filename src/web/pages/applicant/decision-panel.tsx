/**
 * The decision on a submitted application, once issued (R28, R29): what was decided, the amount,
 * the letter, and for an enkeltvedtak the last day to appeal and the way to file a klage here.
 * A tilskuddsbrev to a state body carries no right to appeal; the letter says why. Nothing shows
 * before a decision is issued.
 */
import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { ownDecisionApi } from '../../api/decisions.js';
import type { AppealFile, OwnAppeal, OwnDecision } from '../../api/decision-types.js';
import { FactList } from '../../app-components/fact-list.js';
import { TextField } from '../../app-components/form-fields.js';
import { ErrorState } from '../../app-components/page-states.js';
import { formatDateTime, formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { AppealFileLinks, AppealFilePicker } from './appeal-files.js';
import { GrantAcceptance } from './grant-acceptance.js';

function AppealForm({
  applicationId,
  limits,
  onFiled,
}: {
  applicationId: string;
  limits: OwnDecision['appealFileLimits'];
  onFiled: (a: OwnAppeal) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<AppealFile[]>([]);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = t('decisions.own.appealText');
  const submit = async () => {
    setError(null);
    if (text.trim() === '') {
      setFieldError(t('decisions.required', { field: label }));
      document.getElementById('own-appeal-text')?.focus();
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      onFiled(
        await ownDecisionApi.appeal(
          applicationId,
          text.trim(),
          files.map((f) => f.id),
        ),
      );
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, {});
      setFieldError(err.errors?.find((f) => f.path.endsWith('text'))?.message);
      setError(errorText(err, t('decisions.own.appealFailed')).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="own-appeal-form"
      aria-labelledby="own-appeal-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading level={3} data-size="xs" id="own-appeal-title">
        {t('decisions.own.appealTitle')}
      </Heading>
      <TextField
        id="own-appeal-text"
        label={label}
        description={t('decisions.own.appealHelp')}
        multiline
        value={text}
        onChange={setText}
        error={fieldError}
      />
      <AppealFilePicker
        applicationId={applicationId}
        limits={limits}
        files={files}
        onChange={setFiles}
      />
      <div className="button-row">
        <Button type="submit" disabled={busy}>
          {t('decisions.own.appealSend')}
        </Button>
      </div>
      {error && (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      )}
    </form>
  );
}

function AppealStatus({ applicationId, appeal }: { applicationId: string; appeal: OwnAppeal }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Alert data-color="info" className="own-appeal-status">
      <Heading level={3} data-size="xs" id="own-appeal-filed" tabIndex={-1}>
        {t('decisions.own.appealFiled')}
      </Heading>
      <Paragraph>
        {t('decisions.own.appealReceived', {
          time: formatDateTime(new Date(appeal.receivedAt), locale),
        })}{' '}
        {t('decisions.col.state')}:{' '}
        <Tag data-size="sm">{t(`decisions.appealState.${appeal.state}`)}</Tag>
      </Paragraph>
      {appeal.late && <Paragraph>{t('decisions.own.appealLate')}</Paragraph>}
      {appeal.files.length > 0 && (
        <AppealFileLinks
          files={appeal.files}
          hrefOf={(file) => ownDecisionApi.appealFileUrl(applicationId, file.id)}
        />
      )}
    </Alert>
  );
}

function DecisionFacts({
  applicationId,
  initial,
}: {
  applicationId: string;
  initial: OwnDecision;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [decision, setDecision] = useState(initial);
  const [open, setOpen] = useState(false);
  const enkeltvedtak = decision.track === 'enkeltvedtak';
  const when = (iso: string) => formatDateTime(new Date(iso), locale);
  return (
    <section aria-labelledby="own-decision-title" className="decision-panel">
      <Heading level={2} data-size="sm" id="own-decision-title">
        {t('decisions.own.title')}
      </Heading>
      <FactList
        className="decision-facts"
        facts={[
          {
            key: 'kind',
            term: t('decisions.col.kind'),
            value: t(`decisions.kind.${decision.kind}`),
          },
          {
            key: 'amount',
            term: t('decisions.col.amount'),
            value:
              decision.grantNok !== null
                ? formatNok(decision.grantNok, locale)
                : decision.reservePosition !== null
                  ? t('decisions.reservePlace', { n: decision.reservePosition })
                  : '–',
          },
          { key: 'issued', term: t('decisions.detail.issuedAt'), value: when(decision.issuedAt) },
          ...(enkeltvedtak && decision.appealDeadline
            ? [
                {
                  key: 'deadline',
                  term: t('decisions.detail.appealDeadline'),
                  value: t('decisions.osloTime', { time: when(decision.appealDeadline) }),
                },
              ]
            : []),
        ]}
      />
      <Paragraph>
        <Link href={ownDecisionApi.letterUrl(applicationId)}>{t('decisions.own.letter')}</Link>
      </Paragraph>
      <GrantAcceptance applicationId={applicationId} />
      {!enkeltvedtak && <Paragraph>{t('decisions.own.noAppeal')}</Paragraph>}
      {enkeltvedtak && decision.appeal && (
        <AppealStatus applicationId={applicationId} appeal={decision.appeal} />
      )}
      {enkeltvedtak && !decision.appeal && decision.canAppeal && !open && (
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => document.getElementById('own-appeal-text')?.focus());
          }}
        >
          {t('decisions.own.appealOpen')}
        </Button>
      )}
      {enkeltvedtak && !decision.appeal && open && (
        <AppealForm
          applicationId={applicationId}
          limits={decision.appealFileLimits}
          onFiled={(appeal) => {
            setDecision((d) => ({ ...d, appeal, canAppeal: false }));
            setOpen(false);
            requestAnimationFrame(() => document.getElementById('own-appeal-filed')?.focus());
          }}
        />
      )}
    </section>
  );
}

export function DecisionPanel({
  applicationId,
  onDecided,
}: {
  applicationId: string;
  /** Told once a decision is shown, so the page can drop its "you will hear from us" text. */
  onDecided?: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { resource, retry } = useApiResource(applicationId, ownDecisionApi.get);
  const decided = resource.status === 'ready' && resource.data !== null;
  useEffect(() => {
    if (decided) onDecided?.();
  }, [decided, onDecided]);
  if (resource.status === 'loading') return null;
  if (resource.status === 'error') {
    return (
      <ErrorState
        title={t('decisions.own.loadFailed')}
        {...errorText(resource.error, t('decisions.own.loadFailed'))}
        retryLabel={t('common.retry')}
        onRetry={retry}
      />
    );
  }
  if (resource.data === null) return null;
  return (
    <DecisionFacts
      key={resource.data.decisionId}
      applicationId={applicationId}
      initial={resource.data}
    />
  );
}
