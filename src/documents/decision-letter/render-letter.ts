/**
 * A decision letter as PDF/A-2b with its SHA-256: the bytes are what is stored with the decision,
 * sent and archived, and the same decision renders to the same bytes (and hash) again.
 */
import { createHash } from 'node:crypto';
import { renderPdf } from '../pdf/render-pdf.js';
import { buildDecisionLetterModel } from './build-letter.js';
import type { DecisionLetterInput } from './letter-context.js';

export interface RenderedLetter {
  pdf: Buffer;
  sha256: string;
}

export async function renderDecisionLetter(input: DecisionLetterInput): Promise<RenderedLetter> {
  const pdf = await renderPdf(buildDecisionLetterModel(input));
  return { pdf, sha256: createHash('sha256').update(pdf).digest('hex') };
}
