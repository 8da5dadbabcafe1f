/**
 * Renders sample decision letters (both tracks, every outcome) and writes their pages as PNG to
 * docs/screenshots/, for people to look at: `npx tsx scripts/render-letter-samples.ts`.
 * Pages are drawn by pdf.js on its Node canvas, so no system PDF tool is needed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderDecisionLetter } from '../src/documents/decision-letter/render-letter.js';
import {
  KRISTIANIA,
  letterInput,
  NTNU,
  OUTCOMES,
  type LetterCase,
} from '../test/fixtures/decision-letter.js';

const OUT = join(import.meta.dirname, '../docs/screenshots');
// About 80 dpi, as the receipt's page was rendered: readable, and small enough to keep in git.
const SCALE = 1.125;

/** Name, letter, and the pages worth looking at (the outcome, the terms, the rights). */
const samples: [string, LetterCase, number[]][] = [
  [
    'decision-letter-enkeltvedtak-delvis-nb',
    { institution: KRISTIANIA, outcome: OUTCOMES.delvis_innvilget },
    [1, 3, 4],
  ],
  [
    'decision-letter-tilskuddsbrev-innvilget-nn',
    { institution: NTNU, outcome: OUTCOMES.innvilget, language: 'nn' },
    [1, 3],
  ],
  [
    'decision-letter-enkeltvedtak-avslatt-nn',
    { institution: KRISTIANIA, outcome: OUTCOMES.avslatt, language: 'nn' },
    [2],
  ],
  [
    'decision-letter-enkeltvedtak-avvist-nb',
    { institution: KRISTIANIA, outcome: OUTCOMES.avvist },
    [1],
  ],
  ['decision-letter-reserve-nb', { institution: KRISTIANIA, outcome: OUTCOMES.reserve }, [1]],
];

interface CanvasFactory {
  create: (
    width: number,
    height: number,
  ) => { canvas: { toBuffer: (type: 'image/png') => Buffer }; context: CanvasRenderingContext2D };
}

for (const [name, options, pages] of samples) {
  const { pdf, sha256 } = await renderDecisionLetter(letterInput(options));
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  // pdf.js draws on its own Node canvas (@napi-rs/canvas); its type names only Object.
  const factory = document.canvasFactory as unknown as CanvasFactory;
  for (const n of pages.filter((p) => p <= document.numPages)) {
    const page = await document.getPage(n);
    const viewport = page.getViewport({ scale: SCALE });
    const { canvas, context } = factory.create(viewport.width, viewport.height);
    await page.render({ canvasContext: context, viewport }).promise;
    const file = join(OUT, `${name}-page-${n}.png`);
    writeFileSync(file, canvas.toBuffer('image/png'));
    console.log(`${file} (sha256 ${sha256.slice(0, 12)}…)`);
  }
  await document.destroy();
}
