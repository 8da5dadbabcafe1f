/**
 * Turns the parsed JSON of a call.json into a CallDefinition, or fails with every problem at once,
 * each named by its place in the file, so the author can fix them in one go.
 */
import { callDefinitionSchema, type CallDefinition } from './call-schema.js';
import { describeZodIssue } from './describe-zod-issue.js';

export interface CallDefinitionIssue {
  /** Dotted path into the file, e.g. `sections[3].id`; `(root)` for the file as a whole. */
  path: string;
  reason: string;
}

export class CallDefinitionError extends Error {
  override readonly name = 'CallDefinitionError';
  readonly file: string;
  readonly issues: readonly CallDefinitionIssue[];

  constructor(file: string, issues: readonly CallDefinitionIssue[]) {
    super(formatCallDefinitionMessage(file, issues));
    this.file = file;
    this.issues = issues;
  }
}

export function parseCallDefinition(raw: unknown, fileLabel: string): CallDefinition {
  const result = callDefinitionSchema.safeParse(raw, { error: describeZodIssue });
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    reason: issue.message,
  }));
  throw new CallDefinitionError(fileLabel, issues);
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      return index === 0 ? String(key) : `.${String(key)}`;
    })
    .join('');
}

function formatCallDefinitionMessage(file: string, issues: readonly CallDefinitionIssue[]): string {
  const lines = issues.map((issue) => `  - at ${issue.path}: ${issue.reason}`);
  return [`Invalid call definition ${file}:`, ...lines].join('\n');
}
