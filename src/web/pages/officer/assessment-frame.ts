/**
 * What an assessment is made of in a call: its criteria with their text, the score scale with the
 * labels of its ends, and the holistic judgement's citation and note.
 *
 * They are public parts of the call, read once per call from /api/calls/:callId/assessment-frame.
 */
import { get } from '../../api/client.js';
import type { Localized } from '../../api/types.js';

export interface AssessmentFrame {
  criteria: { id: string; title: Localized; description: Localized | null }[];
  scale: { min: number; max: number; labels: { min: Localized; max: Localized } | null };
  holisticJudgement: { requirementId: string; citation: Localized; note: Localized } | null;
}

const cache = new Map<string, Promise<AssessmentFrame>>();

function loadFrame(callId: string): Promise<AssessmentFrame> {
  return get<AssessmentFrame>(`/api/calls/${encodeURIComponent(callId)}/assessment-frame`);
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
