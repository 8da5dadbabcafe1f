/** `/applications/:id`: every section of the call with its status, progress and blocking problems. */
import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { localizedText } from '../../format.js';
import { useLocale } from '../../i18n/index.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { useApplication } from './application-context.js';
import {
  blockingDependencies,
  blockingFindings,
  findingsOfSection,
  sectionStatus,
  type SectionStatus,
} from './application-model.js';
import { ApplicantBreadcrumbs } from './applicant-breadcrumbs.js';
import { readDraft } from './draft-storage.js';

const TAG_COLOUR: Record<SectionStatus, 'neutral' | 'info' | 'success' | 'danger' | 'warning'> = {
  'not-started': 'neutral',
  'in-progress': 'info',
  complete: 'success',
  'has-problems': 'danger',
  blocked: 'warning',
};

export function TaskListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { form, application } = useApplication();
  const title = t('applicant.taskListTitle');
  useDocumentTitle(title);
  // Edits kept in this browser but not yet on the server make a section "in progress".
  const statuses = form.sections.map((s) =>
    readDraft(application.id, s.id) ? 'in-progress' : sectionStatus(form, application, s.id),
  );
  const done = statuses.filter((s) => s === 'complete').length;
  const blocking = blockingFindings(application.findings).length;
  const base = `/applications/${application.id}`;

  return (
    <>
      <ApplicantBreadcrumbs current={title} />
      <Paragraph data-size="sm" className="muted">
        {localizedText(form.title, locale).text} · {application.institution.name}
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>
        {t('applicant.progress', { done, total: form.sections.length })}{' '}
        {!application.editable
          ? t('polish.deadlinePassed')
          : blocking > 0
            ? t('applicant.blockingCount', { count: blocking })
            : t('applicant.noBlocking')}
      </Paragraph>
      <progress
        className="task-progress"
        max={form.sections.length}
        value={done}
        aria-label={t('applicant.progressLabel')}
      />
      <ol className="task-list">
        {form.sections.map((section, index) => {
          const status = statuses[index] ?? 'not-started';
          const name = localizedText(section.title, locale);
          const missing = blockingDependencies(application, section.dependsOn);
          const problems = findingsOfSection(application.findings, section.id).filter(
            (f) => f.severity === 'error',
          ).length;
          const statusId = `task-status-${section.id}`;
          return (
            <li key={section.id} className="task-list__item">
              <div className="task-list__name">
                {status === 'blocked' ? (
                  <span lang={name.lang}>{name.text}</span>
                ) : (
                  <Link asChild>
                    <RouterLink
                      to={`${base}/sections/${section.id}`}
                      aria-describedby={statusId}
                      lang={name.lang}
                    >
                      {name.text}
                    </RouterLink>
                  </Link>
                )}
                {status === 'blocked' && (
                  <Paragraph data-size="xs" className="muted">
                    {t('applicant.blockedBecause', {
                      sections: missing
                        .map((id) => form.sections.find((s) => s.id === id))
                        .map((s) => (s ? localizedText(s.title, locale).text : ''))
                        .join(', '),
                    })}
                  </Paragraph>
                )}
                {section.requirementIds.length > 0 && (
                  <Paragraph data-size="xs" className="muted">
                    {t('applicant.requirements', { ids: section.requirementIds.join(', ') })}
                  </Paragraph>
                )}
              </div>
              <Tag data-color={TAG_COLOUR[status]} data-size="sm" id={statusId}>
                {t(`applicant.status.${status}`)}
                {problems > 0 ? ` (${problems})` : ''}
              </Tag>
            </li>
          );
        })}
      </ol>
      <Button asChild>
        <RouterLink to={`${base}/check`}>
          {t(application.editable ? 'applicant.goToCheck' : 'polish.seeAnswers')}
        </RouterLink>
      </Button>
      <Paragraph className="colleagues-links">
        <Link asChild>
          <RouterLink to={`/institutions/${application.institution.orgnr}/people`}>
            {t('people.linkFor', { institution: application.institution.name })}
          </RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
