/**
 * Demo data: the eligible-institution register, fictional industry companies and the personas of
 * the built-in identity provider. Idempotent: it runs on every start and changes only what differs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { roles } from '../domain/access/roles.js';
import { affiliationOrgnrProblem } from '../domain/assessment/affiliation-orgnr.js';
import { inTransaction, type Store } from '../store/create-store.js';
import { insertAffiliation } from '../store/repositories/assessments.repository.js';
import { appendAuditEvent } from '../store/repositories/audit.repository.js';
import { upsertCompanies, upsertInstitutions } from '../store/repositories/register.repository.js';
import { setUserRoles, upsertUserBySubject } from '../store/repositories/users.repository.js';

export const SEED_DIR = resolve(import.meta.dirname, '../../seed');
/** Subjects of the built-in identity provider's personas; independent of its URL and port. */
export const DEV_IDP_SUBJECT_PREFIX = 'dev-idp|';

const localized = z.object({ nb: z.string(), nn: z.string(), en: z.string() });

export const personaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  email: z.string(),
  description: localized,
  roles: z.array(
    z.object({
      role: z.enum(roles),
      institutionOrgnr: z
        .string()
        .regex(/^\d{9}$/)
        .nullable(),
    }),
  ),
  /** Ties of an assessor persona to organisations of the demo register (R26). */
  affiliations: z
    .array(
      z.object({
        orgnr: z.string().refine((v) => affiliationOrgnrProblem(v) === null, 'invalid orgnr'),
        role: z.enum(['employee', 'board_member', 'owner', 'other']),
      }),
    )
    .default([]),
});
export type Persona = z.infer<typeof personaSchema>;

const companySchema = z.object({
  orgnr: z.string().regex(/^\d{9}$/),
  name: z.string(),
  industryCode: z.string(),
  municipalityNumber: z.string(),
  municipalityName: z.string(),
  countyName: z.string(),
  employees: z.number().int(),
  exportOrImportCompeting: z.boolean(),
});

export function readPersonas(): Persona[] {
  const raw: unknown = JSON.parse(readFileSync(resolve(SEED_DIR, 'personas.json'), 'utf8'));
  return z.object({ personas: z.array(personaSchema) }).parse(raw).personas;
}

export function readDemoCompanies(): z.infer<typeof companySchema>[] {
  const raw: unknown = JSON.parse(readFileSync(resolve(SEED_DIR, 'demo-companies.json'), 'utf8'));
  return z.object({ companies: z.array(companySchema) }).parse(raw).companies;
}

export interface InstitutionRecord {
  orgnr: string;
  name: string;
  category: string;
  ownership: string;
  publicFunding: boolean;
  confirmed: boolean;
  /** A state administrative body (column administrative_body): decides the legal track. */
  administrativeBody: boolean;
}

/** Reads the register of eligible institutions (a plain CSV without quoted commas). */
export function readInstitutions(): InstitutionRecord[] {
  const lines = readFileSync(resolve(SEED_DIR, 'institutions.csv'), 'utf8').trim().split('\n');
  const header = lines[0]?.split(',') ?? [];
  const expected = 'orgnr,name,category,ownership,public_funding,confirmed,administrative_body';
  if (header.join(',') !== expected) {
    throw new Error(`seed/institutions.csv: header must be "${expected}"`);
  }
  return lines.slice(1).map((line, i) => {
    const [orgnr = '', name = '', category = '', ownership = '', pf = '', confirmed = '', ab = ''] =
      line.split(',');
    if (!/^\d{9}$/.test(orgnr)) throw new Error(`seed/institutions.csv line ${i + 2}: bad orgnr`);
    if (ab !== 'yes' && ab !== 'no') {
      throw new Error(`seed/institutions.csv line ${i + 2}: administrative_body must be yes or no`);
    }
    return {
      orgnr,
      name,
      category,
      ownership,
      publicFunding: pf === 'yes',
      confirmed: confirmed === 'yes',
      administrativeBody: ab === 'yes',
    };
  });
}

export async function seedDemoData(store: Store, now: Date): Promise<void> {
  const institutions = readInstitutions();
  const companies = readDemoCompanies();
  await upsertInstitutions(store.db, institutions);
  await upsertCompanies(
    store.db,
    companies.map((c) => ({
      orgnr: c.orgnr,
      name: c.name,
      industry_code: c.industryCode,
      municipality_number: c.municipalityNumber,
      municipality_name: c.municipalityName,
      county_name: c.countyName,
      employees: c.employees,
      bankrupt: 0,
      under_liquidation: 0,
      source: 'demo',
      fetched_at: now.toISOString(),
    })),
  );
  for (const persona of readPersonas()) {
    const user = await upsertUserBySubject(
      store.db,
      {
        subject: `${DEV_IDP_SUBJECT_PREFIX}${persona.id}`,
        name: persona.name,
        email: persona.email,
      },
      now,
    );
    await setUserRoles(store.db, user.id, persona.roles, now);
    for (const tie of persona.affiliations) {
      const orgName = [...companies, ...institutions].find((o) => o.orgnr === tie.orgnr)?.name;
      if (!orgName) throw new Error(`seed/personas.json ${persona.id}: ${tie.orgnr} is not seeded`);
      await seedAffiliation(store, { userId: user.id, ...tie, orgName }, now);
    }
  }
}

/** Adds the tie unless the assessor has it already (same orgnr and role), with its audit event. */
async function seedAffiliation(
  store: Store,
  tie: { userId: string; orgnr: string; role: string; orgName: string },
  now: Date,
): Promise<void> {
  await inTransaction(store, async (tx) => {
    const id = randomUUID();
    const added = await insertAffiliation(tx, {
      id,
      user_id: tie.userId,
      orgnr: tie.orgnr,
      org_name: tie.orgName,
      role: tie.role,
      created_by: tie.userId,
      created_at: now.toISOString(),
    });
    if (!added) return;
    await appendAuditEvent(tx, {
      actor: null,
      actorLabel: 'demo seed',
      action: 'assessor.affiliation_added',
      entityType: 'user',
      entityId: tie.userId,
      detail: { affiliationId: id, orgnr: tie.orgnr, orgName: tie.orgName, role: tie.role },
      at: now,
    });
  });
}
