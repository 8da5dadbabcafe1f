/**
 * The one error catalogue: every error the API answers with has a code here, its HTTP status and
 * its title in nb, nn and en. Routes throw `AppError(code)`; the boundary mapper turns it into
 * application/problem+json. Unknown errors never reach the user with their message.
 */
import type { Localized } from '../i18n/locale.js';

interface CatalogueEntry {
  status: number;
  title: Localized;
}

export const errorCatalogue = {
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
  attachment_too_large: {
    status: 413,
    title: { nb: 'Filen er for stor', nn: 'Fila er for stor', en: 'The file is too large' },
  },
  attachment_quota_exceeded: {
    status: 413,
    title: {
      nb: 'Søknaden har nådd grensen for vedlegg',
      nn: 'Søknaden har nådd grensa for vedlegg',
      en: 'The application has reached its attachment limit',
    },
  },
  attachment_empty: {
    status: 422,
    title: { nb: 'Filen er tom', nn: 'Fila er tom', en: 'The file is empty' },
  },
  attachment_executable: {
    status: 415,
    title: {
      nb: 'Programfiler kan ikke lastes opp',
      nn: 'Programfiler kan ikkje lastast opp',
      en: 'Program files cannot be uploaded',
    },
  },
  attachment_archive: {
    status: 415,
    title: {
      nb: 'Komprimerte arkiver kan ikke lastes opp',
      nn: 'Komprimerte arkiv kan ikkje lastast opp',
      en: 'Compressed archives cannot be uploaded',
    },
  },
  attachment_encrypted: {
    status: 422,
    title: {
      nb: 'Filen er kryptert eller passordbeskyttet',
      nn: 'Fila er kryptert eller passordverna',
      en: 'The file is encrypted or password-protected',
    },
  },
  attachment_type_not_allowed: {
    status: 415,
    title: {
      nb: 'Filtypen er ikke tillatt for dette vedlegget',
      nn: 'Filtypen er ikkje tillaten for dette vedlegget',
      en: 'The file type is not allowed for this attachment',
    },
  },
  attachment_type_unknown: {
    status: 415,
    title: {
      nb: 'Filtypen ble ikke gjenkjent',
      nn: 'Filtypen vart ikkje kjend att',
      en: 'The file type was not recognised',
    },
  },
  attachment_inflates_too_much: {
    status: 422,
    title: {
      nb: 'Filen pakker seg ut til altfor mye',
      nn: 'Fila pakkar seg ut til altfor mykje',
      en: 'The file unpacks to far too much',
    },
  },
  attachment_damaged: {
    status: 422,
    title: {
      nb: 'Filen kunne ikke leses',
      nn: 'Fila kunne ikkje lesast',
      en: 'The file could not be read',
    },
  },
  attachment_not_checkable: {
    status: 422,
    title: {
      nb: 'Filen kunne ikke kontrolleres',
      nn: 'Fila kunne ikkje kontrollerast',
      en: 'The file could not be checked',
    },
  },
  attachment_inspection_busy: {
    status: 503,
    title: {
      nb: 'For mange filer kontrolleres akkurat nå',
      nn: 'For mange filer blir kontrollerte akkurat no',
      en: 'Too many files are being checked right now',
    },
  },
  attachment_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke vedlegget',
      nn: 'Fann ikkje vedlegget',
      en: 'The attachment was not found',
    },
  },
  attachment_not_stored: {
    status: 422,
    title: {
      nb: 'Et vedlegg i søknaden samsvarer ikke med en opplastet fil',
      nn: 'Eit vedlegg i søknaden samsvarar ikkje med ei opplasta fil',
      en: 'An attachment in the application does not match an uploaded file',
    },
  },
  attachment_infected: {
    status: 422,
    title: {
      nb: 'Filen inneholder et virus og ble ikke lagret',
      nn: 'Fila inneheld eit virus og vart ikkje lagra',
      en: 'The file contains a virus and was not stored',
    },
  },
  attachment_quarantined: {
    status: 409,
    title: {
      nb: 'Filen er i karantene til virusskanningen godkjenner den',
      nn: 'Fila er i karantene til virusskanninga godkjenner ho',
      en: 'The file is in quarantine until the virus scan passes it',
    },
  },
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
  case_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke saken',
      nn: 'Fann ikkje saka',
      en: 'The case was not found',
    },
  },
  finding_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke funnet',
      nn: 'Fann ikkje funnet',
      en: 'The finding was not found',
    },
  },
  assessor_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke fageksperten',
      nn: 'Fann ikkje fageksperten',
      en: 'The assessor was not found',
    },
  },
  assignment_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke oppdraget',
      nn: 'Fann ikkje oppdraget',
      en: 'The assignment was not found',
    },
  },
  affiliation_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke tilknytningen',
      nn: 'Fann ikkje tilknytinga',
      en: 'The affiliation was not found',
    },
  },
  assignment_conflict: {
    status: 409,
    title: {
      nb: 'Fageksperten kan være inhabil i denne saken',
      nn: 'Fageksperten kan vere inhabil i denne saka',
      en: 'The assessor may be disqualified from this case',
    },
  },
  already_assigned: {
    status: 409,
    title: {
      nb: 'Fageksperten er allerede tildelt saken',
      nn: 'Fageksperten er allereie tildelt saka',
      en: 'The assessor is already assigned to the case',
    },
  },
  assessors_full: {
    status: 409,
    title: {
      nb: 'Saken har allerede så mange fageksperter som utlysningen sier',
      nn: 'Saka har allereie så mange fagekspertar som utlysinga seier',
      en: 'The case already has as many assessors as the call sets',
    },
  },
  case_not_assessable: {
    status: 409,
    title: {
      nb: 'Saken er foreslått avvist og skal ikke vurderes',
      nn: 'Saka er føreslått avvist og skal ikkje vurderast',
      en: 'The case is proposed for rejection and is not to be assessed',
    },
  },
  declaration_required: {
    status: 403,
    title: {
      nb: 'Du må erklære habilitet før du ser saken',
      nn: 'Du må erklære habilitet før du ser saka',
      en: 'Declare your impartiality before you see the case',
    },
  },
  already_declared: {
    status: 409,
    title: {
      nb: 'Habilitet er allerede erklært for denne saken',
      nn: 'Habilitet er allereie erklært for denne saka',
      en: 'Impartiality has already been declared for this case',
    },
  },
  assignment_removed: {
    status: 403,
    title: {
      nb: 'Du er ikke lenger fagekspert i denne saken',
      nn: 'Du er ikkje lenger fagekspert i denne saka',
      en: 'You are no longer an assessor of this case',
    },
  },
  assignment_conflict_registered: {
    status: 403,
    title: {
      nb: 'En registrert tilknytning gjør deg mulig inhabil i denne saken',
      nn: 'Ei registrert tilknyting gjer deg mogleg inhabil i denne saka',
      en: 'A registered tie may disqualify you from this case',
    },
  },
  assessment_locked: {
    status: 409,
    title: {
      nb: 'Vurderingen er sendt inn og låst',
      nn: 'Vurderinga er send inn og låst',
      en: 'The assessment has been submitted and is locked',
    },
  },
  assessment_not_submitted: {
    status: 409,
    title: {
      nb: 'Vurderingen er ikke sendt inn',
      nn: 'Vurderinga er ikkje send inn',
      en: 'The assessment has not been submitted',
    },
  },
  formal_check_pending: {
    status: 409,
    title: {
      nb: 'Den formelle kontrollen er ikke fullført',
      nn: 'Den formelle kontrollen er ikkje fullført',
      en: 'The formal check is not complete',
    },
  },
  consensus_needs_assessment: {
    status: 409,
    title: {
      nb: 'Minst én fagekspert må ha sendt inn vurdering først',
      nn: 'Minst éin fagekspert må ha sendt inn vurdering først',
      en: 'At least one assessor must have submitted an assessment first',
    },
  },
  // A stored file or snapshot no longer gives the hash recorded when it was received (R32): it
  // is refused, never served, and the administrators are alerted (docs/adr/0013).
  integrity_mismatch: {
    status: 409,
    title: {
      nb: 'Det lagrede innholdet stemmer ikke med kontrollsummen fra mottaket, og vises derfor ikke. Administrator er varslet',
      nn: 'Det lagra innhaldet stemmer ikkje med kontrollsummen frå mottaket, og blir difor ikkje vist. Administrator er varsla',
      en: 'The stored content does not match the hash recorded when it was received, so it is not shown. The administrators have been alerted',
    },
  },
  // Allocation (R27).
  allocation_scenario_not_found: {
    status: 404,
    title: {
      nb: 'Fant ikke scenarioet',
      nn: 'Fann ikkje scenarioet',
      en: 'The scenario was not found',
    },
  },
  allocation_case_not_allocatable: {
    status: 409,
    title: {
      nb: 'Saken kan ikke fordeles: den mangler konsensus eller er foreslått avvist',
      nn: 'Saka kan ikkje fordelast: ho manglar konsensus eller er føreslått avvist',
      en: 'The case cannot be allocated: it has no consensus or is proposed for rejection',
    },
  },
  allocation_entry_changed: {
    status: 409,
    title: {
      nb: 'Noen andre har endret denne saken i scenarioet. Se gjennom endringen og prøv igjen',
      nn: 'Nokon andre har endra denne saka i scenarioet. Sjå gjennom endringa og prøv igjen',
      en: 'Someone else has changed this case in the scenario. Review their change and try again',
    },
  },
  allocation_pot_exceeded: {
    status: 409,
    title: {
      nb: 'Tilskuddet går over rammen',
      nn: 'Tilskotet går over ramma',
      en: 'The grant goes past the pot',
    },
  },
  allocation_frozen: {
    status: 409,
    title: {
      nb: 'Scenarioet er innstilt eller vedtatt og kan ikke endres. Lag en kopi for å endre',
      nn: 'Scenarioet er innstilt eller vedteke og kan ikkje endrast. Lag ein kopi for å endre',
      en: 'The scenario is proposed or approved and cannot be changed. Make a copy to change it',
    },
  },
  allocation_move_refused: {
    status: 409,
    title: {
      nb: 'Scenarioet kan ikke gå dit fra der det står nå',
      nn: 'Scenarioet kan ikkje gå dit frå der det står no',
      en: 'The scenario cannot make that move from where it is now',
    },
  },
  allocation_four_eyes: {
    status: 409,
    title: {
      nb: 'Den som innstilte, kan ikke selv godkjenne innstillingen',
      nn: 'Den som innstilte, kan ikkje sjølv godkjenne innstillinga',
      en: 'The person who proposed the allocation cannot approve it',
    },
  },
  allocation_departures_unexplained: {
    status: 422,
    title: {
      nb: 'Hvert avvik fra rangeringen må begrunnes før scenarioet kan innstilles',
      nn: 'Kvart avvik frå rangeringa må grunngivast før scenarioet kan innstillast',
      en: 'Every departure from the rank order needs a written reason before the scenario can be proposed',
    },
  },
  allocation_limits_broken: {
    status: 422,
    title: {
      nb: 'Scenarioet bryter utlysningens grenser',
      nn: 'Scenarioet bryt grensene i utlysinga',
      en: "The scenario breaks the call's limits",
    },
  },
  allocation_infeasible: {
    status: 422,
    title: {
      nb: 'Ingen fordeling oppfyller utlysningens grenser',
      nn: 'Inga fordeling oppfyller grensene i utlysinga',
      en: "No allocation meets the call's limits",
    },
  },
  // Decisions and appeals (R28, R29).
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
  appeal_move_refused: {
    status: 409,
    title: {
      nb: 'Klagen kan ikke gå dit fra der den står nå',
      nn: 'Klaga kan ikkje gå dit frå der ho står no',
      en: 'The appeal cannot make that move from where it is now',
    },
  },
  internal: {
    status: 500,
    title: {
      nb: 'Noe gikk galt hos oss. Prøv igjen senere',
      nn: 'Noko gjekk gale hos oss. Prøv igjen seinare',
      en: 'Something went wrong on our side. Please try again later',
    },
  },
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof errorCatalogue;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** A localized explanation beyond the title, shown to the user. */
  readonly detail: Localized | undefined;
  readonly fieldErrors: FieldError[] | undefined;
  /** Extra members of the problem document (e.g. the current content on a conflict). */
  readonly extensions: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    options: {
      detail?: Localized;
      fieldErrors?: FieldError[];
      extensions?: Record<string, unknown>;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.detail = options.detail;
    this.fieldErrors = options.fieldErrors;
    this.extensions = options.extensions;
  }
}
