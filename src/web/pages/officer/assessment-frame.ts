/**
 * What an assessment is made of in a call: its criteria with their text, the score scale with the
 * labels of its ends, and the holistic judgement's citation and note.
 *
 * The case API does not carry these (the public call view has criterion titles only), so they are
 * read from the call definitions in calls/, which are public data; each call is its own small chunk,
 * loaded only on the pages that score. A call not bundled falls back to the public titles.
 */
import { api } from '../../api/client.js';
import type { Localized } from '../../api/types.js';

export interface AssessmentFrame {
  criteria: { id: string; title: Localized; description: Localized | null }[];
  scale: { min: number; max: number; labels: { min: Localized; max: Localized } | null };
  holisticJudgement: { requirementId: string; citation: Localized; note: Localized } | null;
}

interface CallAssessmentPart {
  id: string;
  criteria: { id: string; title: Localized; description: Localized }[];
  scale: { min: number; max: number; labels: { min: Localized; max: Localized } };
  holisticJudgement: { requirementId: string; citation: Localized; note: Localized };
}

const definitions = import.meta.glob<CallAssessmentPart>('../../../../calls/*/call.json', {
  import: 'default',
});

/** The scale used when the call definition is not bundled (the seed call's own). */
const FALLBACK_SCALE = { min: 1, max: 7, labels: null };

const cache = new Map<string, Promise<AssessmentFrame>>();

async function loadFrame(callId: string): Promise<AssessmentFrame> {
  const loader = Object.entries(definitions).find(([path]) =>
    path.endsWith(`/calls/${callId}/call.json`),
  )?.[1];
  if (loader) {
    const call = await loader();
    return {
      criteria: call.criteria.map((c) => ({
        id: c.id,
        title: c.title,
        description: c.description,
      })),
      scale: call.scale,
      holisticJudgement: call.holisticJudgement,
    };
  }
  const view = await api.getCall(callId);
  return {
    criteria: view.criteria.map((c) => ({ id: c.id, title: c.title, description: null })),
    scale: FALLBACK_SCALE,
    holisticJudgement: null,
  };
}

export function loadAssessmentFrame(callId: string): Promise<AssessmentFrame> {
  let frame = cache.get(callId);
  if (!frame) {
    frame = loadFrame(callId);
    frame.catch(() => cache.delete(callId));
    cache.set(callId, frame);
  }
  return frame;
}

/** The values of the scale, lowest first. */
export function scaleValues(frame: AssessmentFrame): number[] {
  const values: number[] = [];
  for (let v = frame.scale.min; v <= frame.scale.max; v += 1) values.push(v);
  return values;
}
