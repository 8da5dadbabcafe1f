/**
 * Field builders shared by the section schemas. Each custom check carries its own message in
 * nb, nn and en as `params.messages`, which the API's issue mapper shows instead of Zod's words.
 */
import { z } from 'zod';
import type { Localized } from '../call/call-schema.js';
import { isIsoDate } from '../time/oslo.js';

/** Text fields the call sets no limit for still get one, so a draft cannot grow without bound. */
export const DEFAULT_TEXT_MAX = 100_000;
/** Likewise lists: every save and rule check walks them, so their length is bounded too. */
export const DEFAULT_LIST_MAX = 1_000;

const CLIENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a section schema needs to know beyond its own kind: the call's limits and lists. */
export interface FieldContext {
  /** A text field, as long as the section's `limits` allow for a field of this name. */
  text(field: string): z.ZodString;
  /** An id that must be one of the call's ids of this sort (or any kebab-case id without a call). */
  callId(list: CallIdList): z.ZodType<string>;
  /** The most items a list of this name may hold, as the section's `maxItems` allow. */
  maxItems(list: string): number;
}

export type CallIdList = 'costCategory' | 'budgetPhase' | 'financingSource' | 'attachmentKind';

const LIST_NAMES: Record<CallIdList, Localized> = {
  costCategory: { nb: 'kostnadskategori', nn: 'kostnadskategori', en: 'cost category' },
  budgetPhase: { nb: 'fase', nn: 'fase', en: 'phase' },
  financingSource: { nb: 'finansieringskilde', nn: 'finansieringskjelde', en: 'financing source' },
  attachmentKind: { nb: 'vedleggstype', nn: 'vedleggstype', en: 'attachment kind' },
};

export function createFieldContext(
  limits: Readonly<Record<string, number>> | undefined,
  lists: Readonly<Record<CallIdList, readonly string[]>> | undefined,
  maxItems?: Readonly<Record<string, number>>,
): FieldContext {
  return {
    text: (field) => z.string().max(limits?.[field] ?? DEFAULT_TEXT_MAX),
    maxItems: (list) => maxItems?.[list] ?? DEFAULT_LIST_MAX,
    callId: (list) => {
      const allowed = lists?.[list];
      if (!allowed) return checked(z.string(), (v) => KEBAB_ID.test(v), idMessages(list));
      return checked(z.string(), (v) => allowed.includes(v), listMessages(list, allowed));
    },
  };
}

/** A string check with its own message in the three languages. */
export function checked(
  schema: z.ZodString,
  test: (value: string) => boolean,
  messages: Localized,
) {
  return schema.refine(test, { error: messages.en, params: { messages } });
}

function idMessages(list: CallIdList): Localized {
  const name = LIST_NAMES[list];
  return {
    nb: `må være id-en til en ${name.nb}`,
    nn: `må vere id-en til ein ${name.nn}`,
    en: `must be the id of a ${name.en}`,
  };
}

function listMessages(list: CallIdList, allowed: readonly string[]): Localized {
  const name = LIST_NAMES[list];
  const ids = allowed.map((id) => `«${id}»`).join(', ');
  return {
    nb: `må være en ${name.nb} i utlysningen: ${ids}`,
    nn: `må vere ein ${name.nn} i utlysinga: ${ids}`,
    en: `must be a ${name.en} of the call: ${allowed.map((id) => `"${id}"`).join(', ')}`,
  };
}

/** An id the browser makes for an item in a list, so edits and patches can name the item. */
export const clientIdSchema = checked(z.string(), (v) => CLIENT_ID.test(v), {
  nb: 'må være en id på 1–64 tegn (bokstaver, sifre, - og _)',
  nn: 'må vere ein id på 1–64 teikn (bokstavar, siffer, - og _)',
  en: 'must be an id of 1–64 characters (letters, digits, - and _)',
});

export const isoDateFieldSchema = checked(z.string(), isIsoDate, {
  nb: 'må være en dato på formen ÅÅÅÅ-MM-DD',
  nn: 'må vere ein dato på forma ÅÅÅÅ-MM-DD',
  en: 'must be a date written YYYY-MM-DD',
});

/** Digits only, at most nine; whether the check digit is right is a rule, so a draft can hold a typo. */
export const orgnrFieldSchema = checked(z.string(), (v) => /^\d{0,9}$/.test(v), {
  nb: 'må være et organisasjonsnummer med opptil 9 sifre',
  nn: 'må vere eit organisasjonsnummer med opptil 9 siffer',
  en: 'must be an organisation number of up to 9 digits',
});

export const industryCodeFieldSchema = checked(z.string(), (v) => /^[0-9.]{0,6}$/.test(v), {
  nb: 'må være en næringskode (SN2007), for eksempel 30.110',
  nn: 'må vere ein næringskode (SN2007), til dømes 30.110',
  en: 'must be an industry code (SN2007), for example 30.110',
});

export const wholeNokSchema = z.int().min(0);

/** Studiepoeng are given with at most one decimal (7,5 is common); zero is allowed (R14). */
export const studiepoengFieldSchema = z
  .number()
  .min(0)
  .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, {
    error: 'must have at most one decimal',
    params: {
      messages: {
        nb: 'kan ha høyst én desimal (for eksempel 7,5)',
        nn: 'kan ha høgst éin desimal (til dømes 7,5)',
        en: 'may have at most one decimal (for example 7.5)',
      },
    },
  });

export const sha256FieldSchema = checked(z.string(), (v) => /^[0-9a-f]{64}$/.test(v), {
  nb: 'må være en SHA-256-sum med 64 heksadesimale tegn (små bokstaver)',
  nn: 'må vere ein SHA-256-sum med 64 heksadesimale teikn (små bokstavar)',
  en: 'must be a SHA-256 digest of 64 lowercase hexadecimal characters',
});

/**
 * A list whose items are told apart by `key` (the id by default): items are edited by id, so two
 * items with one id would make an edit ambiguous, and one financing source twice would be summed.
 */
export function withUniqueIds<T extends z.ZodType<{ id: string }>>(item: T, max?: number) {
  return withUniqueKey(item, 'id', max);
}

/**
 * A list of at most `max` items. The length is checked before any item is parsed, so an
 * over-long list is refused at once instead of after parsing thousands of items.
 */
export function limitedList<T extends z.ZodType>(item: T, max = DEFAULT_LIST_MAX) {
  const messages = {
    nb: `kan ha høyst ${max} rader`,
    nn: `kan ha høgst ${max} rader`,
    en: `may have at most ${max} rows`,
  };
  return z
    .array(z.unknown())
    .refine((list) => list.length <= max, { error: messages.en, params: { messages }, abort: true })
    .pipe(z.array(item));
}

export function withUniqueKey<K extends string, T extends z.ZodType<Record<K, string>>>(
  item: T,
  key: K,
  max?: number,
) {
  return limitedList(item, max).superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((entry, index) => {
      const value = entry[key];
      if (seen.has(value)) {
        const messages = {
          nb: `«${value}» står allerede i lista`,
          nn: `«${value}» står alt i lista`,
          en: `"${value}" is already in the list`,
        };
        ctx.addIssue({
          code: 'custom',
          path: [index, key],
          message: messages.en,
          params: { messages },
        });
      }
      seen.add(value);
    });
  });
}

export const municipalityNumberFieldSchema = checked(z.string(), (v) => /^\d{0,4}$/.test(v), {
  nb: 'må være et kommunenummer med 4 sifre',
  nn: 'må vere eit kommunenummer med 4 siffer',
  en: 'must be a municipality number of 4 digits',
});
