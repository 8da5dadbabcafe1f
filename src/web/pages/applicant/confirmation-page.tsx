/**
 * `/applications/:id/receipt`: the receipt of the last submission: its number, when it was received
 * (Oslo time), the SHA-256 of the stored snapshot, what happens next and whom to contact. Also where
 * to withdraw or send a new version, with "the last version counts" said plainly.
 */
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ApiError, api } from '../../api/client.js';
import type { Receipt } from '../../api/types.js';
import { FactList } from '../../app-components/fact-list.js';
import {
  formatDateTime,
  formatOsloWeekdayDateTime,
  formatOsloWeekdayDateTimeSeconds,
} from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useApplication } from './application-context.js';
import { ApplicantBreadcrumbs } from './applicant-breadcrumbs.js';
import { DecisionPanel } from './decision-panel.js';

export function ConfirmationPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const location = useLocation();
  const { form, application, reload } = useApplication();
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const [decided, setDecided] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fresh = (location.state as { receipt?: Receipt } | null)?.receipt;
  const current = application.submissions.find((s) => s.current);
  const receipt = current
    ? {
        id: current.id,
        receiptNumber: current.receiptNumber,
        receivedAt: current.receivedAt,
        sha256: current.sha256,
        withdrawnAt: current.withdrawnAt,
      }
    : null;
  const title = receipt?.withdrawnAt ? t('applicant.withdrawnTitle') : t('applicant.receiptTitle');
  useDocumentTitle(title);
  const base = `/applications/${application.id}`;

  const withdraw = async () => {
    try {
      await api.withdrawApplication(application.id);
      setConfirmWithdraw(false);
      await reload();
    } catch (e) {
      setError(e instanceof ApiError && e.detail ? e.detail : t('applicant.withdrawFailed'));
    }
  };

  if (!receipt) {
    return (
      <>
        <ApplicantBreadcrumbs applicationId={application.id} current={title} />
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph>{t('applicant.noSubmission')}</Paragraph>
      </>
    );
  }
  const docs = `/api/applications/${application.id}/submissions/${receipt.id}`;
  return (
    <>
      <ApplicantBreadcrumbs applicationId={application.id} current={title} />
      {receipt.withdrawnAt ? (
        <Alert data-color="warning">
          <Heading level={1} data-size="md">
            {title}
          </Heading>
          <Paragraph>
            {t('applicant.withdrawnBody', {
              time: formatDateTime(new Date(receipt.withdrawnAt), locale),
            })}
          </Paragraph>
        </Alert>
      ) : (
        <Alert data-color="success" className="receipt-panel">
          <Heading level={1} data-size="md">
            {title}
          </Heading>
          <Paragraph data-size="lg">
            {t('applicant.receiptNumber')}:{' '}
            <strong className="receipt-number">{receipt.receiptNumber}</strong>
          </Paragraph>
        </Alert>
      )}
      <FactList
        facts={[
          { key: 'number', term: t('applicant.receiptNumber'), value: receipt.receiptNumber },
          {
            key: 'received',
            term: t('applicant.receivedAt'),
            value: `${formatOsloWeekdayDateTimeSeconds(new Date(fresh?.receivedAt ?? receipt.receivedAt), locale)} (${t('applicant.osloTime')})`,
          },
          {
            key: 'sha',
            term: t('applicant.sha256'),
            value: <code className="sha">{receipt.sha256}</code>,
          },
          {
            key: 'institution',
            term: t('applicant.institution'),
            value: application.institution.name,
          },
        ]}
      />
      <Paragraph>
        <Link href={`${docs}/receipt.pdf`}>{t('applicant.receiptPdf')}</Link>
        {' · '}
        <Link href={`${docs}/copy.pdf`}>{t('applicant.copyPdf')}</Link>
      </Paragraph>
      {!receipt.withdrawnAt && (
        <DecisionPanel applicationId={application.id} onDecided={() => setDecided(true)} />
      )}
      {!decided && (
        <>
          <Heading level={2} data-size="sm">
            {t('applicant.nextHeading')}
          </Heading>
          <Paragraph>
            {t('applicant.nextBody', {
              deadline: formatOsloWeekdayDateTime(new Date(form.dates.deadline), locale),
            })}
          </Paragraph>
        </>
      )}
      <Heading level={2} data-size="sm">
        {t('applicant.changeHeading')}
      </Heading>
      <Paragraph>
        {t(application.editable ? 'applicant.lastVersionCounts' : 'polish.closedLastVersion')}
      </Paragraph>
      {application.editable && (
        <div className="receipt-actions">
          <Button asChild variant="secondary">
            <RouterLink to={base}>{t('applicant.changeAndResubmit')}</RouterLink>
          </Button>
          {!receipt.withdrawnAt &&
            (confirmWithdraw ? (
              <div className="withdraw-confirm" role="group" aria-labelledby="withdraw-q">
                <Paragraph id="withdraw-q">{t('applicant.withdrawQuestion')}</Paragraph>
                <Button type="button" data-color="danger" onClick={() => void withdraw()}>
                  {t('applicant.withdrawConfirm')}
                </Button>
                <Button type="button" variant="tertiary" onClick={() => setConfirmWithdraw(false)}>
                  {t('applicant.cancel')}
                </Button>
              </div>
            ) : (
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                onClick={() => setConfirmWithdraw(true)}
              >
                {t('applicant.withdraw')}
              </Button>
            ))}
        </div>
      )}
      <div role="alert">{error && <Alert data-color="danger">{error}</Alert>}</div>
      <Heading level={2} data-size="sm">
        {t('applicant.contactHeading')}
      </Heading>
      <Paragraph>
        {form.contact.name}, <Link href={`mailto:${form.contact.email}`}>{form.contact.email}</Link>
        , {t('call.phone')} {form.contact.phone}
      </Paragraph>
    </>
  );
}
