/** A formal rule: a name a person can search for, and what it finds in an application. */
import type { Localized } from '../call/call-schema.js';
import { createFinding, type Finding, type RuleSource, type Severity } from './finding.js';
import type { RuleContext } from './rule-context.js';

export interface FormalRule {
  /** The rule's name; where the call has a `rules.<name>` entry, this is that name. */
  id: string;
  evaluate(context: RuleContext): Finding[];
}

/** Reports one finding of the rule being checked. */
export type Emit = (
  source: RuleSource,
  severity: Severity,
  path: string,
  message: Localized,
) => void;

export function defineRule(
  id: string,
  check: (context: RuleContext, emit: Emit) => void,
): FormalRule {
  return {
    id,
    evaluate(context) {
      const found: Finding[] = [];
      check(context, (source, severity, path, message) => {
        found.push(createFinding(id, source, severity, path, message));
      });
      return found;
    },
  };
}
