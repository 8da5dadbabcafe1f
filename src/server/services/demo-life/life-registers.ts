/**
 * The registers the demo's life draws from: the eligible-institution register and the demo
 * companies, without the personas' own institutions, so the personas' views stay as they are.
 */
import {
  readDemoCompanies,
  readInstitutions,
  readPersonas,
} from '../../../platform/seed-demo-data.js';
import type { LifeCompany, LifeInstitution } from '../../../domain/demo-life/generate-call-life.js';

export function lifeRegisters(): { institutions: LifeInstitution[]; companies: LifeCompany[] } {
  const personaInstitutions = new Set(
    readPersonas().flatMap((p) => p.roles.map((r) => r.institutionOrgnr)),
  );
  return {
    institutions: readInstitutions().filter((i) => !personaInstitutions.has(i.orgnr)),
    companies: readDemoCompanies(),
  };
}
