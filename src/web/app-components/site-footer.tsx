import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

interface SiteFooterProps {
  contactHeading: string;
  grantBodyName: string;
  emailLabel: string;
  email: string;
  aboutHeading: string;
  aboutText: string;
  /** A router link to the accessibility statement. */
  accessibilityLink: ReactNode;
}

/** The page footer (contentinfo landmark): who runs the service and the accessibility statement. */
export function SiteFooter(props: SiteFooterProps) {
  return (
    <footer className="site-footer">
      <div className="site-container site-footer__inner">
        <section aria-labelledby="footer-contact">
          <Heading level={2} data-size="2xs" id="footer-contact">
            {props.contactHeading}
          </Heading>
          <Paragraph data-size="sm">{props.grantBodyName}</Paragraph>
          <Paragraph data-size="sm">
            {props.emailLabel}: <Link href={`mailto:${props.email}`}>{props.email}</Link>
          </Paragraph>
        </section>
        <section aria-labelledby="footer-about">
          <Heading level={2} data-size="2xs" id="footer-about">
            {props.aboutHeading}
          </Heading>
          <Paragraph data-size="sm">{props.aboutText}</Paragraph>
          <Paragraph data-size="sm">{props.accessibilityLink}</Paragraph>
        </section>
      </div>
    </footer>
  );
}
