/**
 * Zod schemas of the public view, for the API to validate its answers and describe them in
 * OpenAPI. The compile-time checks below keep them equal to the interfaces in public-view.ts.
 */
import { z } from 'zod';
import { announcementBlockSchema, localizedSchema } from './call-schema-parts.js';
import { CALL_PHASES } from './call-phase.js';
import type { CallSummary, PublicCallView } from './public-view.js';

const callPhaseSchema = z.enum(CALL_PHASES);

export const publicCallViewSchema = z.object({
  id: z.string(),
  title: localizedSchema,
  summary: localizedSchema,
  programme: z.object({
    name: localizedSchema,
    ministry: localizedSchema,
    reform: localizedSchema,
  }),
  scheme: localizedSchema,
  announcement: z.object({
    nb: z.array(announcementBlockSchema),
    nn: z.array(announcementBlockSchema),
    en: z.array(announcementBlockSchema),
  }),
  potNok: z.int(),
  dates: z.object({
    pagePublished: z.iso.datetime(),
    formOpens: z.iso.datetime(),
    deadline: z.iso.datetime(),
    projectStartLatest: z.iso.date(),
    projectEndLatest: z.iso.date(),
  }),
  phase: callPhaseSchema,
  eligibility: z.object({
    summary: localizedSchema,
    institutionCategories: z.array(z.string()),
    privateRequiresPublicFunding: z.boolean(),
  }),
  contact: z.object({
    name: z.string(),
    phone: z.string(),
    email: z.string(),
    organisation: localizedSchema,
  }),
  criteria: z.array(z.object({ id: z.string(), title: localizedSchema })),
});

export const callSummarySchema = z.object({
  id: z.string(),
  title: localizedSchema,
  potNok: z.int(),
  deadline: z.iso.datetime(),
  phase: callPhaseSchema,
});

type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const _viewSchemaMatches: Equals<z.output<typeof publicCallViewSchema>, PublicCallView> = true;
const _summarySchemaMatches: Equals<z.output<typeof callSummarySchema>, CallSummary> = true;
