/**
 * The fonts every PDF embeds (PDF/A forbids relying on the reader's fonts). DejaVu covers æøå and
 * the Sami letters; it comes from the dejavu-fonts-ttf package, so a fresh machine has it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;
export type FontName = keyof typeof FONT_FILES;

const require = createRequire(import.meta.url);

export function fontDirectory(): string {
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/** A font as pdfkit's layout engine holds it once parsed (a fontkit Font). */
export type ParsedFont = object;

let parsed: Record<FontName, ParsedFont> | undefined;

/**
 * The fonts parsed once per process. Each document still gets its own subset; sharing the parsed
 * font only spares decoding the same glyphs again, which cost ten times the layout itself.
 */
export function parsedFonts(): Record<FontName, ParsedFont> {
  if (!parsed) {
    const dir = fontDirectory();
    const probe = new PDFDocument({ autoFirstPage: false });
    const parse = (name: FontName): ParsedFont => {
      probe.font(readFileSync(join(dir, FONT_FILES[name])));
      // pdfkit keeps the parsed font on its current font and has no public way to hand it out.
      return (probe as unknown as { _font: { font: ParsedFont } })._font.font;
    };
    parsed = { regular: parse('regular'), bold: parse('bold'), mono: parse('mono') };
  }
  return parsed;
}
