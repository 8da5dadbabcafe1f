/**
 * `/admin/mailbox` and `/admin/mailbox/:messageId`: the dev mailbox (docs/adr/0020). Every e-mail
 * the embedded default's SMTP server received, newest first, and one message with its text and
 * its attachments as downloads. With SMTP_URL set, mail goes to the relay and the page says so.
 */
import { Alert, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { mailboxApi, type MailboxMessage, type MailboxSummary } from '../../api/mailbox.js';
import { BreadcrumbsNav } from '../../app-components/breadcrumbs-nav.js';
import { FactList } from '../../app-components/fact-list.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatDateTime, formatFileSize } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useApiResource, type Resource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import './mailbox-page.css';

export function MailboxPage() {
  const { messageId } = useParams();
  return messageId ? <MailboxMessagePage id={messageId} /> : <MailboxListPage />;
}

function useResourceBody<T>(
  resource: Resource<T>,
  retry: () => void,
  render: (data: T) => ReactNode,
) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
  if (resource.status === 'error') {
    return (
      <ErrorState
        title={t('common.errorTitle')}
        {...errorText(resource.error, t('mailbox.loadFailed'))}
        retryLabel={t('common.retry')}
        onRetry={retry}
      />
    );
  }
  return render(resource.data);
}

function TopicTag({ topic }: { topic: string | null }) {
  const { t } = useTranslation();
  const known = topic === 'receipt' || topic === 'invitation' || topic === 'decision';
  return (
    <Tag data-size="sm" data-color="neutral">
      {known ? t(`mailbox.topics.${topic}`) : (topic ?? t('mailbox.topics.other'))}
    </Tag>
  );
}

function MailboxListPage() {
  const { t } = useTranslation();
  const title = t('mailbox.title');
  useDocumentTitle(title);
  const { resource, retry } = useApiResource(
    'mailbox',
    useCallback(() => mailboxApi.list(), []),
  );
  const body = useResourceBody(resource, retry, (data) => (
    <>
      {data.embedded ? null : (
        <Alert data-color="info">
          <Paragraph>{t('mailbox.relay')}</Paragraph>
        </Alert>
      )}
      {data.messages.length === 0 ? (
        <Paragraph>{t('mailbox.empty')}</Paragraph>
      ) : (
        <MailboxList messages={data.messages} />
      )}
    </>
  ));
  return (
    <>
      <Heading level={1} data-size="xl">
        {title}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {t('mailbox.intro')}
      </Paragraph>
      {body}
    </>
  );
}

/** A list, not a table: each message reads as one item, and it fits a 320 px screen. */
function MailboxList({ messages }: { messages: MailboxSummary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="mailbox-list" className="mailbox-section">
      <Heading level={2} data-size="sm" id="mailbox-list">
        {t('mailbox.caption', { count: messages.length })}
      </Heading>
      <ul className="mailbox-list">
        {messages.map((m) => (
          <li key={m.id} className="mailbox-item">
            <Link asChild>
              <RouterLink to={`/admin/mailbox/${m.id}`} className="mailbox-item__subject">
                {m.subject || t('mailbox.noSubject')}
              </RouterLink>
            </Link>
            <dl className="mailbox-item__facts">
              <div>
                <dt>{t('mailbox.to')}</dt>
                <dd className="mailbox-address">{m.to}</dd>
              </div>
              <div>
                <dt>{t('mailbox.received')}</dt>
                <dd>{formatDateTime(new Date(m.receivedAt), locale)}</dd>
              </div>
              <div>
                <dt>{t('mailbox.topic')}</dt>
                <dd>
                  <TopicTag topic={m.topic} />
                </dd>
              </div>
              <div>
                <dt>{t('mailbox.attachments')}</dt>
                <dd>{m.attachments}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function MailboxMessagePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const load = useCallback((key: string) => mailboxApi.message(key), []);
  const { resource, retry } = useApiResource(id, load);
  const subject =
    resource.status === 'ready'
      ? resource.data.subject || t('mailbox.noSubject')
      : t('mailbox.one');
  useDocumentTitle(subject);
  const body = useResourceBody(resource, retry, (message) => <MessageView message={message} />);
  const links = [
    <Link asChild key="list">
      <RouterLink to="/admin/mailbox">{t('mailbox.title')}</RouterLink>
    </Link>,
    <span key="current" aria-current="page">
      {subject}
    </span>,
  ];
  return (
    <>
      <BreadcrumbsNav label={t('common.breadcrumbs')} links={links} />
      <Heading level={1} data-size="lg" className="mailbox-subject">
        {subject}
      </Heading>
      {body}
    </>
  );
}

function MessageView({ message }: { message: MailboxMessage }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const facts = [
    { key: 'from', term: t('mailbox.from'), value: message.from },
    { key: 'to', term: t('mailbox.to'), value: message.to },
    {
      key: 'date',
      term: t('mailbox.date'),
      value: formatDateTime(new Date(message.date ?? message.receivedAt), locale),
    },
    { key: 'topic', term: t('mailbox.topic'), value: <TopicTag topic={message.topic} /> },
    { key: 'id', term: t('mailbox.messageId'), value: <code>{message.messageId}</code> },
  ];
  return (
    <>
      <FactList facts={facts} className="mailbox-facts" />
      <section aria-labelledby="mailbox-body" className="mailbox-section">
        <Heading level={2} data-size="sm" id="mailbox-body">
          {t('mailbox.body')}
        </Heading>
        <pre className="mailbox-text" tabIndex={0} aria-labelledby="mailbox-body">
          {message.text}
        </pre>
        {message.html ? <Paragraph data-size="sm">{t('mailbox.hasHtml')}</Paragraph> : null}
      </section>
      <section aria-labelledby="mailbox-files" className="mailbox-section">
        <Heading level={2} data-size="sm" id="mailbox-files">
          {t('mailbox.attachments')}
        </Heading>
        {message.attachments.length === 0 ? (
          <Paragraph>{t('mailbox.noAttachments')}</Paragraph>
        ) : (
          <ul className="mailbox-files">
            {message.attachments.map((a) => (
              <li key={a.position}>
                <Link href={a.url} download={a.fileName}>
                  {a.fileName}
                </Link>{' '}
                <span className="mailbox-file-meta">
                  ({a.contentType}, {formatFileSize(a.sizeBytes, locale)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
