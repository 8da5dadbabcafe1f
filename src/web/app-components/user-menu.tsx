import { Dropdown, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { PersonIcon } from './person-icon.js';

interface UserMenuProps {
  name: string;
  signedInAsLabel: string;
  rolesLabel: string;
  /** One line per role, with the institution for applicants. */
  roleLines: string[];
  myPageLink: ReactNode;
  /** Further links for the user's roles, such as "My applications" for applicants. */
  roleLinks?: ReactNode[];
  logoutLabel: string;
  onLogout: () => void;
  busy: boolean;
  error: string | null;
}

/** The signed-in user's name; it opens a panel with their roles, "my page" and log out. */
export function UserMenu(props: UserMenuProps) {
  // Controlled, so that following "my page" (a client-side navigation) also closes the panel.
  const [open, setOpen] = useState(false);
  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger variant="secondary" data-size="sm" className="user-menu__trigger">
        <PersonIcon />
        <span className="user-menu__name">{props.name}</span>
      </Dropdown.Trigger>
      <Dropdown
        placement="bottom-end"
        className="user-menu__panel"
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
      >
        <div className="user-menu__identity">
          <Paragraph data-size="sm">{props.signedInAsLabel}</Paragraph>
          <Paragraph className="user-menu__identity-name">{props.name}</Paragraph>
        </div>
        <div className="user-menu__roles">
          <Paragraph data-size="sm" id="user-menu-roles">
            {props.rolesLabel}
          </Paragraph>
          <ul aria-labelledby="user-menu-roles">
            {props.roleLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
        <Dropdown.List>
          <Dropdown.Item onClick={() => setOpen(false)}>{props.myPageLink}</Dropdown.Item>
          {props.roleLinks?.map((link, index) => (
            <Dropdown.Item key={index} onClick={() => setOpen(false)}>
              {link}
            </Dropdown.Item>
          ))}
          <Dropdown.Item>
            <Dropdown.Button type="button" onClick={props.onLogout} loading={props.busy}>
              {props.logoutLabel}
            </Dropdown.Button>
          </Dropdown.Item>
        </Dropdown.List>
        {props.error && (
          <Paragraph role="alert" data-size="sm" className="user-menu__error">
            {props.error}
          </Paragraph>
        )}
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}
