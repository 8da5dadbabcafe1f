import type { ComponentType } from 'react';
import { AttachmentsEditor } from './attachments-editor.js';
import { BudgetEditor } from './budget-editor.js';
import { ClusterEditor } from './cluster-editor.js';
import type { EditorProps } from './editor-props.js';
import { OfferingsEditor } from './offerings-editor.js';
import { ParticipantsEditor } from './participants-editor.js';
import { ProgressPlanEditor } from './progress-plan-editor.js';
import { AnchoringEditor, CaseEditor, ProjectEditor } from './text-sections.js';

/** The editor for each section kind a call can use (SECTION_KINDS in the call schema). */
export const EDITORS: Partial<Record<string, ComponentType<EditorProps>>> = {
  project: ProjectEditor,
  cluster: ClusterEditor,
  anchoring: AnchoringEditor,
  case: CaseEditor,
  offerings: OfferingsEditor,
  participants: ParticipantsEditor,
  'progress-plan': ProgressPlanEditor,
  budget: BudgetEditor,
  attachments: AttachmentsEditor,
};
