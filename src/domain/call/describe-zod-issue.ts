/**
 * Zod's default messages are written for developers ("Invalid input: expected number, received
 * string"). The author of a call.json gets a short plain-English reason instead.
 */
import type { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

const EXPECTED_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/** The reason for one issue, for issues the schema did not give a message of its own. */
export function describeZodIssue(issue: RawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'required';
      if (issue.expected === 'int' && typeof input === 'number') {
        return `expected a whole number, got ${String(input)}`;
      }
      return `expected ${EXPECTED_NAMES[issue.expected] ?? issue.expected}, got ${nameTypeOf(input)}`;
    case 'too_small':
      return describeTooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return describeTooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_value':
      return `expected ${listValues(issue.values)}, got ${quoteValue(input)}`;
    case 'invalid_union':
      if (issue.discriminator !== undefined && 'options' in issue && Array.isArray(issue.options)) {
        const found = isRecord(input) ? input[issue.discriminator] : undefined;
        return `expected ${listValues(issue.options)}, got ${quoteValue(found)}`;
      }
      return 'does not match any of the allowed forms';
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map(quoteValue).join(', ')}`;
    case 'invalid_key':
      return issue.issues[0]?.message ?? `invalid key ${quoteValue(input)}`;
    case 'invalid_format':
      return `does not have the expected ${issue.format} format, got ${quoteValue(input)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return 'invalid value';
  }
}

function describeTooSmall(origin: string, minimum: number, inclusive: boolean): string {
  if (origin === 'string') {
    return minimum <= 1 ? 'must not be empty' : `must be at least ${minimum} characters long`;
  }
  if (origin === 'array' || origin === 'set') {
    return minimum <= 1 ? 'must not be empty' : `must have at least ${minimum} items`;
  }
  return inclusive ? `must be at least ${minimum}` : `must be greater than ${minimum}`;
}

function describeTooBig(origin: string, maximum: number, inclusive: boolean): string {
  if (origin === 'string') return `must be at most ${maximum} characters long`;
  if (origin === 'array' || origin === 'set') return `must have at most ${maximum} items`;
  return inclusive ? `must be at most ${maximum}` : `must be less than ${maximum}`;
}

function listValues(values: readonly unknown[]): string {
  if (values.length === 1) return quoteValue(values[0]);
  return `one of ${values.map(quoteValue).join(', ')}`;
}

function nameTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function quoteValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
