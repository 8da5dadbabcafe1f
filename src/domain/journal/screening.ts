/**
 * Screening (skjerming) of journal entries under offentleglova: which legal bases an officer can
 * choose, how the public title hides screened words (as Noark does: each screened word becomes
 * `*****`), and the basis as the public journal prints it. The section numbers are data in
 * legal/offentleglova.json; here only the provision and sentence ids.
 */
import type { ActVersion } from '../legal/legal-schema.js';
import { citeProvision, provisionSentence } from '../legal/legal-texts.js';
import type { Locale } from '../time/oslo.js';

export const SCREENING_ACT = 'offentleglova';
export const SCREENING_PROVISION = 'duty-of-confidentiality';

/** The legal bases an officer may screen under (sentence ids of the provision above). */
export const SCREENING_BASES = ['personal-circumstances', 'trade-secrets'] as const;
export type ScreeningBasis = (typeof SCREENING_BASES)[number];

export function isScreeningBasis(value: string): value is ScreeningBasis {
  return (SCREENING_BASES as readonly string[]).includes(value);
}

export const SCREENED_MARK = '*****';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words an officer may screen: the title's words, each once, as written. */
export function titleWords(title: string): string[] {
  const words = title.match(/[\p{L}\p{N}][\p{L}\p{N}.'-]*/gu) ?? [];
  return [...new Set(words)];
}

/**
 * The public title: every occurrence of a screened word (whole word, any case) replaced by the
 * mark. Words not in the title are ignored; the result never holds a screened word.
 */
export function publicTitleOf(title: string, screenedWords: readonly string[]): string {
  let result = title;
  const longestFirst = [...screenedWords].filter((w) => w.trim() !== '');
  longestFirst.sort((a, b) => b.length - a.length);
  for (const word of longestFirst) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(word.trim())}(?![\\p{L}\\p{N}])`,
      'giu',
    );
    result = result.replace(pattern, SCREENED_MARK);
  }
  return result;
}

/** The basis as Noark's skjermingshjemmel writes it ("Offl. … jf. fvl. …"). */
export function screeningBasisText(
  version: ActVersion,
  basis: ScreeningBasis,
  locale: Locale,
): string {
  return provisionSentence(version, SCREENING_PROVISION, basis, locale);
}

/** The basis as a choice in the officer's dialog, in words. */
export function screeningBasisLabel(
  version: ActVersion,
  basis: ScreeningBasis,
  locale: Locale,
): string {
  return provisionSentence(version, SCREENING_PROVISION, `${basis}-label`, locale, {
    citation: citeProvision(version, SCREENING_PROVISION, locale),
  });
}
