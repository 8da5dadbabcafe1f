/**
 * The saved versions of one section of an application, for the section's history: who saved each
 * (by name), when, and which fields changed against the version before; and one old version's
 * content, so a field of it can be copied back into the draft. Read like the application itself:
 * only by those who act for its institution; anyone else gets "not found" (R34).
 */
import type { Principal } from '../../../domain/access/roles.js';
import { isReceivedInTime } from '../../../domain/application/deadline.js';
import { diffSectionContent, type ChangedField } from '../../../domain/application/section-diff.js';
import {
  findSectionVersion,
  listSectionVersions,
} from '../../../store/repositories/section-history.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { callOf, findAccessibleApplication } from './access.js';

export interface SectionVersionSummary {
  version: number;
  savedAt: string;
  savedBy: { name: string };
  changedFields: ChangedField[];
}

export interface SectionHistory {
  sectionId: string;
  kind: string;
  /** False after the deadline: the history can be read, nothing copied back. */
  editable: boolean;
  versions: SectionVersionSummary[];
  /** Pass as `before` for the next, older page; null when this page reaches version 1. */
  nextBefore: number | null;
}

export interface SectionVersion {
  version: number;
  savedAt: string;
  savedBy: { name: string };
  content: unknown;
}

async function accessibleSection(
  ctx: AppContext,
  principal: Principal | null,
  applicationId: string,
  sectionId: string,
) {
  const application = await findAccessibleApplication(ctx.store.db, principal, applicationId);
  const call = callOf(ctx, application.call_id);
  const section = call.sections.find((s) => s.id === sectionId);
  if (!section) throw new AppError('section_not_found');
  return { application, call, section };
}

export async function readSectionHistory(
  ctx: AppContext,
  principal: Principal | null,
  input: { applicationId: string; sectionId: string; before?: number; limit: number },
): Promise<SectionHistory> {
  const { application, call, section } = await accessibleSection(
    ctx,
    principal,
    input.applicationId,
    input.sectionId,
  );
  // One more than shown: the oldest shown version's changes are against the one before it.
  const rows = await listSectionVersions(ctx.store.db, application.id, section.id, {
    ...(input.before !== undefined ? { before: input.before } : {}),
    limit: input.limit + 1,
  });
  const shown = rows.slice(0, input.limit);
  const versions = shown.map((row, i) => {
    const previous = rows[i + 1];
    return {
      version: row.version,
      savedAt: row.saved_at,
      savedBy: { name: row.saved_by_name },
      changedFields: diffSectionContent(
        previous ? (JSON.parse(previous.content) as unknown) : undefined,
        JSON.parse(row.content) as unknown,
      ),
    };
  });
  const oldest = shown.at(-1);
  return {
    sectionId: section.id,
    kind: section.kind,
    editable: isReceivedInTime(call, ctx.clock.now()),
    versions,
    nextBefore: rows.length > input.limit && oldest ? oldest.version : null,
  };
}

export async function readSectionVersion(
  ctx: AppContext,
  principal: Principal | null,
  input: { applicationId: string; sectionId: string; version: number },
): Promise<SectionVersion> {
  const { application, section } = await accessibleSection(
    ctx,
    principal,
    input.applicationId,
    input.sectionId,
  );
  const row = await findSectionVersion(ctx.store.db, application.id, section.id, input.version);
  if (!row) throw new AppError('section_version_not_found');
  return {
    version: row.version,
    savedAt: row.saved_at,
    savedBy: { name: row.saved_by_name },
    content: JSON.parse(row.content) as unknown,
  };
}
