/**
 * An application's content: one JSON object per section of the call, keyed by the section's id.
 * It is `unknown` until read through that section's schema (section-content.ts), because drafts
 * arrive from the browser and stored drafts may predate a change to the form.
 */
import type { CallDefinition, SectionKind } from '../call/call-schema.js';
import type { SectionContentByKind } from './section-content.js';

export type ApplicationContent = Record<string /* section id */, unknown>;

const EMPTY_CONTENT: { [K in SectionKind]: () => SectionContentByKind[K] } = {
  project: () => ({}),
  cluster: () => ({ companies: [] }),
  anchoring: () => ({ unions: [] }),
  case: () => ({}),
  offerings: () => ({ offerings: [] }),
  participants: () => ({ estimates: [] }),
  'progress-plan': () => ({ milestones: [] }),
  // No financing rows up front: an own-contribution row is something the applicant shows (R20).
  budget: () => ({ lines: [], financing: [] }),
  attachments: () => ({ items: [] }),
};

export function emptySectionContent<K extends SectionKind>(kind: K): SectionContentByKind[K] {
  return EMPTY_CONTENT[kind]();
}

/** A new application: every section of the call present and empty. */
export function emptyApplicationContent(
  call: Pick<CallDefinition, 'sections'>,
): ApplicationContent {
  const content: ApplicationContent = {};
  for (const section of call.sections) content[section.id] = emptySectionContent(section.kind);
  return content;
}
