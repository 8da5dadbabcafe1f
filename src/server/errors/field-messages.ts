/**
 * Zod issues in the user's language. A schema failure answers each field path with a message a
 * person can act on ("må være minst 3 tegn"), never the validator's internal wording.
 */
import type { Locale } from '../i18n/locale.js';

export interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}

type Params = Record<string, unknown>;
type Messages = Record<Locale, (p: Params) => string>;

const num = (v: unknown): string =>
  typeof v === 'number' || typeof v === 'bigint' ? String(v) : '?';

const typeNames: Record<string, Record<Locale, string>> = {
  string: { nb: 'tekst', nn: 'tekst', en: 'text' },
  number: { nb: 'et tall', nn: 'eit tal', en: 'a number' },
  int: { nb: 'et heltall', nn: 'eit heiltal', en: 'a whole number' },
  boolean: { nb: 'ja eller nei', nn: 'ja eller nei', en: 'true or false' },
  object: { nb: 'et objekt', nn: 'eit objekt', en: 'an object' },
  array: { nb: 'en liste', nn: 'ei liste', en: 'a list' },
};

function typeName(expected: unknown, locale: Locale): string {
  const name = typeof expected === 'string' ? typeNames[expected] : undefined;
  return name ? name[locale] : String(expected);
}

const messages: Record<string, Messages> = {
  required: {
    nb: () => 'må fylles ut',
    nn: () => 'må fyllast ut',
    en: () => 'is required',
  },
  invalid_type: {
    nb: (p) => `må være ${typeName(p.expected, 'nb')}`,
    nn: (p) => `må vere ${typeName(p.expected, 'nn')}`,
    en: (p) => `must be ${typeName(p.expected, 'en')}`,
  },
  too_small_string: {
    nb: (p) => (p.minimum === 1 ? 'må fylles ut' : `må være minst ${num(p.minimum)} tegn`),
    nn: (p) => (p.minimum === 1 ? 'må fyllast ut' : `må vere minst ${num(p.minimum)} teikn`),
    en: (p) => (p.minimum === 1 ? 'is required' : `must be at least ${num(p.minimum)} characters`),
  },
  too_big_string: {
    nb: (p) => `kan være høyst ${num(p.maximum)} tegn`,
    nn: (p) => `kan vere høgst ${num(p.maximum)} teikn`,
    en: (p) => `must be at most ${num(p.maximum)} characters`,
  },
  too_small_number: {
    nb: (p) => `må være ${p.inclusive === false ? 'større enn' : 'minst'} ${num(p.minimum)}`,
    nn: (p) => `må vere ${p.inclusive === false ? 'større enn' : 'minst'} ${num(p.minimum)}`,
    en: (p) => `must be ${p.inclusive === false ? 'greater than' : 'at least'} ${num(p.minimum)}`,
  },
  too_big_number: {
    nb: (p) => `må være ${p.inclusive === false ? 'mindre enn' : 'høyst'} ${num(p.maximum)}`,
    nn: (p) => `må vere ${p.inclusive === false ? 'mindre enn' : 'høgst'} ${num(p.maximum)}`,
    en: (p) => `must be ${p.inclusive === false ? 'less than' : 'at most'} ${num(p.maximum)}`,
  },
  too_small_array: {
    nb: (p) => `må ha minst ${num(p.minimum)}`,
    nn: (p) => `må ha minst ${num(p.minimum)}`,
    en: (p) => `must have at least ${num(p.minimum)}`,
  },
  too_big_array: {
    nb: (p) => `kan ha høyst ${num(p.maximum)}`,
    nn: (p) => `kan ha høgst ${num(p.maximum)}`,
    en: (p) => `must have at most ${num(p.maximum)}`,
  },
  invalid_format: {
    nb: (p) => `har feil format (${String(p.format)})`,
    nn: (p) => `har feil format (${String(p.format)})`,
    en: (p) => `has the wrong format (${String(p.format)})`,
  },
  invalid_value: {
    nb: (p) => `må være en av: ${listOf(p.values)}`,
    nn: (p) => `må vere ein av: ${listOf(p.values)}`,
    en: (p) => `must be one of: ${listOf(p.values)}`,
  },
  unrecognized_keys: {
    nb: (p) => `har ukjente felt: ${listOf(p.keys)}`,
    nn: (p) => `har ukjende felt: ${listOf(p.keys)}`,
    en: (p) => `has unknown fields: ${listOf(p.keys)}`,
  },
  not_multiple_of: {
    nb: (p) => `må være et multiplum av ${num(p.divisor)}`,
    nn: (p) => `må vere eit multiplum av ${num(p.divisor)}`,
    en: (p) => `must be a multiple of ${num(p.divisor)}`,
  },
  invalid: {
    nb: () => 'er ugyldig',
    nn: () => 'er ugyldig',
    en: () => 'is invalid',
  },
};

function listOf(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : '';
}

function messageKey(issue: ValidationIssue): string {
  const { keyword, params } = issue;
  if (keyword === 'invalid_type' && params.input === undefined) return 'required';
  if (keyword === 'invalid_type' && issue.message.includes('received undefined')) return 'required';
  if (keyword === 'too_small' || keyword === 'too_big') {
    const origin =
      params.origin === 'string' || params.origin === 'array' ? params.origin : 'number';
    return `${keyword}_${origin}`;
  }
  return keyword in messages ? keyword : 'invalid';
}

/** A custom refinement may carry its own localized text as params.messages = {nb, nn, en}. */
function customMessage(issue: ValidationIssue, locale: Locale): string | undefined {
  const own = issue.params.params;
  if (typeof own === 'object' && own !== null && 'messages' in own) {
    const m = (own as { messages: Partial<Record<Locale, string>> }).messages[locale];
    if (typeof m === 'string') return m;
  }
  return undefined;
}

export function localizeIssue(issue: ValidationIssue, locale: Locale): string {
  const own = customMessage(issue, locale);
  if (own !== undefined) return own;
  const key = messageKey(issue);
  const m = messages[key] ?? messages.invalid;
  return m ? m[locale](issue.params) : issue.message;
}

/** "/companies/0/orgnr" → "companies[0].orgnr"; the context (body, querystring) leads. */
export function fieldPath(context: string | undefined, instancePath: string): string {
  const parts = instancePath.split('/').filter((p) => p !== '');
  let path = context && context !== 'body' ? context : '';
  for (const part of parts) {
    path += /^\d+$/.test(part) ? `[${part}]` : path === '' ? part : `.${part}`;
  }
  return path === '' ? '(body)' : path;
}

interface ZodLikeIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Field errors for a Zod failure found inside a handler (dynamic schemas), under a path prefix. */
export function toFieldErrors(
  issues: readonly ZodLikeIssue[],
  locale: Locale,
  prefix: string,
): { path: string; message: string }[] {
  return issues.map((issue) => {
    const { code, path, message, ...params } = issue as ZodLikeIssue & Record<string, unknown>;
    const instancePath = `/${path.map(String).join('/')}`;
    const field = fieldPath('body', instancePath);
    return {
      path: field === '(body)' ? prefix : `${prefix}.${field}`.replace(/\.\[/g, '['),
      message: localizeIssue({ keyword: code, instancePath, message, params }, locale),
    };
  });
}
