/**
 * Building blocks of a call definition: the value types every part of call.json is made of.
 * Messages set here are the plain-English reasons an author of call.json reads; everything
 * without its own message is described by `describeZodIssue` in parse-call-definition.ts.
 */
import { z } from 'zod';
import { isIsoDate, isOsloWallTime, osloWallTimeToInstant, toOsloIsoString } from '../time/oslo.js';

export const LOCALES = ['nb', 'nn', 'en'] as const;
export const localeSchema = z.enum(LOCALES);

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;
const REQUIREMENT_ID = /^R\d+$/;
// The call files spell wall times to the minute; seconds would suggest a precision nobody means.
const WALL_TIME_TO_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export const idSchema = z
  .string()
  .regex(KEBAB_CASE, { error: (iss) => `expected a kebab-case id, got ${quote(iss.input)}` });

export const fieldNameSchema = z.string().regex(CAMEL_CASE, {
  error: (iss) => `expected a camelCase field name, got ${quote(iss.input)}`,
});

export const requirementIdSchema = z.string().regex(REQUIREMENT_ID, {
  error: (iss) => `expected a requirement id such as "R6", got ${quote(iss.input)}`,
});

/** Non-blank text in one language. */
function translationSchema(locale: string) {
  const missing = `missing translation "${locale}"`;
  return z
    .string({ error: (iss) => (iss.input === undefined ? missing : undefined) })
    .regex(/\S/, { error: missing });
}

/** A text in all three languages the platform speaks; none may be left out. */
export const localizedSchema = z.strictObject({
  nb: translationSchema('nb'),
  nn: translationSchema('nn'),
  en: translationSchema('en'),
});
export type Localized = z.output<typeof localizedSchema>;

const blockTextSchema = z.string().regex(/\S/, { error: 'must not be empty' });

export const announcementBlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('heading'), text: blockTextSchema }),
  z.strictObject({ type: z.literal('paragraph'), text: blockTextSchema }),
  z.strictObject({ type: z.literal('list'), items: z.array(blockTextSchema).min(1) }),
]);
export type AnnouncementBlock = z.output<typeof announcementBlockSchema>;

function announcementLanguageSchema(locale: string) {
  const missing = `missing translation "${locale}"`;
  return z
    .array(announcementBlockSchema, {
      error: (iss) => (iss.input === undefined ? missing : undefined),
    })
    .min(1, { error: missing });
}

/** The public announcement, block by block; nb is the grant body's own text, word for word. */
export const announcementSchema = z.strictObject({
  nb: announcementLanguageSchema('nb'),
  nn: announcementLanguageSchema('nn'),
  en: announcementLanguageSchema('en'),
});
export type Announcement = z.output<typeof announcementSchema>;

/** A wall time "YYYY-MM-DDTHH:mm" as Oslo clocks show it; it must exist on those clocks. */
export const osloWallTimeSchema = z
  .string()
  .refine((value) => WALL_TIME_TO_MINUTE.test(value) && isOsloWallTime(value), {
    error: (iss) => `expected an Oslo wall time "YYYY-MM-DDTHH:mm", got ${quote(iss.input)}`,
    abort: true,
  })
  .refine((value) => toOsloIsoString(osloWallTimeToInstant(value)).startsWith(value), {
    // A deadline in the hour skipped in spring would silently move; refuse it instead.
    error: (iss) => `${quote(iss.input)} does not exist in Oslo: the clocks skip that hour`,
  });

export const isoDateSchema = z.string().refine(isIsoDate, {
  error: (iss) => `expected a date "YYYY-MM-DD", got ${quote(iss.input)}`,
});

export const callDatesSchema = z.strictObject({
  pagePublished: osloWallTimeSchema,
  formOpens: osloWallTimeSchema,
  deadline: osloWallTimeSchema,
  projectStartLatest: isoDateSchema,
  projectEndLatest: isoDateSchema,
});
export type CallDates = z.output<typeof callDatesSchema>;

export const programmeSchema = z.strictObject({
  name: localizedSchema,
  ministry: localizedSchema,
  reform: localizedSchema,
});
export type Programme = z.output<typeof programmeSchema>;

/** The register's categories (institutions.csv, column `category`). */
export const INSTITUTION_CATEGORIES = [
  'universitet',
  'vitenskapelig_hoyskole',
  'akkreditert_hoyskole',
] as const;
export type InstitutionCategory = (typeof INSTITUTION_CATEGORIES)[number];

export const eligibilitySchema = z.strictObject({
  requirementId: requirementIdSchema,
  institutionCategories: z.array(z.enum(INSTITUTION_CATEGORIES)).min(1),
  privateRequiresPublicFunding: z.boolean(),
  citation: localizedSchema,
  summary: localizedSchema,
});
export type Eligibility = z.output<typeof eligibilitySchema>;

export const contactSchema = z.strictObject({
  name: z.string().regex(/\S/, { error: 'must not be empty' }),
  phone: z.string().regex(/^\+?[0-9][0-9 ]{4,}[0-9]$/, {
    error: (iss) => `expected a phone number of digits and spaces, got ${quote(iss.input)}`,
  }),
  email: z.email({ error: (iss) => `expected an email address, got ${quote(iss.input)}` }),
  organisation: localizedSchema,
});
export type Contact = z.output<typeof contactSchema>;

export function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
