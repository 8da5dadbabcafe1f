// Follow-up of a grant: acceptance and payments (ADR 0025).
import type { CatalogueEntry } from './entry.js';

export const followupErrors = {
  grant_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke tilskuddet',
      nn: 'Fann ikkje tilskotet',
      en: 'The grant was not found',
    },
  },
  grant_not_acceptable: {
    status: 409,
    title: {
      nb: 'Bare et utsendt vedtak om tilskudd som gjelder, kan aksepteres eller avslås',
      nn: 'Berre eit utsendt vedtak om tilskot som gjeld, kan aksepterast eller avslåast',
      en: 'Only an issued grant in force can be accepted or declined',
    },
  },
  grant_already_answered: {
    status: 409,
    title: {
      nb: 'Tilskuddet er allerede akseptert, avslått eller bortfalt',
      nn: 'Tilskotet er allereie akseptert, avslått eller bortfalle',
      en: 'The grant has already been accepted, declined or has lapsed',
    },
  },
  grant_acceptance_deadline_passed: {
    status: 409,
    title: {
      nb: 'Fristen for å akseptere tilskuddet har gått ut. Kontakt saksbehandleren',
      nn: 'Fristen for å akseptere tilskotet har gått ut. Kontakt sakshandsamaren',
      en: 'The deadline for accepting the grant has passed. Contact the case officer',
    },
  },
  payment_before_acceptance: {
    status: 409,
    title: {
      nb: 'Det kan ikke utbetales før tilskuddsmottakeren har akseptert tilskuddet',
      nn: 'Det kan ikkje utbetalast før tilskotsmottakaren har akseptert tilskotet',
      en: 'Nothing can be paid before the grantee has accepted the grant',
    },
  },
  payment_over_grant: {
    status: 409,
    title: {
      nb: 'Utbetalingen ville gjøre at det samlet utbetales mer enn tilskuddet',
      nn: 'Utbetalinga ville gjere at det samla blir utbetalt meir enn tilskotet',
      en: 'The payment would take the total paid past the grant',
    },
  },
} as const satisfies Record<string, CatalogueEntry>;
