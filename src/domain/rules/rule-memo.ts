/**
 * Remembers what each formal rule found for one application, and what the rule read to find it:
 * the sections it looked at, the institution, the registered companies. At the next evaluation a
 * rule whose reads are all the very same objects as then is not run again. A user types in one
 * section at a time, so at an autosave only the rules that read that section run.
 *
 * "The same object" stands for "the same content" only because section content comes checked and
 * deep-frozen from a {@link SectionShapeMemo}; the institution and the companies are new objects
 * at each load, so the few rules that read them always run. What a rule reads is recorded as it
 * reads it, through a view of the context, so a rule cannot depend on something unrecorded. A
 * rule that lists the sections (rather than naming one) is taken to have read them all.
 */
import type { Finding } from './finding.js';
import type { FormalRule } from './rule.js';
import type { RuleContext } from './rule-context.js';

type Sections = RuleContext['sections'];

interface Remembered {
  /** Each section read, by kind, as the object it was. */
  sections: Map<string, unknown>;
  /** The rule listed the sections: every section counts as read. */
  allSections: Sections | undefined;
  institution?: RuleContext['institution'];
  registeredCompanies?: RuleContext['registeredCompanies'];
  readInstitution: boolean;
  readCompanies: boolean;
  findings: readonly Finding[];
}

export class RuleMemo {
  #call: RuleContext['call'] | undefined;
  readonly #byRule = new Map<string, Remembered>();

  /** What `rule` finds in `context`: remembered when nothing it read has changed. */
  evaluate(rule: FormalRule, context: RuleContext): readonly Finding[] {
    if (context.call !== this.#call) {
      this.#byRule.clear();
      this.#call = context.call;
    }
    const kept = this.#byRule.get(rule.id);
    if (kept && unchanged(kept, context)) return kept.findings;
    const reads: Remembered = {
      sections: new Map(),
      allSections: undefined,
      readInstitution: false,
      readCompanies: false,
      findings: [],
    };
    const findings = rule.evaluate(recording(context, reads));
    for (const finding of findings) Object.freeze(finding);
    reads.findings = Object.freeze(findings);
    this.#byRule.set(rule.id, reads);
    return reads.findings;
  }
}

function unchanged(kept: Remembered, context: RuleContext): boolean {
  const now = context.sections as Record<string, unknown>;
  if (kept.allSections) {
    const before = kept.allSections as Record<string, unknown>;
    const kinds = new Set([...Object.keys(before), ...Object.keys(now)]);
    for (const kind of kinds) if (before[kind] !== now[kind]) return false;
  }
  for (const [kind, value] of kept.sections) if (now[kind] !== value) return false;
  if (kept.readInstitution && kept.institution !== context.institution) return false;
  if (kept.readCompanies && kept.registeredCompanies !== context.registeredCompanies) return false;
  return true;
}

/** The context as a rule sees it, noting in `reads` each thing the rule reads. */
function recording(context: RuleContext, reads: Remembered): RuleContext {
  const sections = new Proxy(context.sections, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof key === 'string') reads.sections.set(key, value);
      return value;
    },
    has(target, key) {
      // Whether a section is there is read as the section: absent is `undefined`.
      if (typeof key === 'string') reads.sections.set(key, Reflect.get(target, key));
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      reads.allSections = { ...target };
      return Reflect.ownKeys(target);
    },
  });
  return {
    ...context,
    sections,
    get institution() {
      reads.readInstitution = true;
      reads.institution = context.institution;
      return context.institution;
    },
    get registeredCompanies() {
      reads.readCompanies = true;
      reads.registeredCompanies = context.registeredCompanies;
      return context.registeredCompanies;
    },
  };
}
