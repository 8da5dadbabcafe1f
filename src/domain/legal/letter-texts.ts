/**
 * The standard sentences of letters (legal/letters/<id>.json): headings, labels and the phrases
 * that carry a case's facts, in nb, nn and en. Each set is written for named act versions; a
 * letter takes the set whose versions are the ones in force on its date, so a renumbered act
 * with no set written for it stops the letter instead of sending yesterday's wording.
 */
import { z } from 'zod';
import type { Locale } from '../time/oslo.js';
import { describeZodIssue } from '../call/describe-zod-issue.js';
import { formatIssuePath } from '../call/parse-call-definition.js';
import { idSchema, localizedSchema, type Localized } from '../call/call-schema-parts.js';
import {
  actOf,
  fillTemplate,
  LegalTextError,
  versionInForce,
  type LegalLibrary,
} from './legal-texts.js';

const textSetVersionSchema = z.strictObject({
  /** Act id → the act version's id these sentences were written for. */
  acts: z.record(idSchema, z.string().min(1)),
  texts: z.record(idSchema, localizedSchema),
});

const textSetSchema = z.strictObject({
  id: idSchema,
  versions: z.array(textSetVersionSchema).min(1),
});

export interface LetterTextSet<K extends string> {
  id: string;
  acts: Readonly<Record<string, string>>;
  texts: Readonly<Record<K, Localized>>;
}

/** Parses a set and checks that every version holds exactly the keys the code asks for. */
export function parseLetterTextSet<K extends string>(
  raw: unknown,
  label: string,
  keys: readonly K[],
): { id: string; versions: LetterTextSet<K>[] } {
  const result = textSetSchema.safeParse(raw, { error: describeZodIssue });
  if (!result.success) {
    throw new LegalTextError(
      label,
      result.error.issues.map((i) => ({ path: formatIssuePath(i.path), reason: i.message })),
    );
  }
  const issues: { path: string; reason: string }[] = [];
  const wanted = new Set<string>(keys);
  result.data.versions.forEach((version, index) => {
    for (const key of keys) {
      if (!(key in version.texts)) {
        issues.push({ path: `versions[${index}].texts`, reason: `lacks "${key}"` });
      }
    }
    for (const key of Object.keys(version.texts)) {
      if (!wanted.has(key)) {
        issues.push({
          path: `versions[${index}].texts.${key}`,
          reason: 'is not used by any letter',
        });
      }
    }
  });
  if (issues.length > 0) throw new LegalTextError(label, issues);
  return {
    id: result.data.id,
    versions: result.data.versions.map((v) => ({
      id: result.data.id,
      acts: v.acts,
      texts: v.texts as Record<K, Localized>,
    })),
  };
}

/** The version written for exactly the act versions in force on the day (YYYY-MM-DD, Oslo). */
export function letterTextsInForce<K extends string>(
  set: { id: string; versions: readonly LetterTextSet<K>[] },
  library: LegalLibrary,
  day: string,
): LetterTextSet<K> {
  const match = set.versions.find((v) =>
    Object.entries(v.acts).every(
      ([actId, versionId]) => versionInForce(actOf(library, actId), day).id === versionId,
    ),
  );
  if (!match) {
    throw new Error(
      `No version of the letter texts "${set.id}" is written for the acts in force on ${day}`,
    );
  }
  return match;
}

/** One sentence of a set in a language, its `{name}` values filled in. */
export function letterText<K extends string>(
  set: LetterTextSet<K>,
  key: K,
  locale: Locale,
  values: Readonly<Record<string, string>> = {},
): string {
  return fillTemplate(set.texts[key][locale], values, `${set.id}.${key}`);
}
