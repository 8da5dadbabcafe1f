/** The history of a section: its saved versions and one old version's content (issue 13). */
import { get } from './client.js';

export interface ChangedField {
  /** [field], [list field, item key] or [list field, item key, item field]. */
  path: string[];
  change: 'added' | 'removed' | 'changed';
  itemLabel?: { field: string; value: string };
}

export interface SectionVersionSummary {
  version: number;
  savedAt: string;
  savedBy: { name: string };
  changedFields: ChangedField[];
}

export interface SectionHistory {
  sectionId: string;
  kind: string;
  editable: boolean;
  versions: SectionVersionSummary[];
  nextBefore: number | null;
}

export interface SectionVersion {
  version: number;
  savedAt: string;
  savedBy: { name: string };
  content: unknown;
}

const base = (id: string, sectionId: string) =>
  `/api/applications/${id}/sections/${encodeURIComponent(sectionId)}/versions`;

export const sectionHistoryApi = {
  list: (id: string, sectionId: string, before?: number) =>
    get<SectionHistory>(
      before === undefined ? base(id, sectionId) : `${base(id, sectionId)}?before=${before}`,
    ),
  version: (id: string, sectionId: string, version: number) =>
    get<SectionVersion>(`${base(id, sectionId)}/${version}`),
};
