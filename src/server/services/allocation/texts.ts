/** Words allocation's services put into answers and files, in nb, nn and en. */
import type { Localized } from '../../i18n/locale.js';

export const texts = {
  atTheLine: {
    nb: 'Redusert ved budsjettgrensen: resten av rammen',
    nn: 'Redusert ved budsjettgrensa: resten av ramma',
    en: 'Reduced at the budget line: what is left of the pot',
  },
  optimiserReduction: {
    nb: 'Redusert i optimeringsforslaget for å holde rammen og utlysningens grenser',
    nn: 'Redusert i optimeringsforslaget for å halde ramma og grensene i utlysinga',
    en: "Reduced in the optimiser's proposal to keep within the pot and the call's limits",
  },
  noCounty: { nb: 'Uten fylke', nn: 'Utan fylke', en: 'No county' },
} satisfies Record<string, Localized>;
