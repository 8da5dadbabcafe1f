/**
 * Reading the legal texts: parsing an act with exact errors, choosing the version in force on a
 * day, citing a provision in the words and numbering of that version, and filling a standard
 * sentence. Code names provisions by id only; which section that is belongs to the data.
 */
import type { Locale } from '../time/oslo.js';
import { describeZodIssue } from '../call/describe-zod-issue.js';
import { formatIssuePath } from '../call/parse-call-definition.js';
import { actSchema, type Act, type ActVersion, type Provision } from './legal-schema.js';

export interface LegalTextIssue {
  path: string;
  reason: string;
}

export class LegalTextError extends Error {
  override readonly name = 'LegalTextError';
  readonly file: string;
  readonly issues: readonly LegalTextIssue[];

  constructor(file: string, issues: readonly LegalTextIssue[]) {
    const lines = issues.map((issue) => `  - at ${issue.path}: ${issue.reason}`);
    super([`Invalid legal text ${file}:`, ...lines].join('\n'));
    this.file = file;
    this.issues = issues;
  }
}

export function parseLegalAct(raw: unknown, fileLabel: string): Act {
  const result = actSchema.safeParse(raw, { error: describeZodIssue });
  if (result.success) return result.data;
  throw new LegalTextError(
    fileLabel,
    result.error.issues.map((issue) => ({
      path: formatIssuePath(issue.path),
      reason: issue.message,
    })),
  );
}

/** The acts the platform knows, by id ("forvaltningsloven", "okonomiregelverket"). */
export type LegalLibrary = ReadonlyMap<string, Act>;

export function actOf(library: LegalLibrary, actId: string): Act {
  const act = library.get(actId);
  if (!act) throw new Error(`No legal text for act "${actId}" (legal/${actId}.json)`);
  return act;
}

/** The version in force on an Oslo calendar day (YYYY-MM-DD); versions without a date never. */
export function versionInForce(act: Act, day: string): ActVersion {
  const version = act.versions.find(
    (v) =>
      v.inForceFrom !== null &&
      v.inForceFrom <= day &&
      (v.inForceTo === null || day <= v.inForceTo),
  );
  if (!version) throw new Error(`No version of ${act.id} is in force on ${day}`);
  return version;
}

export function provisionOf(version: ActVersion, provisionId: string): Provision {
  const provision = version.provisions[provisionId];
  if (!provision) throw new Error(`${version.id} has no provision "${provisionId}"`);
  return provision;
}

/** A provision cited in the words and numbering of this version ("forvaltningsloven § …"). */
export function citeProvision(version: ActVersion, provisionId: string, locale: Locale): string {
  const { section } = provisionOf(version, provisionId);
  return version.citeAs[locale].replaceAll('{section}', section);
}

/** A provision's standard sentence with its `{name}` values filled in; every name must be given. */
export function provisionSentence(
  version: ActVersion,
  provisionId: string,
  sentenceId: string,
  locale: Locale,
  values: Readonly<Record<string, string>> = {},
): string {
  const sentence = provisionOf(version, provisionId).sentences[sentenceId];
  if (!sentence) {
    throw new Error(`${version.id} provision "${provisionId}" has no sentence "${sentenceId}"`);
  }
  return fillTemplate(sentence[locale], values, `${provisionId}.${sentenceId}`);
}

/** A figure the provision fixes, such as the appeal deadline's length in weeks. */
export function provisionParameter(version: ActVersion, provisionId: string, name: string): number {
  const value = provisionOf(version, provisionId).parameters?.[name];
  if (value === undefined) {
    throw new Error(`${version.id} provision "${provisionId}" has no parameter "${name}"`);
  }
  return value;
}

/** Replaces `{name}` by its value; a name without a value is an error, never left in a letter. */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
  label: string,
): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${label}: no value for {${name}}`);
    return value;
  });
}
