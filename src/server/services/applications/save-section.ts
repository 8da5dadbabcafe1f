/**
 * Saves one section of a draft, guarded by the version the user's edit was based on. Shape is
 * validated (422 with field paths); completeness is not: drafts may be unfinished, the formal
 * rules say what is missing. A stale version changes nothing and answers 409 with what the
 * colleague saved, so the user can merge; nothing is ever silently overwritten.
 */
import type { Principal } from '../../../domain/access/roles.js';
import { sectionContentSchema } from '../../../domain/application/section-content.js';
import { isReceivedInTime } from '../../../domain/application/deadline.js';
import { canonicalJson } from '../../../domain/audit/canonical-json.js';
import {
  diffContent,
  formatPath,
  type FieldConflict,
} from '../../../domain/application/section-merge.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { callDeadline } from '../../../domain/call/call-phase.js';
import { formatOsloDateTime, type Locale } from '../../../domain/time/oslo.js';
import { inTransaction } from '../../../store/create-store.js';
import type { ApplicationRow } from '../../../store/database.js';
import {
  findSection,
  saveSectionIfVersion,
  type SectionWithAuthor,
  touchApplication,
  updateSectionWithAudit,
} from '../../../store/repositories/applications.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { toFieldErrors } from '../../errors/field-messages.js';
import { callOf, findAccessibleApplicationWithSections } from './access.js';
import { loadRuleInput } from './load-rule-input.js';
import { registerReadCache } from './register-read-cache.js';
import { sectionContentCache } from './section-content-cache.js';
import { evaluateFormalRules, type Finding } from '../../../domain/rules/index.js';

export interface SaveSectionInput {
  applicationId: string;
  sectionId: string;
  baseVersion: number;
  content: unknown;
  locale: Locale;
}

export interface SaveSectionResult {
  sectionId: string;
  version: number;
  updatedAt: string;
  /** The application's findings after this save, so the user sees problems clear as they type. */
  findings: Finding[];
}

export function deadlinePassedError(deadline: Date): AppError {
  return new AppError('deadline_passed', {
    detail: {
      nb: `Fristen var ${formatOsloDateTime(deadline, 'nb')} (norsk tid). Søknaden kan leses, men ikke endres eller sendes inn.`,
      nn: `Fristen var ${formatOsloDateTime(deadline, 'nn')} (norsk tid). Søknaden kan lesast, men ikkje endrast eller sendast inn.`,
      en: `The deadline was ${formatOsloDateTime(deadline, 'en')} (Norwegian time). The application can be read, but not changed or submitted.`,
    },
  });
}

/** The fields whose value differs (list items by key): what the audit log says was changed. */
export function changedFields(before: unknown, after: unknown): string[] {
  return diffContent(before, after)
    .map((change) => formatPath(change.path))
    .sort();
}

