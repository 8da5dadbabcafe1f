import type { ApplicationView, CallFormView } from '../../../api/types.js';
import type { SectionKit } from './section-kit.js';

export type Values = Record<string, unknown>;
export type Item = Values & { id: string };

export interface EditorProps {
  kit: SectionKit;
  content: Values;
  onChange: (next: Values) => void;
  form: CallFormView;
  application: ApplicationView;
}

/** The list under `key` of a section's content, as records with ids. */
export function listOf(content: Values, key: string): Item[] {
  const value = content[key];
  return Array.isArray(value) ? (value as Item[]) : [];
}

/** The companies already entered in the cluster section, for choices in other sections. */
export function clusterCompanies(application: ApplicationView): { orgnr: string; name: string }[] {
  const cluster = application.sections.find((s) => s.kind === 'cluster')?.content;
  if (!cluster || typeof cluster !== 'object') return [];
  return listOf(cluster as Values, 'companies')
    .filter((c) => typeof c.orgnr === 'string')
    .map((c) => ({
      orgnr: String(c.orgnr),
      name: typeof c.name === 'string' ? c.name : String(c.orgnr),
    }));
}

export function sectionContentOfKind(application: ApplicationView, kind: string): Values {
  const content = application.sections.find((s) => s.kind === kind)?.content;
  return content && typeof content === 'object' ? (content as Values) : {};
}
