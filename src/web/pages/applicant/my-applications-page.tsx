/** `/applications`: the applications of the institutions the user acts for, with status and who changed them last. */
import { Alert, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { api } from '../../api/client.js';
import type { ApplicationSummary, CallSummary } from '../../api/types.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { formatDateTime, localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useServerNow } from '../../shell/clock-context.js';
import { useSession } from '../../shell/session-context.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { useRemainingText } from '../../shell/use-remaining-text.js';

async function loadAll(): Promise<{ applications: ApplicationSummary[]; calls: CallSummary[] }> {
  const [applications, calls] = await Promise.all([api.listApplications(), api.listCalls()]);
  return { applications, calls };
}

export function MyApplicationsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorText = useErrorText();
  const now = useServerNow();
  const remainingText = useRemainingText();
  const title = t('applicant.myApplications');
  useDocumentTitle(title);
  const { session } = useSession();
  const institutions = session?.authenticated
    ? session.roles.flatMap((r) => (r.role === 'applicant' && r.institution ? [r.institution] : []))
    : [];
  // Signed in without an applicant role: nothing to load, the way in is an invitation.
  const noAccess = session?.authenticated === true && institutions.length === 0;
  const load = useCallback(() => (noAccess ? Promise.resolve(null) : loadAll()), [noAccess]);
  const { resource, retry } = useApiResource(noAccess ? 'none' : 'mine', load);

  const body = () => {
    if (noAccess && session?.authenticated) {
      return (
        <Alert data-color="info">
          <Heading level={2} data-size="xs">
            {t('people.noAccessTitle')}
          </Heading>
          <Paragraph>
            {session.user.email
              ? t('people.noAccessBody', { email: session.user.email })
              : t('people.noAccessNoEmail')}
          </Paragraph>
        </Alert>
      );
    }
    if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
    if (resource.status === 'error') {
      return (
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('applicant.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      );
    }
    if (resource.data === null) return null;
    const { applications, calls } = resource.data;
    if (applications.length === 0) return <Paragraph>{t('applicant.noApplications')}</Paragraph>;
    return (
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="mine-caption">
        <Table zebra data-size="sm">
          <caption id="mine-caption">{t('applicant.myApplicationsCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('applicant.application')}</Table.HeaderCell>
              <Table.HeaderCell>{t('applicant.institution')}</Table.HeaderCell>
              <Table.HeaderCell>{t('applicant.statusLabel')}</Table.HeaderCell>
              <Table.HeaderCell>{t('applicant.lastChanged')}</Table.HeaderCell>
              <Table.HeaderCell>{t('call.deadline')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {applications.map((a) => {
              const call = calls.find((c) => c.id === a.callId);
              const left = call ? Date.parse(call.deadline) - now.getTime() : 0;
              return (
                <Table.Row key={a.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/applications/${a.id}`}>
                        {a.title ?? t('applicant.untitled')}
                      </RouterLink>
                    </Link>
                    {call && <div className="muted">{localizedText(call.title, locale).text}</div>}
                  </Table.Cell>
                  <Table.Cell>{a.institution.name}</Table.Cell>
                  <Table.Cell>
                    <Tag
                      data-size="sm"
                      data-color={a.status === 'submitted' ? 'success' : 'neutral'}
                    >
                      {t(
                        `applicant.appStatus.${a.status === 'submitted' || a.status === 'withdrawn' ? a.status : 'draft'}`,
                      )}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    {formatDateTime(new Date(a.updatedAt), locale)}, {a.updatedBy.name}
                  </Table.Cell>
                  <Table.Cell>
                    {left > 0
                      ? t('applicant.leftShort', { remaining: remainingText(left) })
                      : t('phase.closed')}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    );
  };

  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {body()}
      {institutions.length > 0 && (
        <section aria-labelledby="colleagues-heading" className="colleagues-links">
          <Heading level={2} data-size="sm" id="colleagues-heading">
            {t('people.colleaguesHeading')}
          </Heading>
          <Paragraph>{t('people.colleaguesIntro')}</Paragraph>
          <ul>
            {institutions.map((i) => (
              <li key={i.orgnr}>
                <Link asChild>
                  <RouterLink to={`/institutions/${i.orgnr}/people`}>
                    {t('people.linkFor', { institution: i.name })}
                  </RouterLink>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
