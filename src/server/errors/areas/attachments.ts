// Uploaded files: size, type, inspection and virus scan (R10).
import type { CatalogueEntry } from './entry.js';

export const attachmentsErrors = {
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
} as const satisfies Record<string, CatalogueEntry>;
