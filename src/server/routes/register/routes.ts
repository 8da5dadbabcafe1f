import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { institutionsOf } from '../../../domain/access/roles.js';
import { findInstitution } from '../../../store/repositories/register.repository.js';
import { createCompanyRegister } from '../../../integrations/enhetsregisteret.js';
import type { AppContext } from '../../context.js';
import { localeOf } from '../../i18n/locale.js';
import { findEligibilityProblems } from '../../services/applications/create-application.js';

const companyParams = z.object({ orgnr: z.string().regex(/^\d{9}$/, { error: 'nine digits' }) });

const companyAnswer = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('found'),
    stale: z.boolean(),
    company: z.object({
      orgnr: z.string(),
      name: z.string(),
      industryCode: z.string().nullable(),
      municipalityNumber: z.string().nullable(),
      municipalityName: z.string().nullable(),
      county: z.string().nullable(),
      employees: z.number().int().nullable(),
      bankrupt: z.boolean(),
      underLiquidation: z.boolean(),
      source: z.string(),
      fetchedAt: z.string(),
    }),
  }),
  z.object({ status: z.literal('not-found') }),
  z.object({ status: z.literal('unavailable'), reason: z.enum(['timeout', 'error']) }),
]);

const institutionsAnswer = z.array(
  z.object({
    orgnr: z.string(),
    name: z.string(),
    category: z.string(),
    eligibility: z.array(
      z.object({ callId: z.string(), eligible: z.boolean(), reasons: z.array(z.string()) }),
    ),
  }),
);

/** The registers an applicant needs: their institutions, and company facts for the cluster. */
export function registerRegisterRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const companies = createCompanyRegister(ctx.store, ctx.config.enhetsregisteret);

  r.get(
    '/api/institutions/mine',
    {
      config: { action: 'institution.list' },
      schema: {
        tags: ['register'],
        summary: 'The institutions the user acts for, with their eligibility per call (R4)',
        response: { 200: institutionsAnswer },
      },
    },
    async (request) => {
      const locale = localeOf(request);
      const answer = [];
      for (const orgnr of institutionsOf(request.principal)) {
        const institution = await findInstitution(ctx.store.db, orgnr);
        if (!institution) continue;
        const eligibility = [];
        for (const call of ctx.calls) {
          const problems = await findEligibilityProblems(ctx.store.db, call, orgnr);
          eligibility.push({
            callId: call.id,
            eligible: problems.length === 0,
            reasons: problems.map((p) => p.message[locale]),
          });
        }
        answer.push({
          orgnr,
          name: institution.name,
          category: institution.category,
          eligibility,
        });
      }
      return answer;
    },
  );

  r.get(
    '/api/companies/:orgnr',
    {
      config: { action: 'company.lookup' },
      schema: {
        tags: ['register'],
        summary: 'Company facts from Enhetsregisteret (cached); never blocks drafting',
        params: companyParams,
        response: { 200: companyAnswer },
      },
    },
    async (request) => companies.lookup(request.params.orgnr, new Date()),
  );
}
