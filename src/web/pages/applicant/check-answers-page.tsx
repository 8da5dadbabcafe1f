/**
 * `/applications/:id/check`: every answer with a link to change it, the blocking findings, and
 * the submit button, enabled only when nothing blocks and the deadline has not passed.
 */
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ApiError, api } from '../../api/client.js';
import { FindingsPanel } from '../../app-components/findings-panel.js';
import { localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useApplication } from './application-context.js';
import { blockingFindings, fieldIdOf } from './application-model.js';
import { ApplicantBreadcrumbs } from './applicant-breadcrumbs.js';
import { answerRows } from './answer-rows.js';
import { useAnswerRowText } from './use-answer-text.js';

function newIdempotencyKey(): string {
  return `submit-${crypto.randomUUID()}`;
}

export function CheckAnswersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { form, application, reload } = useApplication();
  const rowText = useAnswerRowText(form, application);
  const title = t(application.editable ? 'applicant.checkTitle' : 'polish.checkTitleClosed');
  useDocumentTitle(title);
  const blocking = blockingFindings(application.findings);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per intended submission: a retry after a lost answer must not submit twice.
  const keyRef = useRef<string | null>(null);
  const base = `/applications/${application.id}`;
  const current = application.submissions.find((s) => s.current && !s.withdrawnAt);

  const submit = async () => {
    // A page left open past the deadline refuses here; the server would refuse too.
    if (!application.editable) return;
    keyRef.current ??= newIdempotencyKey();
    setBusy(true);
    setError(null);
    try {
      const receipt = await api.submitApplication(application.id, keyRef.current);
      keyRef.current = null;
      await reload();
      void navigate(`${base}/receipt`, { state: { receipt } });
    } catch (e) {
      const problem = e instanceof ApiError ? e : new ApiError(0, {});
      // A network failure keeps the key, so trying again returns the same receipt if it got through.
      if (problem.status !== 0 && problem.status < 500) keyRef.current = null;
      setError(
        problem.status === 0
          ? t('applicant.submitOffline')
          : (problem.detail ?? t('applicant.submitFailed')),
      );
      if (problem.status === 422 || problem.status === 409) await reload();
    } finally {
      setBusy(false);
    }
  };

  const canSubmit = application.editable && blocking.length === 0;

  return (
    <div className="check-answers">
      <ApplicantBreadcrumbs applicationId={application.id} current={title} />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>
        {t(application.editable ? 'applicant.checkIntro' : 'polish.checkIntroClosed')}
      </Paragraph>
      {form.sections.map((section) => {
        const state = application.sections.find((s) => s.id === section.id);
        const rows = answerRows(state?.content, section.kind);
        const name = localizedText(section.title, locale);
        return (
          <section key={section.id} className="answers" aria-labelledby={`answers-${section.id}`}>
            <div className="answers__head">
              <Heading level={2} data-size="sm" id={`answers-${section.id}`} lang={name.lang}>
                {name.text}
              </Heading>
              {application.editable && (
                <Link asChild className="no-print">
                  <RouterLink to={`${base}/sections/${section.id}`}>
                    {t('applicant.change')}
                    <span className="visually-hidden"> {name.text}</span>
                  </RouterLink>
                </Link>
              )}
            </div>
            {rows.length === 0 ? (
              <Paragraph data-size="sm">{t('applicant.notAnswered')}</Paragraph>
            ) : (
              <dl className="answers__list">
                {rows.map((row) => (
                  <div key={row.key} className="answers__row">
                    <dt>
                      {row.item !== null ? `${row.item}. ` : ''}
                      {rowText.label(section.kind, row)}
                    </dt>
                    <dd>{rowText.value(row)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
      {application.editable && (
        <FindingsPanel
          heading={t('applicant.blockingHeading')}
          emptyText={t('applicant.noBlocking')}
          citationLabel={t('applicant.citation')}
          findings={blocking}
          locale={locale}
          hrefOf={(f) => {
            const sectionId = f.path.split('.')[0] ?? '';
            return `${base}/sections/${sectionId}#${fieldIdOf(sectionId, f.path.slice(sectionId.length + 1))}`;
          }}
        />
      )}
      <div className="submit-box no-print">
        <Heading level={2} data-size="sm">
          {t('applicant.submitHeading')}
        </Heading>
        {application.editable ? (
          <>
            <Paragraph>
              {current
                ? t('applicant.resubmitText', { receipt: current.receiptNumber })
                : t('applicant.lastVersionCounts')}
            </Paragraph>
            {blocking.length > 0 && (
              <Paragraph id="submit-blocked">
                {t('applicant.cannotSubmitBlocking', { count: blocking.length })}
              </Paragraph>
            )}
            <Button
              type="button"
              disabled={!canSubmit || busy}
              aria-busy={busy}
              aria-describedby={blocking.length > 0 ? 'submit-blocked' : undefined}
              onClick={() => void submit()}
            >
              {t(current ? 'applicant.resubmit' : 'applicant.submit')}
            </Button>
          </>
        ) : (
          <Paragraph className="submit-closed">
            {t('polish.deadlinePassed')}{' '}
            {current
              ? t('polish.closedSubmitted', { receipt: current.receiptNumber })
              : t('polish.closedNotSubmitted')}
          </Paragraph>
        )}
        <div role="alert">{error && <Alert data-color="danger">{error}</Alert>}</div>
        <Button type="button" variant="tertiary" onClick={() => window.print()}>
          {t('applicant.print')}
        </Button>
      </div>
    </div>
  );
}
