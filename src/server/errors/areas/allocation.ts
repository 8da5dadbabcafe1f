// Allocation (R27).
import type { CatalogueEntry } from './entry.js';

export const allocationErrors = {
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
} as const satisfies Record<string, CatalogueEntry>;
