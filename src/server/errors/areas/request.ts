// Requests, sign-in state, calls and applications.
import type { CatalogueEntry } from './entry.js';

export const requestErrors = {
  validation_failed: {
    status: 422,
    title: {
      nb: 'Noen felt må rettes',
      nn: 'Nokre felt må rettast',
      en: 'Some fields need correcting',
    },
  },
  malformed_request: {
    status: 400,
    title: {
      nb: 'Forespørselen kunne ikke leses',
      nn: 'Førespurnaden kunne ikkje lesast',
      en: 'The request could not be read',
    },
  },
  unsupported_media_type: {
    status: 415,
    title: {
      nb: 'Innholdstypen støttes ikke',
      nn: 'Innhaldstypen er ikkje støtta',
      en: 'The content type is not supported',
    },
  },
  payload_too_large: {
    status: 413,
    title: {
      nb: 'Forespørselen er for stor',
      nn: 'Førespurnaden er for stor',
      en: 'The request is too large',
    },
  },
  unauthenticated: {
    status: 401,
    title: { nb: 'Du må logge inn', nn: 'Du må logge inn', en: 'You need to sign in' },
  },
  forbidden: {
    status: 403,
    title: {
      nb: 'Du har ikke tilgang til dette',
      nn: 'Du har ikkje tilgang til dette',
      en: 'You do not have access to this',
    },
  },
  csrf_failed: {
    status: 403,
    title: {
      nb: 'Skjemaet er utløpt. Last siden på nytt og prøv igjen',
      nn: 'Skjemaet har gått ut. Last sida på nytt og prøv igjen',
      en: 'The form has expired. Reload the page and try again',
    },
  },
  not_found: {
    status: 404,
    title: { nb: 'Fant ikke siden', nn: 'Fann ikkje sida', en: 'Not found' },
  },
  call_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke utlysningen',
      nn: 'Fann ikkje utlysinga',
      en: 'The call was not found',
    },
  },
  application_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke søknaden',
      nn: 'Fann ikkje søknaden',
      en: 'The application was not found',
    },
  },
  submission_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke innsendingen',
      nn: 'Fann ikkje innsendinga',
      en: 'The submission was not found',
    },
  },
  section_not_found: {
    status: 404,
    title: {
      nb: 'Utlysningen har ingen slik del av skjemaet',
      nn: 'Utlysinga har ingen slik del av skjemaet',
      en: 'The call has no such section',
    },
  },
  section_version_not_found: {
    status: 404,
    title: {
      nb: 'Denne delen har ingen lagret versjon med det nummeret',
      nn: 'Denne delen har ingen lagra versjon med det nummeret',
      en: 'This section has no saved version with that number',
    },
  },
  edit_conflict: {
    status: 409,
    title: {
      nb: 'En kollega har lagret denne delen etter at du åpnet den',
      nn: 'Ein kollega har lagra denne delen etter at du opna han',
      en: 'A colleague saved this section after you opened it',
    },
  },
  precondition_required: {
    status: 428,
    title: {
      nb: 'Forespørselen mangler en nødvendig overskrift',
      nn: 'Førespurnaden manglar ei naudsynt overskrift',
      en: 'The request lacks a required header',
    },
  },
  deadline_passed: {
    status: 409,
    title: {
      nb: 'Søknadsfristen er ute',
      nn: 'Søknadsfristen er ute',
      en: 'The deadline has passed',
    },
  },
  call_not_open: {
    status: 409,
    title: {
      nb: 'Utlysningen er ikke åpen for søknader',
      nn: 'Utlysinga er ikkje open for søknader',
      en: 'The call is not open for applications',
    },
  },
  submission_blocked: {
    status: 422,
    title: {
      nb: 'Søknaden kan ikke sendes inn før feilene er rettet',
      nn: 'Søknaden kan ikkje sendast inn før feila er retta',
      en: 'The application cannot be submitted until the errors are corrected',
    },
  },
  nothing_to_withdraw: {
    status: 409,
    title: {
      nb: 'Søknaden er ikke sendt inn, så det er ingenting å trekke',
      nn: 'Søknaden er ikkje send inn, så det er ingenting å trekkje',
      en: 'The application has not been submitted, so there is nothing to withdraw',
    },
  },
  not_your_institution: {
    status: 403,
    title: {
      nb: 'Du kan ikke søke på vegne av denne institusjonen',
      nn: 'Du kan ikkje søkje på vegner av denne institusjonen',
      en: 'You cannot apply on behalf of this institution',
    },
  },
  institution_not_eligible: {
    status: 422,
    title: {
      nb: 'Institusjonen kan ikke søke på denne utlysningen',
      nn: 'Institusjonen kan ikkje søkje på denne utlysinga',
      en: 'The institution is not eligible for this call',
    },
  },
} as const satisfies Record<string, CatalogueEntry>;
