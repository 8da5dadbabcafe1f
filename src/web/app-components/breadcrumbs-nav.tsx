import type { ReactNode } from 'react';

interface BreadcrumbsNavProps {
  label: string;
  /** Router links, outermost first; the last is the current page. */
  links: ReactNode[];
}

/**
 * Designsystemet's breadcrumb styling on plain markup. Its React component needs the
 * designsystemet-web custom elements, which the public pages otherwise do without.
 */
export function BreadcrumbsNav({ label, links }: BreadcrumbsNavProps) {
  return (
    <nav aria-label={label} className="ds-breadcrumbs page-breadcrumbs">
      <ol>
        {links.map((link, index) => (
          <li key={index}>{link}</li>
        ))}
      </ol>
    </nav>
  );
}
