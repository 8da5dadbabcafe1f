/**
 * The application as the rules see it: each section of the call read through its schema, so a
 * rule works on typed content. A section whose content has the wrong shape is reported once here
 * and read as empty, so the rules still say what is missing instead of failing.
 */
import type { z } from 'zod';
import type { Section, SectionKind } from '../call/call-schema.js';
import { emptySectionContent } from '../application/application.js';
import { sectionContentSchema, type SectionContentByKind } from '../application/section-content.js';
import { createFinding, type Finding, type RuleInput, type RuleSource } from './finding.js';
import { describeShapeIssue } from './shape-messages.js';

export interface RuleContext extends Omit<RuleInput, 'content'> {
  /** A kind is present when the call has a section of that kind. */
  sections: Partial<SectionContentByKind>;
  /** Findings for content that does not fit its section's schema. */
  shapeFindings: Finding[];
  /** `pathOf('cluster', 'companies', 1, 'orgnr')` → `cluster.companies[1].orgnr`, by section id. */
  pathOf(kind: SectionKind, ...steps: (string | number)[]): string;
  /** The call's section of a kind, if it has one. */
  sectionOf(kind: SectionKind): Section | undefined;
}

export const SHAPE_RULE_ID = 'sectionContentShape';

/**
 * Remembers the check of each section's content by the content object itself, so content that a
 * caller keeps and passes again (the sections an autosave did not touch) is checked once. Both the
 * content and its checked form are frozen when remembered: changing either would make the memo
 * answer for content it did not check, and fails instead.
 */
export class SectionShapeMemo {
  readonly #checked = new WeakMap<
    object,
    { schema: z.ZodType; result: z.ZodSafeParseResult<unknown> }
  >();

  check(schema: z.ZodType, raw: unknown): z.ZodSafeParseResult<unknown> {
    if (typeof raw !== 'object' || raw === null) return schema.safeParse(raw);
    const kept = this.#checked.get(raw);
    if (kept?.schema === schema) return kept.result;
    const result = schema.safeParse(raw);
    deepFreeze(raw);
    if (result.success) deepFreeze(result.data);
    this.#checked.set(raw, { schema, result });
    return result;
  }
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

export function createRuleContext(input: RuleInput, memo?: SectionShapeMemo): RuleContext {
  const { call, content, institution, registeredCompanies } = input;
  const sections: Partial<Record<SectionKind, unknown>> = {};
  const shapeFindings: Finding[] = [];
  for (const section of call.sections) {
    const raw = content[section.id];
    if (raw === undefined) {
      sections[section.kind] = emptySectionContent(section.kind);
      continue;
    }
    const schema = sectionContentSchema(section, call);
    const result = memo ? memo.check(schema, raw) : schema.safeParse(raw);
    if (result.success) {
      sections[section.kind] = result.data;
      continue;
    }
    sections[section.kind] = emptySectionContent(section.kind);
    const source = shapeSource(section);
    for (const issue of result.error.issues) {
      const path = formatPath(section.id, issue.path);
      shapeFindings.push(
        createFinding(SHAPE_RULE_ID, source, 'error', path, describeShapeIssue(issue)),
      );
    }
  }
  const sectionOf = (kind: SectionKind) => call.sections.find((s) => s.kind === kind);
  return {
    call,
    institution,
    registeredCompanies,
    sections: sections as Partial<SectionContentByKind>,
    shapeFindings,
    sectionOf,
    pathOf: (kind, ...steps) => formatPath(sectionOf(kind)?.id ?? kind, steps),
  };
}

/**
 * A shape error has no rule of its own in the call; it belongs to what the section gathers
 * answers for, and the section's help text is the call's word for what it asks.
 */
function shapeSource(section: Section): RuleSource {
  // R1: content must fit the form the call defines, when the section names no requirement.
  return { requirementId: section.requirementIds?.[0] ?? 'R1', citation: section.help };
}

function formatPath(sectionId: string, steps: readonly PropertyKey[]): string {
  return steps.reduce<string>(
    (path, step) => (typeof step === 'number' ? `${path}[${step}]` : `${path}.${String(step)}`),
    sectionId,
  );
}

/**
 * Some requirements have no entry in `call.rules`: the call asks for them through a form section
 * that lists the requirement. The rule applies when such a section exists, and cites its help.
 */
export function sectionRequirementSource(
  context: RuleContext,
  kind: SectionKind,
  requirementId: string,
): RuleSource | undefined {
  const section = context.sectionOf(kind);
  if (!section?.requirementIds?.includes(requirementId)) return undefined;
  return { requirementId, citation: section.help };
}
