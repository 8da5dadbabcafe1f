/**
 * The application as the rules see it: each section of the call read through its schema, so a
 * rule works on typed content. A section whose content has the wrong shape is reported once here
 * and read as empty, so the rules still say what is missing instead of failing.
 */
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

export function createRuleContext(input: RuleInput): RuleContext {
  const { call, content, institution, registeredCompanies } = input;
  const sections: Partial<Record<SectionKind, unknown>> = {};
  const shapeFindings: Finding[] = [];
  for (const section of call.sections) {
    const raw = content[section.id];
    if (raw === undefined) {
      sections[section.kind] = emptySectionContent(section.kind);
      continue;
    }
    const result = sectionContentSchema(section, call).safeParse(raw);
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
