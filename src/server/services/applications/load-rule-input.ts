/**
 * Gathers what the formal rules need about an application: its content by section, the applicant
 * institution from the register, and what the company register knows of the partner companies.
 */
import type { ApplicationContent } from '../../../domain/application/application.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import type { RuleInput } from '../../../domain/rules/index.js';
import type { DbOrTx } from '../../../store/create-store.js';
import type { SectionWithAuthor } from '../../../store/repositories/applications.repository.js';
import { findCompanies, findInstitution } from '../../../store/repositories/register.repository.js';
import { RegisterReadCache } from './register-read-cache.js';

export function contentOf(call: CallDefinition, sections: SectionWithAuthor[]): ApplicationContent {
  const content: ApplicationContent = {};
  for (const section of call.sections) {
    const row = sections.find((s) => s.section_id === section.id);
    if (row) content[section.id] = JSON.parse(row.content) as unknown;
  }
  return content;
}

/** Organisation numbers of the companies named in the application's cluster section(s). */
export function companyOrgnrsOf(call: CallDefinition, content: ApplicationContent): string[] {
  const orgnrs = new Set<string>();
  for (const section of call.sections.filter((s) => s.kind === 'cluster')) {
    const companies = (content[section.id] as { companies?: { orgnr?: unknown }[] } | undefined)
      ?.companies;
    for (const company of companies ?? []) {
      if (typeof company.orgnr === 'string') orgnrs.add(company.orgnr);
    }
  }
  return [...orgnrs];
}

/**
 * `db` is read afresh; a {@link RegisterReadCache} may answer from rows read in the last half
 * minute (the findings of an autosave).
 */
export async function loadRuleInput(
  db: DbOrTx | RegisterReadCache,
  call: CallDefinition,
  institutionOrgnr: string,
  content: ApplicationContent,
): Promise<RuleInput> {
  const orgnrs = companyOrgnrsOf(call, content);
  const [institution, companies] = await Promise.all(
    db instanceof RegisterReadCache
      ? [db.institution(institutionOrgnr), db.companies(orgnrs)]
      : [findInstitution(db, institutionOrgnr), findCompanies(db, orgnrs)],
  );
  const registeredCompanies: RuleInput['registeredCompanies'] = {};
  for (const company of companies) {
    registeredCompanies[company.orgnr] = {
      name: company.name,
      industryCode: company.industry_code,
      bankrupt: company.bankrupt === 1,
      underLiquidation: company.under_liquidation === 1,
    };
  }
  return {
    call,
    content,
    institution: institution
      ? {
          orgnr: institution.orgnr,
          name: institution.name,
          category: institution.category,
          ownership: institution.ownership,
          publicFunding: institution.public_funding === 1,
        }
      : null,
    registeredCompanies,
  };
}
