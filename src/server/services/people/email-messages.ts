import { INVITATION_TTL_DAYS, MAX_OPEN_INVITATIONS } from '../../../domain/access/invitation.js';
import type { Localized } from '../../i18n/locale.js';

/** What the inviter is told about the address they typed, in each language. */
export const emailMessages = {
  invalid: {
    nb: 'Skriv en gyldig e-postadresse, for eksempel kari.nordmann@ntnu.no',
    nn: 'Skriv ei gyldig e-postadresse, til dømes kari.nordmann@ntnu.no',
    en: 'Enter a valid e-mail address, for example kari.nordmann@ntnu.no',
  },
  alreadyInvited: {
    nb: `Denne e-postadressen har allerede en åpen invitasjon. Den gjelder i ${INVITATION_TTL_DAYS} dager fra den ble sendt.`,
    nn: `Denne e-postadressa har alt ein open invitasjon. Han gjeld i ${INVITATION_TTL_DAYS} dagar frå han vart send.`,
    en: `This e-mail address already has an open invitation. It is valid for ${INVITATION_TTL_DAYS} days from when it was sent.`,
  },
  hasAccess: {
    nb: 'Personen med denne e-postadressen har allerede tilgang til institusjonen.',
    nn: 'Personen med denne e-postadressa har alt tilgang til institusjonen.',
    en: 'The person with this e-mail address already has access to the institution.',
  },
  tooMany: {
    nb: `Institusjonen kan ha høyst ${MAX_OPEN_INVITATIONS} åpne invitasjoner. Trekk tilbake noen før du inviterer flere.`,
    nn: `Institusjonen kan ha høgst ${MAX_OPEN_INVITATIONS} opne invitasjonar. Trekk tilbake nokre før du inviterer fleire.`,
    en: `The institution may have at most ${MAX_OPEN_INVITATIONS} open invitations. Revoke some before inviting more.`,
  },
} satisfies Record<string, Localized>;