export async function saveSection(
  ctx: AppContext,
  principal: Principal,
  input: SaveSectionInput,
): Promise<SaveSectionResult> {
  // Every section as stored before this save comes with the application: the audit's "before"
  // and the findings' other sections.
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

  const parsed = sectionContentSchema(section, call).safeParse(input.content);
  if (!parsed.success) {
    throw new AppError('validation_failed', {
      fieldErrors: toFieldErrors(parsed.error.issues, input.locale, section.id),
    });
  }
  const content = canonicalJson(parsed.data);
  const at = now.toISOString();

  const readBefore = sectionsBefore.find((s) => s.section_id === section.id);
  const auditOf = (
    before: { content: string } | undefined,
    toVersion: number,
  ): Parameters<typeof appendAuditEvent>[1] => ({
    actor: principal,
    action: 'application.section-saved',
    entityType: 'application',
    entityId: application.id,
    detail: {
      sectionId: section.id,
      fromVersion: input.baseVersion,
      toVersion,
      changedFields: changedFields(
        before ? (JSON.parse(before.content) as unknown) : undefined,
        parsed.data,
      ),
    },
    at: now,
  });
  const save = {
    applicationId: application.id,
    sectionId: section.id,
    content,
    baseVersion: input.baseVersion,
    userId: principal.userId,
    at,
  };
  // A version number names one content (only a guarded save raises it), so the row read above is
  // the one this save replaces when it has the base version: the usual autosave, saved, touched
  // and audited in one statement. Otherwise the save fails as stale, or the row moved on in
  // between (or is new) and is read again inside the transaction.
  const result =
    readBefore !== undefined && readBefore.version === input.baseVersion
      ? await updateSectionWithAudit(ctx.store.db, save, auditOf(readBefore, input.baseVersion + 1))
      : await inTransaction(ctx.store, async (tx) => {
          const before = await findSection(tx, application.id, section.id);
          const saved = await saveSectionIfVersion(tx, save);
          if (!saved.saved) return saved;
          await touchApplication(tx, application.id, { userId: principal.userId, at });
          await appendAuditEvent(tx, auditOf(before, saved.version));
          return saved;
        });

  if (!result.saved) {
    throw editConflictError(
      principal,
      await findSection(ctx.store.db, application.id, section.id),
      input.baseVersion,
    );
  }
  const findings = await findingsAfterSave(ctx, call, application, sectionsBefore, {
    sectionId: section.id,
    content,
  });
  return { sectionId: section.id, version: result.version, updatedAt: at, findings };
}

/**
 * A save that changes nothing because the section moved on: 409 with the section as stored now,
 * who stored it (and whether that was the same person, in another window), and, for a patch, the
 * fields both sides changed.
 */
export function editConflictError(
  principal: Principal,
  current: SectionWithAuthor | undefined,
  yourVersion: number,
  conflicts?: readonly FieldConflict[],
): AppError {
  const self = current?.updated_by === principal.userId;
  const when = (locale: Locale) =>
    current ? formatOsloDateTime(new Date(current.updated_at), locale) : '';
  const who = {
    nb: self ? 'Du' : (current?.updated_by_name ?? 'En kollega'),
    nn: self ? 'Du' : (current?.updated_by_name ?? 'Ein kollega'),
    en: self ? 'You' : (current?.updated_by_name ?? 'A colleague'),
  };
  const where = self
    ? { nb: ' i et annet vindu', nn: ' i eit anna vindauge', en: ' in another window' }
    : { nb: '', nn: '', en: '' };
  return new AppError('edit_conflict', {
    detail: {
      nb: `${who.nb} lagret denne delen${where.nb} ${when('nb')}. Se endringene og velg hva som skal gjelde.`,
      nn: `${who.nn} lagra denne delen${where.nn} ${when('nn')}. Sjå endringane og vel kva som skal gjelde.`,
      en: `${who.en} saved this section${where.en} ${when('en')}. Look at the changes and choose what should stand.`,
    },
    extensions: {
      current: current
        ? {
            version: current.version,
            content: JSON.parse(current.content) as unknown,
            updatedAt: current.updated_at,
            updatedBy: { name: current.updated_by_name, self },
          }
        : null,
      yourVersion,
      ...(conflicts ? { conflicts } : {}),
    },
  });
}

/**
 * The findings after a save: the sections as read before it, with this one as just stored (a
 * colleague's save of another section in between shows on the next save or read). The other
 * sections are parsed and checked once while the user types, and only the rules that read the
 * saved section run again (section-content-cache).
 */
export async function findingsAfterSave(
  ctx: AppContext,
  call: CallDefinition,
  application: ApplicationRow,
  sectionsBefore: readonly SectionWithAuthor[],
  saved: { sectionId: string; content: string },
): Promise<Finding[]> {
  const cache = sectionContentCache(ctx.store.db);
  const contentAfter = cache.contentOf(call, application.id, [
    ...sectionsBefore.filter((s) => s.section_id !== saved.sectionId),
    { section_id: saved.sectionId, content: saved.content },
  ]);
  return evaluateFormalRules(
    await loadRuleInput(
      registerReadCache(ctx.store.db),
      call,
      application.institution_orgnr,
      contentAfter,
    ),
    { shapes: cache.shapes, rules: cache.rulesOf(application.id) },
  );
}
