/**
 * The one error catalogue: every error the API answers with has a code here, its HTTP status and
 * its title in nb, nn and en. Routes throw `AppError(code)`; the boundary mapper turns it into
 * application/problem+json. Unknown errors never reach the user with their message. Each area
 * keeps its codes in its own file under `areas/`; a code is unique across them (a test checks).
 */
import type { Localized } from '../i18n/locale.js';
import { accessErrors } from './areas/access.js';
import { allocationErrors } from './areas/allocation.js';
import { attachmentsErrors } from './areas/attachments.js';
import { casesErrors } from './areas/cases.js';
import { decisionsErrors } from './areas/decisions.js';
import { followupErrors } from './areas/followup.js';
import type { CatalogueEntry } from './areas/entry.js';
import { journalErrors } from './areas/journal.js';
import { privacyErrors } from './areas/privacy.js';
import { requestErrors } from './areas/request.js';

/** Every area, by name: the catalogue test checks no code appears in two. */
export const errorAreas = {
  request: requestErrors,
  attachments: attachmentsErrors,
  access: accessErrors,
  cases: casesErrors,
  allocation: allocationErrors,
  decisions: decisionsErrors,
  journal: journalErrors,
  followup: followupErrors,
  privacy: privacyErrors,
} as const;

export const errorCatalogue = {
  ...requestErrors,
  ...attachmentsErrors,
  ...accessErrors,
  ...casesErrors,
  ...allocationErrors,
  ...decisionsErrors,
  ...journalErrors,
  ...followupErrors,
  ...privacyErrors,
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
