/**
 * `/assignments`: the assessor's cases. Before the § 6 declaration only the parties are shown
 * (never the content); after a clean declaration the assessment opens.
 */
import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { casesApi } from '../../api/cases.js';
import type { MyAssignment } from '../../api/case-types.js';
import { BreadcrumbsNav } from '../../app-components/breadcrumbs-nav.js';
import { ErrorState, LoadingState } from '../../app-components/page-states.js';
import { useApiResource } from '../../shell/use-api-resource.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useErrorText } from '../../shell/use-error-text.js';
import { AssignmentStatusTag } from '../officer/case-bits.js';

/** My assignments › (current page). */
export function AssessorBreadcrumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <BreadcrumbsNav
      label={t('common.breadcrumbs')}
      links={[
        <Link asChild key="mine">
          <RouterLink to="/assignments">{t('assessor.mine.title')}</RouterLink>
        </Link>,
        <span key="current" aria-current="page">
          {current}
        </span>,
      ]}
    />
  );
}

function ActionLink({ assignment }: { assignment: MyAssignment }) {
  const { t } = useTranslation();
  const base = `/assignments/${assignment.id}`;
  if (assignment.status === 'awaiting_declaration') {
    return (
      <Link asChild>
        <RouterLink to={`${base}/declaration`}>
          {t('assessor.mine.declare')}
          <span className="visually-hidden"> {assignment.caseNumber}</span>
        </RouterLink>
      </Link>
    );
  }
  if (assignment.status === 'active') {
    return (
      <Link asChild>
        <RouterLink to={base}>
          {t(
            assignment.assessmentStatus === 'submitted'
              ? 'assessor.mine.view'
              : 'assessor.mine.assess',
          )}
          <span className="visually-hidden"> {assignment.caseNumber}</span>
        </RouterLink>
      </Link>
    );
  }
  return <span className="muted">{t('assessor.mine.noAccess')}</span>;
}

export function MyAssignmentsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const title = t('assessor.mine.title');
  useDocumentTitle(title);
  const { resource, retry } = useApiResource('mine', casesApi.myAssignments);

  const body = () => {
    if (resource.status === 'loading') return <LoadingState label={t('common.loading')} />;
    if (resource.status === 'error') {
      return (
        <ErrorState
          title={t('common.errorTitle')}
          {...errorText(resource.error, t('assessor.mine.loadFailed'))}
          retryLabel={t('common.retry')}
          onRetry={retry}
        />
      );
    }
    if (resource.data.length === 0) return <Paragraph>{t('assessor.mine.empty')}</Paragraph>;
    return (
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="mine-caption">
        <Table zebra data-size="sm" className="my-assignments">
          <caption id="mine-caption">{t('assessor.mine.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('cases.column.caseNumber')}</Table.HeaderCell>
              <Table.HeaderCell>{t('assessor.mine.project')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.column.institution')}</Table.HeaderCell>
              <Table.HeaderCell>{t('assessor.mine.partners')}</Table.HeaderCell>
              <Table.HeaderCell>{t('cases.column.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('assessor.mine.action')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {resource.data.map((a) => (
              <Table.Row key={a.id}>
                <Table.Cell>{a.caseNumber}</Table.Cell>
                <Table.Cell>{a.title}</Table.Cell>
                <Table.Cell>{a.institution.name}</Table.Cell>
                <Table.Cell>
                  <ul className="plain-list">
                    {a.partners.map((p) => (
                      <li key={p.orgnr}>{p.name}</li>
                    ))}
                  </ul>
                </Table.Cell>
                <Table.Cell>
                  <AssignmentStatusTag status={a.status} />
                  {a.status === 'active' && (
                    <Tag
                      data-size="sm"
                      data-color={a.assessmentStatus === 'submitted' ? 'success' : 'neutral'}
                      className="case-flag"
                    >
                      {t(`cases.assessors.assessmentStatus.${a.assessmentStatus}`)}
                    </Tag>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <ActionLink assignment={a} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    );
  };

  return (
    <>
      <Heading level={1} data-size="xl">
        {title}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {t('assessor.mine.intro')}
      </Paragraph>
      {body()}
    </>
  );
}
