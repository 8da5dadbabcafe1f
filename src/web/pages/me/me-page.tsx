/** `/me`: who you are signed in as and which roles you hold; signed out, a way to sign in. */
import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { formatOsloTime } from '../../../domain/time/oslo.js';
import { PERSONAL_DATA_URL } from '../../api/privacy.js';
import { FactList } from '../../app-components/fact-list.js';
import { LoadingState } from '../../app-components/page-states.js';
import { useSession } from '../../shell/session-context.js';
import { caseHandlingLinks } from '../../shell/signed-in-menu.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';

export function MePage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { session, expiresAtLocal } = useSession();
  useDocumentTitle(t('me.title'));

  if (!session) return <LoadingState label={t('common.loading')} />;

  if (!session.authenticated) {
    const returnTo = encodeURIComponent(`${location.pathname}${location.search}`);
    return (
      <>
        <Heading level={1} data-size="xl">
          {t('me.title')}
        </Heading>
        <Paragraph data-size="lg" className="lead">
          {t('me.notSignedIn')}
        </Paragraph>
        <Button asChild>
          <a href={`/auth/login?returnTo=${returnTo}`}>{t('user.login')}</a>
        </Button>
      </>
    );
  }

  const { user, roles } = session;
  const workLinks = caseHandlingLinks(session);
  return (
    <>
      <Heading level={1} data-size="xl">
        {t('me.title')}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {t('me.signedInAs', { name: user.name })}
      </Paragraph>
      {workLinks.length > 0 && (
        <nav aria-label={t('cases.home.yourPages')} className="work-links">
          <ul>
            {workLinks.map(({ to, label }) => (
              <li key={to}>
                <Link asChild>
                  <RouterLink to={to}>{t(label)}</RouterLink>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <Heading level={2} data-size="sm">
        {t('me.profile')}
      </Heading>
      <FactList
        facts={[
          { key: 'name', term: t('me.name'), value: user.name },
          { key: 'email', term: t('me.email'), value: user.email ?? t('me.noEmail') },
        ]}
      />
      {expiresAtLocal !== null && (
        <Paragraph data-size="sm">
          {t('me.sessionExpires', { time: formatOsloTime(new Date(expiresAtLocal)) })}
        </Paragraph>
      )}

      <Heading level={2} data-size="sm" id="me-roles">
        {t('me.roles')}
      </Heading>
      {roles.length === 0 ? (
        <Paragraph>{t('me.noRoles')}</Paragraph>
      ) : (
        // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="me-roles">
          <Table aria-labelledby="me-roles" zebra data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('me.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('me.institution')}</Table.HeaderCell>
                <Table.HeaderCell>{t('me.orgnr')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {roles.map((grant) => (
                <Table.Row key={`${grant.role}-${grant.institution?.orgnr ?? ''}`}>
                  <Table.Cell>{t(`role.${grant.role}`)}</Table.Cell>
                  <Table.Cell>{grant.institution?.name ?? t('me.noInstitution')}</Table.Cell>
                  <Table.Cell>{grant.institution?.orgnr ?? t('me.noInstitution')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}

      <Heading level={2} data-size="sm" id="me-personal-data">
        {t('privacy.me.heading')}
      </Heading>
      <Paragraph>{t('privacy.me.intro')}</Paragraph>
      <Button asChild variant="secondary">
        <a href={PERSONAL_DATA_URL} download>
          {t('privacy.me.download')}
        </a>
      </Button>
    </>
  );
}
