/**
 * Saves what one person changed in a section, relative to the version their edit started from
 * (ADR 0012). Each change carries the field's old value; it is applied to the section as stored
 * now wherever that old value still holds, so a colleague's save in between is kept, not
 * overwritten. Only a field both changed to different values refuses the save: 409 with those
 * fields, and nothing is stored. The merged content is checked like any save (422 with paths).
 */
import type { Principal } from '../../../domain/access/roles.js';
import { isReceivedInTime } from '../../../domain/application/deadline.js';
import { sectionContentSchema } from '../../../domain/application/section-content.js';
import {
  applyChanges,
  formatPath,
  InvalidChangeError,
  type FieldChange,
} from '../../../domain/application/section-merge.js';
import { canonicalJson } from '../../../domain/audit/canonical-json.js';
import { callDeadline } from '../../../domain/call/call-phase.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction } from '../../../store/create-store.js';
import {
  findSection,
  lockSection,
  saveSectionIfVersion,
  touchApplication,
  updateSectionWithAudit,
  type SaveSectionResult as StoreResult,
  type SectionWithAuthor,
} from '../../../store/repositories/applications.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { toFieldErrors } from '../../errors/field-messages.js';
import { callOf, findAccessibleApplicationWithSections } from './access.js';
import {
  deadlinePassedError,
  editConflictError,
  findingsAfterSave,
  type SaveSectionResult,
} from './save-section.js';

export interface PatchSectionInput {
  applicationId: string;
  sectionId: string;
  /** The version the edit started from (If-Match). */
  baseVersion: number;
  changes: readonly FieldChange[];
  locale: Locale;
}

export interface PatchSectionResult extends SaveSectionResult {
  /** The section as stored by this save: the edit together with any colleague's save it joined. */
  content: unknown;
  /** The version the edit was applied on when it was not its base version, else null. */
  mergedOver: number | null;
  /** Who saved that version, and when (`self`: the same person, in another window). */
  mergedWith: { name: string; self: boolean; updatedAt: string } | null;
}

/** Another save can slip in between reading and the guarded write; then read and merge again. */
const ATTEMPTS = 5;

export async function patchSection(
  ctx: AppContext,
  principal: Principal,
  input: PatchSectionInput,
): Promise<PatchSectionResult> {
  const { application, sections: sectionsBefore } = await findAccessibleApplicationWithSections(
    ctx.store.db,
    principal,
    input.applicationId,
  );
  const call = callOf(ctx, application.call_id);
  const section = call.sections.find((s) => s.id === input.sectionId);
  if (!section) throw new AppError('section_not_found');
  const now = ctx.clock.now();
  if (!isReceivedInTime(call, now)) throw deadlinePassedError(callDeadline(call));
  const at = now.toISOString();

  /** The edit on top of `row` (the section as stored, or none yet), checked and ready to store. */
  const merge = (row: SectionWithAuthor | undefined) => {
    if (input.baseVersion > (row?.version ?? 0)) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ path: 'headers.if-match', message: unknownVersion(input.locale) }],
      });
    }
    const stored: unknown = row ? JSON.parse(row.content) : {};
    let merged;
    try {
      merged = applyChanges(stored, input.changes);
    } catch (error) {
      if (!(error instanceof InvalidChangeError)) throw error;
      throw new AppError('validation_failed', {
        fieldErrors: [
          { path: `${section.id}.${formatPath(error.path)}`, message: keyMessage(input.locale) },
        ],
      });
    }
    if (merged.conflicts.length > 0) {
      throw editConflictError(principal, row, input.baseVersion, merged.conflicts);
    }
    const parsed = sectionContentSchema(section, call).safeParse(merged.content);
    if (!parsed.success) {
      throw new AppError('validation_failed', {
        fieldErrors: toFieldErrors(parsed.error.issues, input.locale, section.id),
      });
    }
    const version = row?.version ?? 0;
    const text = canonicalJson(parsed.data);
    return {
      row,
      data: parsed.data as unknown,
      text,
      save: {
        applicationId: application.id,
        sectionId: section.id,
        content: text,
        baseVersion: version,
        userId: principal.userId,
        at,
      },
      audit: {
        actor: principal,
        action: 'application.section-saved',
        entityType: 'application',
        entityId: application.id,
        detail: {
          sectionId: section.id,
          fromVersion: input.baseVersion,
          toVersion: version + 1,
          ...(version !== input.baseVersion ? { mergedOver: version } : {}),
          changedFields: merged.applied.map((c) => formatPath(c.path)).sort(),
        },
        at: now,
      } satisfies Parameters<typeof appendAuditEvent>[1],
    };
  };

  // The usual autosave: the row read with the application is merged on and replaced in one
  // guarded statement. When another save slipped in (or the section is new), read and merge again
  // inside a transaction, as often as it takes, a few times at most.
  const readBefore = sectionsBefore.find((s) => s.section_id === section.id);
  let attempt = readBefore ? merge(readBefore) : undefined;
  let result: StoreResult =
    attempt && readBefore
      ? await updateSectionWithAudit(ctx.store.db, attempt.save, attempt.audit)
      : { saved: false };
  for (let i = 1; !result.saved && i < ATTEMPTS; i++) {
    result = await inTransaction(ctx.store, async (tx) => {
      const row = await lockSection(tx, application.id, section.id);
      attempt = merge(row);
      const saved = await saveSectionIfVersion(tx, attempt.save);
      if (!saved.saved) return saved;
      await touchApplication(tx, application.id, { userId: principal.userId, at });
      await appendAuditEvent(tx, attempt.audit);
      return saved;
    });
  }
  if (!result.saved || !attempt) {
    throw editConflictError(
      principal,
      await findSection(ctx.store.db, application.id, section.id),
      input.baseVersion,
    );
  }
  const findings = await findingsAfterSave(ctx, call, application, sectionsBefore, {
    sectionId: section.id,
    content: attempt.text,
  });
  const over = attempt.row;
  const merged = over !== undefined && over.version !== input.baseVersion;
  return {
    sectionId: section.id,
    version: result.version,
    updatedAt: at,
    findings,
    content: attempt.data,
    mergedOver: merged ? over.version : null,
    mergedWith: merged
      ? {
          name: over.updated_by_name,
          self: over.updated_by === principal.userId,
          updatedAt: over.updated_at,
        }
      : null,
  };
}

function unknownVersion(locale: Locale): string {
  return {
    nb: 'er en versjon denne delen aldri har hatt',
    nn: 'er ein versjon denne delen aldri har hatt',
    en: 'is a version this section never had',
  }[locale];
}

function keyMessage(locale: Locale): string {
  return {
    nb: 'elementet har ikke nøkkelen stien peker på',
    nn: 'elementet har ikkje nøkkelen stien peikar på',
    en: 'the item does not carry the key its path names',
  }[locale];
}
