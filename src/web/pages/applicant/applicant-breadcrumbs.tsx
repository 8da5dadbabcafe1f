import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { BreadcrumbsNav } from '../../app-components/breadcrumbs-nav.js';

/** My applications › Task list › (current page). */
export function ApplicantBreadcrumbs({
  applicationId,
  current,
}: {
  applicationId?: string;
  current: string;
}) {
  const { t } = useTranslation();
  const links = [
    <Link asChild key="mine">
      <RouterLink to="/applications">{t('applicant.myApplications')}</RouterLink>
    </Link>,
  ];
  if (applicationId) {
    links.push(
      <Link asChild key="tasks">
        <RouterLink to={`/applications/${applicationId}`}>{t('applicant.taskList')}</RouterLink>
      </Link>,
    );
  }
  links.push(
    <span key="current" aria-current="page">
      {current}
    </span>,
  );
  return <BreadcrumbsNav label={t('common.breadcrumbs')} links={links} />;
}
