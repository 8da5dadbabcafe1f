/**
 * `/appeals/:appealId`: one klage (R29). Its text as filed, when it was received, whether it came
 * after the deadline (taken in and flagged, never refused), the deadline itself; what has been
 * done with it; and the officer's next steps, by the state it is in.
 */
import { Alert, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { appealApi } from '../../api/decisions.js';
import type { AppealDetail } from '../../api/decision-types.js';
import { FactList } from '../../app-components/fact-list.js';
import { AppealFileLinks } from '../applicant/appeal-files.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatCalendarDate, formatDateTime } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useHasRole } from '../../shell/session-context.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { CaseBreadcrumbs } from '../officer/case-bits.js';
import { ForwardForm, PreliminaryReplyForm, ReconsiderForm, SettleForm } from './appeal-actions.js';
import { AppealStateTag, decisionPath } from './decision-bits.js';

function Handling({ appeal }: { appeal: AppealDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { preliminaryReply: reply, forwardSummary, result } = appeal;
  if (!reply && !forwardSummary && !result) return null;
  return (
    <section aria-labelledby="handling-title" className="allocation-section">
      <Heading level={2} data-size="sm" id="handling-title">
        {t('decisions.appeal.handlingTitle')}
      </Heading>
      <FactList
        facts={[
          ...(reply
            ? [
                {
                  key: 'reply',
                  term: t('decisions.appeal.replyTitle'),
                  value: (
                    <>
                      <Paragraph className="pre-wrap">{reply.text}</Paragraph>
                      <Paragraph data-size="sm" className="muted">
                        {t('decisions.appeal.replySent', {
                          sent: formatDateTime(new Date(reply.sentAt), locale),
                          expected: formatCalendarDate(reply.expectedBy, locale),
                        })}
                      </Paragraph>
                    </>
                  ),
                },
              ]
            : []),
          ...(forwardSummary
            ? [
                {
                  key: 'forward',
                  term: t('decisions.appeal.summary'),
                  value: <Paragraph className="pre-wrap">{forwardSummary}</Paragraph>,
                },
              ]
            : []),
          ...(result
            ? [
                {
                  key: 'result',
                  term: t('decisions.appeal.result'),
                  value: (
                    <>
                      <Paragraph>
                        <strong>{t(`decisions.appeal.results.${result.result}`)}</strong> ·{' '}
                        {formatDateTime(new Date(result.at), locale)}
                      </Paragraph>
                      <Paragraph className="pre-wrap">{result.text}</Paragraph>
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}

function AppealView({ initial }: { initial: AppealDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const canHandle = useHasRole('officer');
  const [appeal, setAppeal] = useState(initial);
  const [done, setDone] = useState(false);
  const title = t('decisions.appeal.title', { number: appeal.caseNumber });
  useDocumentTitle(title);
  const open = appeal.state === 'received' || appeal.state === 'preliminary_reply_sent';
  const changed = (a: AppealDetail) => {
    setAppeal(a);
    setDone(true);
  };

  return (
    <div className="appeal-page">
      <CaseBreadcrumbs
        trail={[{ to: decisionPath(appeal.decisionId), label: t('decisions.detail.crumb') }]}
        current={t('decisions.appeal.crumb')}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="scenario-meta">
        <AppealStateTag state={appeal.state} />
        {appeal.late && (
          <Tag data-size="sm" data-color="danger">
            {t('decisions.appeal.late')}
          </Tag>
        )}
      </Paragraph>
      {appeal.late && (
        <Alert data-color="warning">
          {t('decisions.appeal.lateBody', {
            received: formatDateTime(new Date(appeal.receivedAt), locale),
            deadline: formatDateTime(new Date(appeal.deadline), locale),
          })}
        </Alert>
      )}
      <FactList
        className="decision-facts"
        facts={[
          {
            key: 'institution',
            term: t('decisions.col.institution'),
            value: appeal.institutionName,
          },
          { key: 'filedBy', term: t('decisions.appeal.filedBy'), value: appeal.filedBy },
          {
            key: 'received',
            term: t('decisions.appeal.receivedAt'),
            value: t('decisions.osloTime', {
              time: formatDateTime(new Date(appeal.receivedAt), locale),
            }),
          },
          {
            key: 'deadline',
            term: t('decisions.appeal.deadline'),
            value: t('decisions.osloTime', {
              time: formatDateTime(new Date(appeal.deadline), locale),
            }),
          },
          {
            key: 'decision',
            term: t('decisions.appeal.decision'),
            value: (
              <Link asChild>
                <RouterLink to={decisionPath(appeal.decisionId)}>{appeal.caseNumber}</RouterLink>
              </Link>
            ),
          },
        ]}
      />
      <section aria-labelledby="klage-title" className="allocation-section">
        <Heading level={2} data-size="sm" id="klage-title">
          {t('decisions.appeal.text')}
        </Heading>
        <blockquote className="history-comment appeal-text">{appeal.text}</blockquote>
        <Heading level={3} data-size="xs">
          {t('decisions.appeal.files')}
        </Heading>
        <AppealFileLinks
          files={appeal.files}
          hrefOf={(file) => appealApi.fileUrl(appeal.id, file.id)}
        />
      </section>
      <Handling appeal={appeal} />
      <div role="status">
        {done && <Alert data-color="success">{t('decisions.appeal.saved')}</Alert>}
      </div>
      {canHandle && (open || appeal.state === 'forwarded') && (
        <section aria-labelledby="next-title" className="allocation-section">
          <Heading level={2} data-size="sm" id="next-title">
            {t('decisions.appeal.nextTitle')}
          </Heading>
          {appeal.state === 'received' && <PreliminaryReplyForm appeal={appeal} onDone={changed} />}
          {open && <ReconsiderForm appeal={appeal} onDone={changed} />}
          {open && <ForwardForm appeal={appeal} onDone={changed} />}
          {appeal.state === 'forwarded' && <SettleForm appeal={appeal} onDone={changed} />}
        </section>
      )}
    </div>
  );
}

export function AppealPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { appealId = '' } = useParams();
  const { resource, retry } = useApiResource(appealId, appealApi.detail);
  if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
  if (resource.status === 'error') {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('decisions.appeal.crumb')}
        </Heading>
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('decisions.appeal.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      </>
    );
  }
  return <AppealView key={resource.data.id} initial={resource.data} />;
}
