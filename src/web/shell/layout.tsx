/** The frame of every page: skip link, demo banner, header, main, footer, idle warning. */
import { Link, SkipLink } from '@digdir/designsystemet-react';
import { Suspense, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { LoadingState } from '../app-components/page-states.js';
import { SiteFooter } from '../app-components/site-footer.js';
import { SiteHeader } from '../app-components/site-header.js';
import { useLocale } from '../i18n/index.js';
import { site } from '../site.js';
import { DemoBannerContainer } from './demo-banner-container.js';
import { HeaderControls } from './header-controls.js';
import { IdleWarning } from './idle-warning.js';

/**
 * After a client-side navigation, move focus to <main> so keyboard and screen reader users start
 * at the new page's content instead of staying on the link they used. Not on the first load.
 */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}

export function Layout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const mainRef = useFocusMainOnNavigation();
  return (
    <>
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <DemoBannerContainer />
      <SiteHeader brand={t('app.name')} homeLabel={t('app.homeLink')}>
        <HeaderControls />
      </SiteHeader>
      <main id="main" tabIndex={-1} ref={mainRef} className="site-main">
        <div className="site-container">
          <Suspense fallback={<LoadingState label={t('common.loading')} />}>
            {children ?? <Outlet />}
          </Suspense>
        </div>
      </main>
      <SiteFooter
        contactHeading={t('footer.contact')}
        grantBodyName={site.grantBody.name[locale]}
        emailLabel={t('footer.email')}
        email={site.grantBody.email}
        aboutHeading={t('footer.about')}
        aboutText={t('footer.aboutText')}
        accessibilityLink={
          <Link asChild>
            <RouterLink to="/accessibility">{t('footer.accessibility')}</RouterLink>
          </Link>
        }
      />
      <IdleWarning />
      <ScrollRestoration />
    </>
  );
}
