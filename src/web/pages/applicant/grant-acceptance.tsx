/**
 * On the applicant's decision panel: accept the grant letter's conditions, or decline (with a
 * reason if they give one), by the deadline the letter states; then the answer, the payment plan
 * with what is due, and what is paid. Nothing shows for a decision that is not a grant.
 */
import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { ownGrantApi } from '../../api/followup.js';
import type { OwnGrant } from '../../api/followup-types.js';
import { TextField } from '../../app-components/form-fields.js';
import { formatCalendarDate, formatDateTime, formatNok } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useErrorText } from '../../shell/use-error-text.js';

function PlanTable({ grant }: { grant: OwnGrant }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="grant-plan-caption">
      <Table data-size="sm">
        <caption id="grant-plan-caption">{t('followup.own.planCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('followup.col.when')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('followup.col.percent')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('followup.col.amount')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('followup.col.due')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {grant.plan.map((p) => (
            <Table.Row key={p.id}>
              <Table.HeaderCell scope="row">
                {p.when === 'date' && p.date
                  ? t('followup.when.date', { date: formatCalendarDate(p.date, locale) })
                  : t(`followup.when.${p.when}`)}
              </Table.HeaderCell>
              <Table.Cell>{p.percent} %</Table.Cell>
              <Table.Cell>{formatNok(p.amountNok, locale)}</Table.Cell>
              <Table.Cell>{p.due ? t('followup.yes') : t('followup.no')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function AnswerForm({
  applicationId,
  deadline,
  onAnswered,
}: {
  applicationId: string;
  deadline: string;
  onAnswered: (g: OwnGrant | null) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (answer: () => Promise<OwnGrant | null>) => {
    setError(null);
    setBusy(true);
    try {
      onAnswered(await answer());
      requestAnimationFrame(() => document.getElementById('grant-answer-title')?.focus());
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, {});
      setError(errorText(err, t('followup.own.answerFailed')).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="grant-answer">
      <Paragraph>
        {t('followup.own.acceptBy', { date: formatCalendarDate(deadline, locale) })}
      </Paragraph>
      {!declining && (
        <div className="button-row">
          <Button
            type="button"
            disabled={busy}
            onClick={() => void run(() => ownGrantApi.accept(applicationId))}
          >
            {t('followup.own.accept')}
          </Button>
          <Button
            type="button"
            variant="secondary"
            disabled={busy}
            onClick={() => {
              setDeclining(true);
              requestAnimationFrame(() => document.getElementById('grant-decline-reason')?.focus());
            }}
          >
            {t('followup.own.declineOpen')}
          </Button>
        </div>
      )}
      {declining && (
        <form
          aria-labelledby="grant-decline-title"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => ownGrantApi.decline(applicationId, reason.trim()));
          }}
        >
          <Heading level={4} data-size="2xs" id="grant-decline-title">
            {t('followup.own.declineTitle')}
          </Heading>
          <TextField
            id="grant-decline-reason"
            label={t('followup.own.declineReason')}
            description={t('followup.own.declineHelp')}
            multiline
            value={reason}
            onChange={setReason}
          />
          <div className="button-row">
            <Button type="submit" data-color="danger" disabled={busy}>
              {t('followup.own.declineSend')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setDeclining(false)}>
              {t('followup.own.cancel')}
            </Button>
          </div>
        </form>
      )}
      {error && (
        <Alert data-color="danger" role="alert">
          {error}
        </Alert>
      )}
    </div>
  );
}

function GrantFollowUp({ applicationId, initial }: { applicationId: string; initial: OwnGrant }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [grant, setGrant] = useState(initial);
  return (
    <section aria-labelledby="grant-answer-title" className="grant-acceptance">
      <Heading level={3} data-size="xs" id="grant-answer-title" tabIndex={-1}>
        {t('followup.own.title')}{' '}
        <Tag data-size="sm" data-color={grant.state === 'accepted' ? 'success' : 'neutral'}>
          {t(`followup.state.${grant.state}`)}
        </Tag>
      </Heading>
      {grant.state === 'awaiting' && grant.canAnswer && (
        <AnswerForm
          applicationId={applicationId}
          deadline={grant.deadline}
          onAnswered={(g) => g && setGrant(g)}
        />
      )}
      {grant.state === 'awaiting' && !grant.canAnswer && (
        <Paragraph>
          {t('followup.own.deadlinePassed', { date: formatCalendarDate(grant.deadline, locale) })}
        </Paragraph>
      )}
      {grant.state !== 'awaiting' && grant.answeredAt && (
        <Paragraph>
          {t(`followup.own.answered.${grant.state}`, {
            time: formatDateTime(new Date(grant.answeredAt), locale),
            name: grant.answeredBy ?? '',
          })}
          {grant.reason && ` ${t('followup.own.reasonGiven', { reason: grant.reason })}`}
        </Paragraph>
      )}
      {grant.state !== 'declined' && grant.state !== 'lapsed' && (
        <>
          <PlanTable grant={grant} />
          <Paragraph>
            {t('followup.own.paid', {
              paid: formatNok(grant.paidNok, locale),
              grant: formatNok(grant.grantNok, locale),
            })}
          </Paragraph>
        </>
      )}
    </section>
  );
}

export function GrantAcceptance({ applicationId }: { applicationId: string }) {
  const { resource } = useApiResource(applicationId, ownGrantApi.get);
  if (resource.status !== 'ready' || resource.data === null) return null;
  return (
    <GrantFollowUp
      key={resource.data.decisionId}
      applicationId={applicationId}
      initial={resource.data}
    />
  );
}
