/**
 * What the formal rules say about an application: findings, each naming the rule, the
 * requirement it implements, the field it is about and the words of the call it rests on.
 */
import type { CallDefinition, Localized } from '../call/call-schema.js';
import type { ApplicationContent } from '../application/application.js';

export type Severity = 'error' | 'warning';

export interface Finding {
  ruleId: string;
  requirementId: string;
  /** Errors block submission; warnings advise the applicant and are shown to assessors. */
  severity: Severity;
  /** `<sectionId>.<path in content>`, `<sectionId>` for the section as a whole, or `applicant`. */
  path: string;
  message: Localized;
  citation: Localized;
}

/** The institution as the register of eligible institutions knows it (seed/institutions.csv). */
export interface InstitutionFacts {
  orgnr: string;
  name: string;
  category: string;
  ownership: string;
  publicFunding: boolean;
}

/** What the company register (Enhetsregisteret) said about a company when it was looked up. */
export interface RegisteredCompany {
  name: string;
  industryCode: string | null;
  bankrupt: boolean;
  underLiquidation: boolean;
}

export interface RuleInput {
  call: CallDefinition;
  /** Keyed by section id. */
  content: ApplicationContent;
  /** From the register of eligible institutions; null when the applicant is not in it. */
  institution: InstitutionFacts | null;
  /** Keyed by orgnr; a company missing here was not (or could not be) looked up. */
  registeredCompanies: Record<string, RegisteredCompany>;
}

/** Where a rule takes its requirement id and its citation from: always the call. */
export interface RuleSource {
  requirementId: string;
  citation: Localized;
}

export function createFinding(
  ruleId: string,
  source: RuleSource,
  severity: Severity,
  path: string,
  message: Localized,
): Finding {
  return {
    ruleId,
    requirementId: source.requirementId,
    severity,
    path,
    message,
    citation: source.citation,
  };
}

export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'error');
}

export function hasBlockingFindings(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
