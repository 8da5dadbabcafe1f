/**
 * What the applicant is told about an uploaded file: each refusal names the file and the reason
 * and says what to do, in nb, nn and en; each warning says what was found and what it means.
 */
import {
  MEDIA_TYPE_NAMES,
  type UploadRefusal,
  type UploadWarning,
} from '../../../documents/inspection/decide-upload.js';
import { UPLOAD_WARNING_TEXTS } from '../../../documents/inspection/upload-warnings.js';
import type { AttachmentKind } from '../../../domain/call/call-schema.js';
import { formatNumber, joinList, quoteName } from '../../../domain/rules/format.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { AppError, type ErrorCode } from '../../errors/catalogue.js';
import type { Localized } from '../../i18n/locale.js';

const BYTES_PER_MB = 1024 * 1024;

/** "20" for 20 MB, "2,5" / "2.5" for a limit that is no whole number of megabytes. */
export function formatMegabytes(bytes: number, locale: Locale): string {
  return formatNumber(Math.floor((bytes / BYTES_PER_MB) * 10) / 10, locale);
}

function allowedTypes(kind: AttachmentKind, locale: Locale): string {
  const names = kind.allowedTypes.map((type) => MEDIA_TYPE_NAMES[type]);
  return joinList(names, locale, { nb: 'eller', nn: 'eller', en: 'or' });
}

function texts(make: (l: Locale, file: string, kind: string, allowed: string) => string) {
  return (fileName: string, kind: AttachmentKind): Localized => {
    const one = (l: Locale) =>
      make(l, quoteName(fileName, l), quoteName(kind.label[l], l), allowedTypes(kind, l));
    return { nb: one('nb'), nn: one('nn'), en: one('en') };
  };
}

type Detail = (fileName: string, kind: AttachmentKind) => Localized;

