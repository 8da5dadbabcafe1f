import type { Localized } from '../../i18n/locale.js';

/** One error the API can answer with: its HTTP status and its title in nb, nn and en. */
export interface CatalogueEntry {
  status: number;
  title: Localized;
}
