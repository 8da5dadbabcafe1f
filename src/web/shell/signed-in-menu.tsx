/** The user menu of a signed-in user: name, roles, "my page" and log out. */
import { Link } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../api/client.js';
import type { AuthenticatedSession } from '../api/types.js';
import { UserMenu } from '../app-components/user-menu.js';
import { useRoleLine } from './use-role-line.js';
import { useSession } from './session-context.js';

/** Where officers, leaders, assessors and admins find their pages (links and i18n keys). */
export function caseHandlingLinks(session: AuthenticatedSession): { to: string; label: string }[] {
  const has = (role: string) => session.roles.some((grant) => grant.role === role);
  const links: { to: string; label: string }[] = [];
  if (has('officer') || has('leader')) links.push({ to: '/cases', label: 'cases.home.title' });
  if (has('assessor')) links.push({ to: '/assignments', label: 'assessor.mine.title' });
  if (has('admin')) links.push({ to: '/admin/assessors', label: 'adminAssessors.title' });
  if (has('admin')) links.push({ to: '/admin/audit', label: 'auditVerify.title' });
  if (has('admin')) links.push({ to: '/admin/mailbox', label: 'mailbox.title' });
  if (has('admin')) links.push({ to: '/admin/people', label: 'privacy.people.title' });
  return links;
}

export function SignedInMenu({ session }: { session: AuthenticatedSession }) {
  const { t } = useTranslation();
  const { logout } = useSession();
  const roleLine = useRoleLine();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onLogout = () => {
    setBusy(true);
    setError(null);
    logout().catch((reason: unknown) => {
      setBusy(false);
      setError(reason instanceof ApiError && reason.title ? reason.title : t('user.logoutFailed'));
    });
  };

  return (
    <UserMenu
      name={session.user.name}
      signedInAsLabel={t('user.signedInAs')}
      rolesLabel={t('user.roles')}
      roleLines={session.roles.length ? session.roles.map(roleLine) : [t('user.noRoles')]}
      myPageLink={
        <Link asChild>
          <RouterLink to="/me">{t('user.myPage')}</RouterLink>
        </Link>
      }
      roleLinks={[
        ...(session.roles.some((grant) => grant.role === 'applicant')
          ? [
              <Link asChild key="applications">
                <RouterLink to="/applications">{t('applicant.myApplications')}</RouterLink>
              </Link>,
            ]
          : []),
        ...caseHandlingLinks(session).map(({ to, label }) => (
          <Link asChild key={to}>
            <RouterLink to={to}>{t(label)}</RouterLink>
          </Link>
        )),
      ]}
      logoutLabel={t('user.logout')}
      onLogout={onLogout}
      busy={busy}
      error={error}
    />
  );
}
