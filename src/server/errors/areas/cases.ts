// Case handling: formal check, assessors, conflicts, consensus; integrity.
import type { CatalogueEntry } from './entry.js';

export const casesErrors = {
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
} as const satisfies Record<string, CatalogueEntry>;
