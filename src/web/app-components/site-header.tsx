import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

interface SiteHeaderProps {
  brand: string;
  /** Accessible name of the brand link, saying where it goes. */
  homeLabel: string;
  /** Controls on the right: language switch, user menu. */
  children: ReactNode;
}

/** The page header (banner landmark): the service name linking home, and the global controls. */
export function SiteHeader({ brand, homeLabel, children }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-container site-header__inner">
        <RouterLink to="/" className="site-header__brand" aria-label={homeLabel}>
          <svg
            className="site-header__logo"
            viewBox="0 0 32 32"
            aria-hidden="true"
            focusable="false"
          >
            <rect width="32" height="32" rx="6" />
            <path d="M9 10h14M16 10v13M11 23h10" />
          </svg>
          <span>{brand}</span>
        </RouterLink>
        <div className="site-header__controls">{children}</div>
      </div>
    </header>
  );
}
