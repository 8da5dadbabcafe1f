/**
 * The content of one section of an application, by the section's kind. The call decides which
 * sections exist, how long their texts may be (`limits`) and which ids a budget may use, so the
 * schema is built from the call's section rather than fixed in code.
 */
import type { z } from 'zod';
import type { CallDefinition, Section, SectionKind } from '../call/call-schema.js';
import { createFieldContext, type CallIdList, type FieldContext } from './section-fields.js';
import {
  buildAnchoringSchema,
  buildAttachmentsSchema,
  buildBudgetSchema,
  buildCaseSchema,
  buildClusterSchema,
  buildOfferingsSchema,
  buildParticipantsSchema,
  buildProgressPlanSchema,
  buildProjectSchema,
} from './section-schemas.js';

const builders = {
  project: buildProjectSchema,
  cluster: buildClusterSchema,
  anchoring: buildAnchoringSchema,
  case: buildCaseSchema,
  offerings: buildOfferingsSchema,
  participants: buildParticipantsSchema,
  'progress-plan': buildProgressPlanSchema,
  budget: buildBudgetSchema,
  attachments: buildAttachmentsSchema,
} satisfies Record<SectionKind, (f: FieldContext) => z.ZodType>;

export type SectionContentByKind = {
  [K in SectionKind]: z.output<ReturnType<(typeof builders)[K]>>;
};
export type SectionContent = SectionContentByKind[SectionKind];

export type ProjectContent = SectionContentByKind['project'];
export type ClusterContent = SectionContentByKind['cluster'];
export type Company = ClusterContent['companies'][number];
export type AnchoringContent = SectionContentByKind['anchoring'];
export type UnionRepresentation = AnchoringContent['unions'][number];
export type CaseContent = SectionContentByKind['case'];
export type OfferingsContent = SectionContentByKind['offerings'];
export type Offering = OfferingsContent['offerings'][number];
export type ParticipantsContent = SectionContentByKind['participants'];
export type ParticipantEstimate = ParticipantsContent['estimates'][number];
export type ProgressPlanContent = SectionContentByKind['progress-plan'];
export type Milestone = ProgressPlanContent['milestones'][number];
export type BudgetContent = SectionContentByKind['budget'];
export type BudgetLine = BudgetContent['lines'][number];
export type FinancingEntry = BudgetContent['financing'][number];
export type AttachmentsContent = SectionContentByKind['attachments'];
export type AttachmentItem = AttachmentsContent['items'][number];

/** The parts of a call a section schema checks ids against. */
export type CallIdLists = Pick<CallDefinition, 'costCategories' | 'budget' | 'attachmentKinds'>;

/**
 * The draft schema of one section. Pass the call so budget categories, phases, financing sources
 * and attachment kinds are checked against its lists; without it they are checked only as ids.
 */
export function sectionContentSchema<K extends SectionKind>(
  section: Section & { kind: K },
  call?: CallIdLists,
): z.ZodType<SectionContentByKind[K]> {
  // Building a schema costs far more than using one, and every save and rule check asks again.
  let byCall = built.get(section);
  if (!byCall) built.set(section, (byCall = new Map()));
  let schema = byCall.get(call);
  if (!schema) {
    const context = createFieldContext(
      section.limits,
      call ? listIdsOf(call) : undefined,
      section.maxItems,
    );
    const build: (f: FieldContext) => z.ZodType = builders[section.kind];
    schema = build(context);
    byCall.set(call, schema);
  }
  // The builder map above pairs each kind with its schema; TypeScript cannot follow K through it.
  return schema as z.ZodType<SectionContentByKind[K]>;
}

/** Schemas by section, then by call; a section object belongs to one loaded call definition. */
const built = new WeakMap<Section, Map<CallIdLists | undefined, z.ZodType>>();

function listIdsOf(call: CallIdLists): Record<CallIdList, readonly string[]> {
  return {
    costCategory: call.costCategories.map((category) => category.id),
    budgetPhase: call.budget.phases.map((phase) => phase.id),
    financingSource: call.budget.financingSources.map((source) => source.id),
    attachmentKind: call.attachmentKinds.map((kind) => kind.id),
  };
}
