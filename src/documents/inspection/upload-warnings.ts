/**
 * What a warning on an accepted file means, in words: shown to the applicant on upload and to
 * the case officer in the application copy.
 */
import type { Localized } from '../../domain/call/call-schema.js';
import type { UploadWarning } from './decide-upload.js';

export const UPLOAD_WARNING_TEXTS: Record<UploadWarning, Localized> = {
  'pdf-javascript': {
    nb: 'PDF-en inneholder JavaScript. Den er tatt imot, men skriptet kjøres aldri her, og saksbehandleren ser denne merknaden.',
    nn: 'PDF-en inneheld JavaScript. Han er teken imot, men skriptet blir aldri køyrt her, og saksbehandlaren ser denne merknaden.',
    en: 'The PDF contains JavaScript. It was accepted, but the script is never run here, and the case officer sees this note.',
  },
  'pdf-embedded-files': {
    nb: 'PDF-en har innebygde filer. Den er tatt imot, men de innebygde filene blir ikke kontrollert, og saksbehandleren ser denne merknaden.',
    nn: 'PDF-en har innebygde filer. Han er teken imot, men dei innebygde filene blir ikkje kontrollerte, og saksbehandlaren ser denne merknaden.',
    en: 'The PDF has embedded files. It was accepted, but the embedded files are not checked, and the case officer sees this note.',
  },
  'pdf-not-fully-checked': {
    nb: 'PDF-en kunne ikke leses helt og er bare delvis kontrollert. Åpne filen og se at den er lesbar.',
    nn: 'PDF-en kunne ikkje lesast heilt og er berre delvis kontrollert. Opne fila og sjå at ho er leseleg.',
    en: 'The PDF could not be read completely and was only partly checked. Open the file and see that it is readable.',
  },
};
