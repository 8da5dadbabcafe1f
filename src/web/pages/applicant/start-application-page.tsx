/**
 * `/calls/:callId/start`: which institution the user applies for (only those eligible for the
 * call can be chosen), then the draft is created and the task list opens.
 */
import { Alert, Button, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../../api/client.js';
import { LoginLink } from '../../app-components/login-link.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { useSession } from '../../shell/session-context.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { ApplicantBreadcrumbs } from './applicant-breadcrumbs.js';

export function StartApplicationPage() {
  const { t } = useTranslation();
  const { callId = '' } = useParams();
  const { session } = useSession();
  const title = t('applicant.startTitle');
  useDocumentTitle(title);
  if (session && !session.authenticated) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph>{t('applicant.signInFirst')}</Paragraph>
        <LoginLink
          href={`/auth/login?returnTo=${encodeURIComponent(`/calls/${callId}/start`)}`}
          label={t('user.login')}
        />
      </>
    );
  }
  if (!session) return <LoadingState label={t('common.loading')} />;
  return <ChooseInstitution callId={callId} title={title} />;
}

function ChooseInstitution({ callId, title }: { callId: string; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const load = useCallback(() => api.listMyInstitutions(), []);
  const { resource, retry } = useApiResource('mine', load);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
  if (resource.status === 'error') {
    return (
      <ErrorState
        level={1}
        title={t('common.errorTitle')}
        {...errorText(resource.error, t('applicant.loadFailed'))}
        retryLabel={t('common.retry')}
        onRetry={retry}
      />
    );
  }
  const institutions = resource.data.map((i) => ({
    ...i,
    forCall: i.eligibility.find((e) => e.callId === callId),
  }));
  const eligible = institutions.filter((i) => i.forCall?.eligible);
  const selected = chosen ?? (eligible.length === 1 ? (eligible[0]?.orgnr ?? null) : null);

  const start = async () => {
    if (!selected) return setError(t('applicant.chooseInstitutionError'));
    setBusy(true);
    try {
      const { id } = await api.createApplication(callId, selected);
      void navigate(`/applications/${id}`);
    } catch (e) {
      setError(e instanceof ApiError && e.detail ? e.detail : t('applicant.startFailed'));
      setBusy(false);
    }
  };

  return (
    <>
      <ApplicantBreadcrumbs current={title} />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {institutions.length === 0 && <Paragraph>{t('applicant.noInstitutions')}</Paragraph>}
      {institutions.length > 0 && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <Fieldset>
            <Fieldset.Legend>{t('applicant.chooseInstitution')}</Fieldset.Legend>
            {institutions.map((i) =>
              i.forCall?.eligible ? (
                <Radio
                  key={i.orgnr}
                  name="institution"
                  value={i.orgnr}
                  label={i.name}
                  description={`${t('me.orgnr')} ${i.orgnr}`}
                  checked={selected === i.orgnr}
                  onChange={() => setChosen(i.orgnr)}
                />
              ) : (
                // The option cannot be chosen, but why must stay readable: the reason is set
                // apart from the disabled radio's faded text, at full contrast.
                <div key={i.orgnr} className="ineligible-option">
                  <Radio
                    name="institution"
                    value={i.orgnr}
                    label={i.name}
                    disabled
                    checked={false}
                    aria-describedby={`reason-${i.orgnr}`}
                    onChange={() => undefined}
                  />
                  <Paragraph data-size="sm" id={`reason-${i.orgnr}`} className="ineligible-reason">
                    {`${t('me.orgnr')} ${i.orgnr}. `}
                    {i.forCall?.reasons.join(' ') ?? ''}
                  </Paragraph>
                </div>
              ),
            )}
          </Fieldset>
          <div role="alert">{error && <Alert data-color="danger">{error}</Alert>}</div>
          <Button type="submit" disabled={busy || eligible.length === 0} aria-busy={busy}>
            {t('applicant.createDraft')}
          </Button>
        </form>
      )}
    </>
  );
}
