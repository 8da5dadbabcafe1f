// Decisions and appeals (R28, R29).
import type { CatalogueEntry } from './entry.js';

export const decisionsErrors = {
  decision_no_approved_allocation: {
    status: 409,
    title: {
      nb: 'Utlysningen har ingen godkjent fordeling ennå, så det kan ikke lages vedtak',
      nn: 'Utlysinga har inga godkjend fordeling enno, så det kan ikkje lagast vedtak',
      en: 'The call has no approved allocation yet, so no decisions can be prepared',
    },
  },
  decision_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke vedtaket',
      nn: 'Fann ikkje vedtaket',
      en: 'The decision was not found',
    },
  },
  decision_job_not_found: {
    status: 404,
    title: { nb: 'Fant ikke jobben', nn: 'Fann ikkje jobben', en: 'The job was not found' },
  },
  decision_changed: {
    status: 409,
    title: {
      nb: 'Noen andre har endret vedtaket. Se gjennom endringen og prøv igjen',
      nn: 'Nokon andre har endra vedtaket. Sjå gjennom endringa og prøv igjen',
      en: 'Someone else has changed the decision. Review their change and try again',
    },
  },
  decision_move_refused: {
    status: 409,
    title: {
      nb: 'Vedtaket kan ikke gå dit fra der det står nå',
      nn: 'Vedtaket kan ikkje gå dit frå der det står no',
      en: 'The decision cannot make that move from where it is now',
    },
  },
  decision_four_eyes: {
    status: 409,
    title: {
      nb: 'Den som har utarbeidet vedtaket, kan ikke selv godkjenne det',
      nn: 'Den som har utarbeidd vedtaket, kan ikkje sjølv godkjenne det',
      en: 'The person who drafted the decision cannot approve it',
    },
  },
  decision_pot_exceeded: {
    status: 409,
    title: {
      nb: 'Det endrede vedtaket ville gå over rammen',
      nn: 'Det endra vedtaket ville gå over ramma',
      en: 'The changed decision would go past the pot',
    },
  },
  appeal_not_found: {
    status: 404,
    title: { nb: 'Fant ikke klagen', nn: 'Fann ikkje klaga', en: 'The appeal was not found' },
  },
  appeal_not_open: {
    status: 422,
    title: {
      nb: 'Dette vedtaket kan ikke påklages her: et tilskuddsbrev til et statlig organ gir ingen klagerett, og en klage kan sendes én gang',
      nn: 'Dette vedtaket kan ikkje påklagast her: eit tilskotsbrev til eit statleg organ gir ingen klagerett, og ei klage kan sendast éin gong',
      en: 'This decision cannot be appealed here: a grant letter to a state body gives no right of appeal, and an appeal can be filed once',
    },
  },
  appeal_files_full: {
    status: 422,
    title: {
      nb: 'Klagen har så mange vedlegg som den kan ha',
      nn: 'Klaga har så mange vedlegg som ho kan ha',
      en: 'The appeal has as many attachments as it may have',
    },
  },
  appeal_file_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke vedlegget til klagen',
      nn: 'Fann ikkje vedlegget til klaga',
      en: 'The appeal attachment was not found',
    },
  },
  appeal_move_refused: {
    status: 409,
    title: {
      nb: 'Klagen kan ikke gå dit fra der den står nå',
      nn: 'Klaga kan ikkje gå dit frå der ho står no',
      en: 'The appeal cannot make that move from where it is now',
    },
  },
} as const satisfies Record<string, CatalogueEntry>;
