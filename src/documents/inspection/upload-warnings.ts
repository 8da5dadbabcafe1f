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
  'pdf-check-stopped': {
    nb: 'PDF-en tok for lang tid å kontrollere helt og er bare delvis kontrollert. Den er tatt imot, og saksbehandleren ser denne merknaden. Åpne filen og se at den er lesbar.',
    nn: 'PDF-en tok for lang tid å kontrollere heilt og er berre delvis kontrollert. Han er teken imot, og saksbehandlaren ser denne merknaden. Opne fila og sjå at ho er leseleg.',
    en: 'The PDF took too long to check completely and was only partly checked. It was accepted, and the case officer sees this note. Open the file and see that it is readable.',
  },
  'docx-macros': {
    nb: 'Word-filen inneholder makroer (programkode). Den er tatt imot, men makroene kjøres aldri her, og saksbehandleren ser denne merknaden. Lagre gjerne dokumentet som .docx uten makroer, eller som PDF.',
    nn: 'Word-fila inneheld makroar (programkode). Ho er teken imot, men makroane blir aldri køyrde her, og saksbehandlaren ser denne merknaden. Lagre gjerne dokumentet som .docx utan makroar, eller som PDF.',
    en: 'The Word file contains macros (program code). It was accepted, but the macros are never run here, and the case officer sees this note. Consider saving the document as .docx without macros, or as PDF.',
  },
  'renamed-to-type': {
    nb: 'Filnavnet endte på en annen filtype enn innholdet. Filen er lagret og vises med filendelsen til innholdet.',
    nn: 'Filnamnet enda på ein annan filtype enn innhaldet. Fila er lagra og blir vist med filendinga til innhaldet.',
    en: 'The file name ended in another file type than its content. The file is stored and shown with the extension of its content.',
  },
};
