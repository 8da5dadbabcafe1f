/**
 * `GET /api/calls/:callId/form`: what the applicant's browser needs from the call definition to draw
 * the form — sections, cost categories, budget phases, attachment kinds, dates and the rule
 * parameters shown as hints. Public like the call page: the form is no secret, and the web app can
 * show it before sign-in. Assessment criteria weights and internal settings stay out.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callDeadline, callFormOpens, callPhaseAt } from '../../../domain/call/call-phase.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { callParamsSchema } from './schema.js';

const localized = z.object({ nb: z.string(), nn: z.string(), en: z.string() });

const ruleHint = z.object({
  requirementId: z.string(),
  citation: localized,
  min: z.number().optional(),
  max: z.number().optional(),
});

export const callFormSchema = z.object({
  id: z.string(),
  title: localized,
  potNok: z.number(),
  languages: z.array(z.enum(['nb', 'nn', 'en'])),
  dates: z.object({
    formOpens: z.string(),
    deadline: z.string(),
    projectStartLatest: z.string(),
    projectEndLatest: z.string(),
  }),
  phase: z.enum(['unpublished', 'published', 'open', 'closed']),
  contact: z.object({ name: z.string(), phone: z.string(), email: z.string() }),
  sections: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: localized,
      help: localized,
      dependsOn: z.array(z.string()),
      requirementIds: z.array(z.string()),
      limits: z.record(z.string(), z.number()),
    }),
  ),
  costCategories: z.array(
    z.object({
      id: z.string(),
      label: localized,
      status: z.enum(['allowed', 'forbidden', 'conditional']),
      requiresJustification: z.boolean(),
      condition: localized.nullable(),
      citation: localized.nullable(),
    }),
  ),
  budget: z.object({
    requirementId: z.string(),
    citation: localized,
    phases: z.array(z.object({ id: z.string(), label: localized })),
    financingSources: z.array(z.object({ id: z.string(), kind: z.string(), label: localized })),
  }),
  attachmentKinds: z.array(
    z.object({
      id: z.string(),
      label: localized,
      required: z.boolean(),
      allowedTypes: z.array(z.string()),
      maxBytes: z.number(),
    }),
  ),
  /** Only the rules whose parameters the form shows as hints beside a field. */
  rules: z.object({
    minCompanies: ruleHint.nullable(),
    maxStudiepoengPerOffering: ruleHint.nullable(),
    minActivities: ruleHint.nullable(),
    budgetBalanced: ruleHint,
    projectPeriod: ruleHint,
  }),
});
export type CallFormView = z.output<typeof callFormSchema>;

function toCallForm(call: CallDefinition, now: Date): CallFormView {
  const { rules } = call;
  const hint = (rule: { requirementId: string; citation: z.output<typeof localized> }) => ({
    requirementId: rule.requirementId,
    citation: rule.citation,
  });
  return {
    id: call.id,
    title: call.title,
    potNok: call.potNok,
    languages: [...call.languages],
    dates: {
      formOpens: callFormOpens(call).toISOString(),
      deadline: callDeadline(call).toISOString(),
      projectStartLatest: call.dates.projectStartLatest,
      projectEndLatest: call.dates.projectEndLatest,
    },
    phase: callPhaseAt(call, now),
    contact: { name: call.contact.name, phone: call.contact.phone, email: call.contact.email },
    sections: call.sections.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      help: s.help,
      dependsOn: s.dependsOn ?? [],
      requirementIds: s.requirementIds ?? [],
      limits: s.limits ?? {},
    })),
    costCategories: call.costCategories.map((c) => ({
      id: c.id,
      label: c.label,
      status: c.status,
      requiresJustification: c.requiresJustification,
      condition: c.condition ?? null,
      citation: c.citation ?? null,
    })),
    budget: {
      requirementId: call.budget.requirementId,
      citation: call.budget.citation,
      phases: call.budget.phases.map((p) => ({ id: p.id, label: p.label })),
      financingSources: call.budget.financingSources.map((f) => ({ ...f })),
    },
    attachmentKinds: call.attachmentKinds.map((k) => ({ ...k, allowedTypes: [...k.allowedTypes] })),
    rules: {
      minCompanies: rules.minCompanies
        ? { ...hint(rules.minCompanies), min: rules.minCompanies.min }
        : null,
      maxStudiepoengPerOffering: rules.maxStudiepoengPerOffering
        ? { ...hint(rules.maxStudiepoengPerOffering), max: rules.maxStudiepoengPerOffering.max }
        : null,
      minActivities: rules.progressPlanRequired
        ? { ...hint(rules.progressPlanRequired), min: rules.progressPlanRequired.minActivities }
        : null,
      budgetBalanced: hint(rules.budgetBalanced),
      projectPeriod: hint(rules.projectPeriod),
    },
  };
}

export function registerCallFormRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/calls/:callId/form',
    {
      config: { action: 'public.read' },
      schema: {
        tags: ['calls'],
        summary: "The call's application form: sections, budget, attachments and rule hints",
        params: callParamsSchema,
        response: { 200: callFormSchema },
      },
    },
    async (request) => {
      const call = ctx.calls.find((c) => c.id === request.params.callId);
      const now = ctx.clock.now();
      if (!call || callPhaseAt(call, now) === 'unpublished') throw new AppError('call_not_found');
      return toCallForm(call, now);
    },
  );
}
