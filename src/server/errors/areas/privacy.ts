// Retention and privacy: a person's data downloaded or erased (docs/adr/0024).
import type { CatalogueEntry } from './entry.js';

export const privacyErrors = {
  privacy_person_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke personen',
      nn: 'Fann ikkje personen',
      en: 'The person was not found',
    },
  },
  privacy_already_erased: {
    status: 409,
    title: {
      nb: 'Personopplysningene til denne personen er allerede slettet',
      nn: 'Personopplysningane til denne personen er alt sletta',
      en: "This person's personal data has already been erased",
    },
  },
  privacy_erase_self: {
    status: 409,
    title: {
      nb: 'Du kan ikke slette dine egne personopplysninger her; en annen administrator må gjøre det',
      nn: 'Du kan ikkje slette dine eigne personopplysningar her; ein annan administrator må gjere det',
      en: 'You cannot erase your own personal data here; another administrator must do it',
    },
  },
} as const satisfies Record<string, CatalogueEntry>;