function detailOf(refusal: UploadRefusal): { code: ErrorCode; detail: Detail } {
  switch (refusal.reason) {
    case 'empty':
      return {
        code: 'attachment_empty',
        detail: texts((l, file) =>
          l === 'en'
            ? `The file ${file} is empty (0 bytes). Choose the file again and upload it once more.`
            : l === 'nn'
              ? `Fila ${file} er tom (0 byte). Vel fila på nytt og last ho opp igjen.`
              : `Filen ${file} er tom (0 byte). Velg filen på nytt og last den opp igjen.`,
        ),
      };
    case 'too-large':
      return {
        code: 'attachment_too_large',
        detail: (fileName, kind) => {
          const mb = (l: Locale) => formatMegabytes(kind.maxBytes, l);
          return texts((l, file, label) =>
            l === 'en'
              ? `The file ${file} is larger than ${mb(l)} MB, the limit for ${label}. The upload was stopped. Make the file smaller, for example by scanning at a lower resolution, and try again.`
              : l === 'nn'
                ? `Fila ${file} er større enn ${mb(l)} MB, som er grensa for ${label}. Opplastinga vart stoppa. Gjer fila mindre, til dømes ved å skanne med lågare oppløysing, og prøv igjen.`
                : `Filen ${file} er større enn ${mb(l)} MB, som er grensen for ${label}. Opplastingen ble stoppet. Gjør filen mindre, for eksempel ved å skanne med lavere oppløsning, og prøv igjen.`,
          )(fileName, kind);
        },
      };
    case 'executable':
      return {
        code: 'attachment_executable',
        detail: texts((l, file, _label, allowed) =>
          l === 'en'
            ? `The file ${file} is a program (${refusal.format}), not a document, whatever its name says. Program files are not accepted. Upload the document as ${allowed}.`
            : l === 'nn'
              ? `Fila ${file} er eit program (${refusal.format}), ikkje eit dokument, same kva filnamnet seier. Programfiler blir ikkje tekne imot. Last opp dokumentet som ${allowed}.`
              : `Filen ${file} er et program (${refusal.format}), ikke et dokument, uansett hva filnavnet sier. Programfiler tas ikke imot. Last opp dokumentet som ${allowed}.`,
        ),
      };
    case 'archive':
      return {
        code: 'attachment_archive',
        detail: texts((l, file, _label, allowed) =>
          l === 'en'
            ? `The file ${file} is a compressed archive (${refusal.format}). Archives are not accepted because their contents cannot be checked. Unpack it and upload the document as ${allowed}.`
            : l === 'nn'
              ? `Fila ${file} er eit komprimert arkiv (${refusal.format}). Arkiv blir ikkje tekne imot fordi innhaldet ikkje kan kontrollerast. Pakk ut fila og last opp dokumentet som ${allowed}.`
              : `Filen ${file} er et komprimert arkiv (${refusal.format}). Arkiver tas ikke imot fordi innholdet ikke kan kontrolleres. Pakk ut filen og last opp dokumentet som ${allowed}.`,
        ),
      };
    case 'encrypted':
      return {
        code: 'attachment_encrypted',
        detail: texts((l, file) =>
          l === 'en'
            ? `The file ${file} is an encrypted or password-protected PDF. It cannot be checked or archived, and the case officers could not open it. Save or print the PDF again without a password or encryption, and upload the new file.`
            : l === 'nn'
              ? `Fila ${file} er ein kryptert eller passordverna PDF. Ho kan ikkje kontrollerast eller arkiverast, og saksbehandlarane kan ikkje opne ho. Lagre eller skriv ut PDF-en på nytt utan passord og kryptering, og last opp den nye fila.`
              : `Filen ${file} er en kryptert eller passordbeskyttet PDF. Den kan ikke kontrolleres eller arkiveres, og saksbehandlerne kan ikke åpne den. Lagre eller skriv ut PDF-en på nytt uten passord og kryptering, og last opp den nye filen.`,
        ),
      };
    case 'type-not-allowed':
      return {
        code: 'attachment_type_not_allowed',
        detail: texts((l, file, label, allowed) =>
          l === 'en'
            ? `The file ${file} is of type ${refusal.format}. ${label} must be ${allowed}.`
            : l === 'nn'
              ? `Fila ${file} er av typen ${refusal.format}. ${label} må vere ${allowed}.`
              : `Filen ${file} er av typen ${refusal.format}. ${label} må være ${allowed}.`,
        ),
      };
    case 'inflates-too-much':
      return {
        code: 'attachment_inflates_too_much',
        detail: texts((l, file) =>
          l === 'en'
            ? `The file ${file} unpacks to far more than a Word document does (a "zip bomb" does this), so it was not accepted. Open the document in Word, save it again as .docx, and upload the new file.`
            : l === 'nn'
              ? `Fila ${file} pakkar seg ut til langt meir enn eit Word-dokument gjer (slik ei «zip-bombe» gjer), og vart difor ikkje teken imot. Opne dokumentet i Word, lagre det på nytt som .docx, og last opp den nye fila.`
              : `Filen ${file} pakker seg ut til langt mer enn et Word-dokument gjør (slik en «zip-bombe» gjør), og ble derfor ikke tatt imot. Åpne dokumentet i Word, lagre det på nytt som .docx, og last opp den nye filen.`,
        ),
      };
    case 'damaged':
      return {
        code: 'attachment_damaged',
        detail: texts((l, file) =>
          l === 'en'
            ? `The file ${file} looks like a Word document, but its inside could not be read (it is damaged, encrypted or saved in an unusual way), so it could not be checked. Open it in Word, save it again as .docx, and upload the new file.`
            : l === 'nn'
              ? `Fila ${file} ser ut som eit Word-dokument, men innhaldet kunne ikkje lesast (ho er skadd, kryptert eller lagra på ein uvanleg måte), så ho kunne ikkje kontrollerast. Opne ho i Word, lagre ho på nytt som .docx, og last opp den nye fila.`
              : `Filen ${file} ser ut som et Word-dokument, men innholdet kunne ikke leses (den er skadet, kryptert eller lagret på en uvanlig måte), så den kunne ikke kontrolleres. Åpne den i Word, lagre den på nytt som .docx, og last opp den nye filen.`,
        ),
      };
    case 'not-checkable':
      return {
        code: 'attachment_not_checkable',
        detail: texts((l, file, _label, allowed) =>
          l === 'en'
            ? `The file ${file} could not be checked within the time and memory a file may take, so it was not accepted. Save the document again as ${allowed} (for example with "Save as" or "Print to PDF") and upload the new file.`
            : l === 'nn'
              ? `Fila ${file} kunne ikkje kontrollerast innan tida og minnet ei fil får bruke, og vart difor ikkje teken imot. Lagre dokumentet på nytt som ${allowed} (til dømes med «Lagre som» eller «Skriv ut til PDF») og last opp den nye fila.`
              : `Filen ${file} kunne ikke kontrolleres innen tiden og minnet en fil får bruke, og ble derfor ikke tatt imot. Lagre dokumentet på nytt som ${allowed} (for eksempel med «Lagre som» eller «Skriv ut til PDF») og last opp den nye filen.`,
        ),
      };
    case 'unknown-type':
      return {
        code: 'attachment_type_unknown',
        detail: texts((l, file, label, allowed) =>
          l === 'en'
            ? `The content of ${file} is not a type we recognise, whatever its name says. ${label} must be ${allowed}.`
            : l === 'nn'
              ? `Innhaldet i ${file} er ikkje av ein type vi kjenner att, same kva filnamnet seier. ${label} må vere ${allowed}.`
              : `Innholdet i ${file} er ikke av en type vi kjenner igjen, uansett hva filnavnet sier. ${label} må være ${allowed}.`,
        ),
      };
  }
}

/** The problem the applicant gets for a refused file; nothing has been stored. */
export function refusalError(
  refusal: UploadRefusal,
  fileName: string,
  kind: AttachmentKind,
): AppError {
  const { code, detail } = detailOf(refusal);
  return new AppError(code, {
    detail: detail(fileName, kind),
    extensions: {
      fileName,
      attachmentKind: kind.id,
      reason: refusal.reason,
      ...(refusal.reason === 'too-large' ? { maxBytes: kind.maxBytes } : {}),
    },
  });
}

export function warningMessage(warning: UploadWarning, locale: Locale): string {
  return UPLOAD_WARNING_TEXTS[warning][locale];
}

/** Every inspection worker is busy and the queue is full: nothing stored, try again shortly. */
export function inspectionBusyError(fileName: string): AppError {
  const file = (l: Locale) => quoteName(fileName, l);
  return new AppError('attachment_inspection_busy', {
    detail: {
      nb: `Filen ${file('nb')} ble ikke lagret fordi mange filer kontrolleres akkurat nå. Prøv igjen om et halvt minutt.`,
      nn: `Fila ${file('nn')} vart ikkje lagra fordi mange filer blir kontrollerte akkurat no. Prøv igjen om eit halvt minutt.`,
      en: `The file ${file('en')} was not stored because many files are being checked right now. Try again in half a minute.`,
    },
    extensions: { fileName, retryAfterSeconds: 30 },
  });
}
