/** The header's language switch and user menu, wired to i18n and the session. */
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LanguageSwitch } from '../app-components/language-switch.js';
import { LoginLink } from '../app-components/login-link.js';
import { LOCALES, changeLocale, useLocale } from '../i18n/index.js';
import { useSession } from './session-context.js';

// The dropdown (and the popover machinery behind it) is only downloaded by signed-in users.
const SignedInMenu = lazy(() =>
  import('./signed-in-menu.js').then((m) => ({ default: m.SignedInMenu })),
);

function SessionMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const { session } = useSession();

  // Until the session is known, show nothing rather than a "Logg inn" that may be wrong.
  if (!session) return <span className="user-menu__placeholder" />;

  if (!session.authenticated) {
    const returnTo = `${location.pathname}${location.search}`;
    return (
      <LoginLink
        href={`/auth/login?returnTo=${encodeURIComponent(returnTo)}`}
        label={t('user.login')}
      />
    );
  }

  return (
    <Suspense fallback={<span className="user-menu__placeholder" />}>
      <SignedInMenu session={session} />
    </Suspense>
  );
}

export function HeaderControls() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <LanguageSwitch
        label={t('language.label')}
        current={locale}
        options={LOCALES.map((option) => ({ locale: option, name: t(`language.${option}`) }))}
        onChange={(next) => void changeLocale(next)}
      />
      <SessionMenu />
    </>
  );
}
