/**
 * Who runs this installation. Every page's footer and the accessibility statement show it, so it
 * lives in one place; an operator who installs the platform for another grant body edits this file.
 */
import type { Localized } from './api/types.js';

export const site = {
  grantBody: {
    name: {
      nb: 'Direktoratet for høyere utdanning og kompetanse (HK-dir)',
      nn: 'Direktoratet for høgare utdanning og kompetanse (HK-dir)',
      en: 'Norwegian Directorate for Higher Education and Skills (HK-dir)',
    } satisfies Localized,
    email: 'postmottak@hkdir.no',
  },
  /** Where accessibility feedback goes; the statement names it. */
  accessibilityContactEmail: 'postmottak@hkdir.no',
  /** YYYY-MM-DD: when the accessibility statement was last reviewed. */
  accessibilityStatementUpdated: '2026-11-30',
  supervisoryAuthorityUrl: 'https://www.uutilsynet.no/',
} as const;
