/** What applicants and staff are told about a file's virus scan, in nb, nn and en. */
import type { ScanState } from '../../../domain/virus-scan/scan-state.js';
import { quoteName } from '../../../domain/rules/format.js';
import type { Locale } from '../../../domain/time/oslo.js';
import type { Localized } from '../../i18n/locale.js';

const STATE_TEXTS: Record<ScanState, Localized> = {
  pending: {
    nb: 'Venter på virusskanning. Filen er i karantene og kan ikke åpnes før den er skannet.',
    nn: 'Ventar på virusskanning. Fila er i karantene og kan ikkje opnast før ho er skanna.',
    en: 'Waiting for the virus scan. The file is in quarantine and cannot be opened until scanned.',
  },
  clean: {
    nb: 'Virusskannet: ingen virus funnet.',
    nn: 'Virusskanna: ingen virus funne.',
    en: 'Virus scanned: no virus found.',
  },
  infected: {
    nb: 'Virus funnet. Filen er i karantene og kan ikke åpnes. Last opp en ren fil i stedet.',
    nn: 'Virus funne. Fila er i karantene og kan ikkje opnast. Last opp ei rein fil i staden.',
    en: 'Virus found. The file is in quarantine and cannot be opened. Upload a clean file instead.',
  },
  failed: {
    nb: 'Virusskanningen lyktes ikke. Filen er i karantene. Last opp filen på nytt.',
    nn: 'Virusskanninga lukkast ikkje. Fila er i karantene. Last opp fila på nytt.',
    en: 'The virus scan did not succeed. The file is in quarantine. Upload the file again.',
  },
  not_scanned: {
    nb: 'Ikke virusskannet: denne installasjonen har ingen virusskanner.',
    nn: 'Ikkje virusskanna: denne installasjonen har ingen virusskannar.',
    en: 'Not virus scanned: this installation has no virus scanner.',
  },
};

export function scanStateMessage(state: ScanState, locale: Locale): string {
  return STATE_TEXTS[state][locale];
}

export function scanStateTexts(state: ScanState): Localized {
  return STATE_TEXTS[state];
}

/** The detail of an upload refused because the scanner found a virus. */
export function infectedUploadDetail(fileName: string, signature: string): Localized {
  const one = (l: Locale) => {
    const file = quoteName(fileName, l);
    return l === 'en'
      ? `The virus scanner found ${signature} in the file ${file}. The file was not stored. Check your computer for viruses and upload a clean copy.`
      : l === 'nn'
        ? `Virusskannaren fann ${signature} i fila ${file}. Fila vart ikkje lagra. Sjekk datamaskina di for virus og last opp ein rein kopi.`
        : `Virusskanneren fant ${signature} i filen ${file}. Filen ble ikke lagret. Sjekk datamaskinen din for virus og last opp en ren kopi.`;
  };
  return { nb: one('nb'), nn: one('nn'), en: one('en') };
}
