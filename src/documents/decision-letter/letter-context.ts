/**
 * What a decision letter is made from, and the helpers every part of it uses: the letter's
 * sentences in its language, and the law cited by provision id in the version in force on the
 * letter's date. Nothing here knows a section number or a call; both come from data.
 */
import type { CallDefinition } from '../../domain/call/call-schema.js';
import type { LegalTrack } from '../../domain/decisions/legal-track.js';
import type { Outcome } from '../../domain/decisions/outcome.js';
import type { DecisionReasons } from '../../domain/decisions/reasons.js';
import {
  letterText,
  letterTextsInForce,
  type LetterTextSet,
} from '../../domain/legal/letter-texts.js';
import {
  actOf,
  citeProvision,
  provisionParameter,
  provisionSentence,
  versionInForce,
  type LegalLibrary,
} from '../../domain/legal/legal-texts.js';
import { formatDate, formatNok } from '../../domain/rules/format.js';
import { osloDateOf, type Locale } from '../../domain/time/oslo.js';
import type { ProjectPeriod } from './grant-terms.js';
import type { LetterTextKey } from './letter-text-keys.js';

export interface DecisionLetterInput {
  call: CallDefinition;
  legal: LegalLibrary;
  /** legal/letters/decision-letter.json, all its versions: the one for the acts in force is used. */
  letterTexts: { id: string; versions: readonly LetterTextSet<LetterTextKey>[] };
  /** The applicant's language (nb or nn), or en for a courtesy copy. */
  language: Locale;
  track: LegalTrack;
  outcome: Outcome;
  /** The reasons as stored (drafted, then edited by the officer), in the letter's language. */
  reasons: DecisionReasons;
  caseNumber: string;
  projectTitle: string;
  institution: { name: string; orgnr: string };
  /** When the letter is dated and issued: picks the act versions, fixes the PDF's date. */
  issuedAt: Date;
  /** When the letter is taken to reach the party; the appeal deadline counts from it. */
  assumedReceivedAt: Date;
  projectPeriod: ProjectPeriod;
}

export interface LetterContext {
  input: DecisionLetterInput;
  lang: Locale;
  /** A letter sentence with its values, first letter capitalised. */
  t: (key: LetterTextKey, values?: Record<string, string>) => string;
  /** A forvaltningsloven sentence, `{citation}` filled with the provision's own citation. */
  fvl: (provisionId: string, sentenceId: string, values?: Record<string, string>) => string;
  fvlParameter: (provisionId: string, name: string) => number;
  /** An økonomiregelverket sentence, likewise. */
  okr: (provisionId: string, sentenceId: string, values?: Record<string, string>) => string;
  date: (day: string) => string;
  nok: (amount: number) => string;
  decidingBody: string;
  appealBody: string;
}

export function letterContextOf(input: DecisionLetterInput): LetterContext {
  const lang = input.language;
  const day = osloDateOf(input.issuedAt);
  const texts = letterTextsInForce(input.letterTexts, input.legal, day);
  const fvl = versionInForce(actOf(input.legal, 'forvaltningsloven'), day);
  const okr = versionInForce(actOf(input.legal, 'okonomiregelverket'), day);
  const law =
    (version: typeof fvl) =>
    (provisionId: string, sentenceId: string, values: Record<string, string> = {}) =>
      capitalise(
        provisionSentence(version, provisionId, sentenceId, lang, {
          citation: keepTogether(citeProvision(version, provisionId, lang)),
          ...values,
        }),
      );
  return {
    input,
    lang,
    t: (key, values) => capitalise(letterText(texts, key, lang, values)),
    fvl: law(fvl),
    fvlParameter: (provisionId, name) => provisionParameter(fvl, provisionId, name),
    okr: law(okr),
    date: (d) => keepTogether(formatDate(d, lang), true),
    nok: (amount) => formatNok(amount, lang),
    decidingBody: input.call.decision.decidingBody[lang],
    appealBody: input.call.decision.appealBody[lang],
  };
}

const NO_BREAK_SPACE = '\u00a0';

/**
 * A citation’s number and "22. desember" are not split over two lines: the last space (or, for a date,
 * every space) becomes a no-break space.
 */
function keepTogether(text: string, everySpace = false): string {
  return everySpace
    ? text.replaceAll(' ', NO_BREAK_SPACE)
    : text.replace(/ (?=\S+$)/, NO_BREAK_SPACE);
}

/** Sentences that open with a value ("the Ministry …" in English) start with a capital. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
