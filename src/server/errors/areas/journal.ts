// The journal and the public journal (R32, offentleglova).
import type { CatalogueEntry } from './entry.js';

export const journalErrors = {
  journal_entry_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke journalposten',
      nn: 'Fann ikkje journalposten',
      en: 'The journal entry was not found',
    },
  },
  journal_entry_changed: {
    status: 409,
    title: {
      nb: 'Noen andre har endret skjermingen av journalposten. Last inn på nytt og prøv igjen',
      nn: 'Nokon andre har endra skjerminga av journalposten. Last inn på nytt og prøv igjen',
      en: 'Someone else has changed the screening of this journal entry. Reload and try again',
    },
  },
  journal_period_empty: {
    status: 404,
    title: {
      nb: 'Journalen har ingen journalposter i perioden',
      nn: 'Journalen har ingen journalpostar i perioden',
      en: 'The journal has no entries in this period',
    },
  },
} as const satisfies Record<string, CatalogueEntry>;
