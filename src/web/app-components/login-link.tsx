import { Button } from '@digdir/designsystemet-react';
import { PersonIcon } from './person-icon.js';

/** A plain link, not a client route: signing in leaves the app for the identity provider. */
export function LoginLink({ href, label }: { href: string; label: string }) {
  return (
    <Button asChild variant="primary" data-size="sm">
      <a href={href}>
        <PersonIcon />
        {label}
      </a>
    </Button>
  );
}
