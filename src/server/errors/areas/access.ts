// Institutions, invitations, the dev mailbox, demo, sign-in and readiness.
import type { CatalogueEntry } from './entry.js';

export const accessErrors = {
  institution_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke institusjonen blant dem du søker for',
      nn: 'Fann ikkje institusjonen blant dei du søkjer for',
      en: 'The institution was not found among those you apply for',
    },
  },
  invitation_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke invitasjonen',
      nn: 'Fann ikkje invitasjonen',
      en: 'The invitation was not found',
    },
  },
  mail_message_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke e-posten eller vedlegget i postkassen',
      nn: 'Fann ikkje e-posten eller vedlegget i postkassa',
      en: 'The e-mail or attachment was not found in the mailbox',
    },
  },
  invitation_not_open: {
    status: 409,
    title: {
      nb: 'Invitasjonen er allerede godtatt, trukket tilbake eller utløpt',
      nn: 'Invitasjonen er alt godteken, trekt tilbake eller gått ut',
      en: 'The invitation has already been accepted, revoked or has expired',
    },
  },
  invitation_exists: {
    status: 409,
    title: {
      nb: 'Denne e-postadressen er allerede invitert',
      nn: 'Denne e-postadressa er alt invitert',
      en: 'This e-mail address has already been invited',
    },
  },
  already_has_access: {
    status: 409,
    title: {
      nb: 'Personen med denne e-postadressen har allerede tilgang',
      nn: 'Personen med denne e-postadressa har alt tilgang',
      en: 'The person with this e-mail address already has access',
    },
  },
  too_many_invitations: {
    status: 409,
    title: {
      nb: 'Institusjonen har for mange åpne invitasjoner',
      nn: 'Institusjonen har for mange opne invitasjonar',
      en: 'The institution has too many open invitations',
    },
  },
  method_not_allowed: {
    status: 405,
    title: {
      nb: 'Metoden er ikke tillatt',
      nn: 'Metoden er ikkje tillaten',
      en: 'Method not allowed',
    },
  },
  demo_only: {
    status: 403,
    title: {
      nb: 'Dette finnes bare i demomodus',
      nn: 'Dette finst berre i demomodus',
      en: 'This exists in demo mode only',
    },
  },
  rate_limited: {
    status: 429,
    title: {
      nb: 'For mange forsøk. Vent litt og prøv igjen',
      nn: 'For mange forsøk. Vent litt og prøv igjen',
      en: 'Too many attempts. Wait a little and try again',
    },
  },
  sign_in_failed: {
    status: 400,
    title: {
      nb: 'Innloggingen mislyktes. Prøv igjen',
      nn: 'Innlogginga mislukkast. Prøv igjen',
      en: 'Sign-in failed. Please try again',
    },
  },
  not_ready: {
    status: 503,
    title: {
      nb: 'Tjenesten er ikke klar',
      nn: 'Tenesta er ikkje klar',
      en: 'The service is not ready',
    },
  },
} as const satisfies Record<string, CatalogueEntry>;
