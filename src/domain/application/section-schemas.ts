/**
 * One draft schema per section kind. A draft may be incomplete (almost every field optional,
 * lists may be empty) but never of the wrong shape: unknown keys, wrong types, over-long text,
 * broken dates and fractional kroner are refused here, while "is it complete and allowed?" is
 * left to the formal rules in src/domain/rules, which explain themselves to the applicant.
 */
import { z } from 'zod';
import {
  clientIdSchema,
  industryCodeFieldSchema,
  isoDateFieldSchema,
  municipalityNumberFieldSchema,
  orgnrFieldSchema,
  sha256FieldSchema,
  studiepoengFieldSchema,
  wholeNokSchema,
  limitedList,
  withUniqueIds,
  withUniqueKey,
  type FieldContext,
} from './section-fields.js';
import { ATTACHMENT_MEDIA_TYPES } from '../call/call-schema.js';

const emptyList = () => [];

export function buildProjectSchema(f: FieldContext) {
  return z.strictObject({
    title: f.text('title').optional(),
    summary: f.text('summary').optional(),
    startDate: isoDateFieldSchema.optional(),
    endDate: isoDateFieldSchema.optional(),
    language: z.enum(['nb', 'nn']).optional(),
  });
}

export function buildCompanySchema(f: FieldContext) {
  return z.strictObject({
    id: clientIdSchema,
    orgnr: orgnrFieldSchema,
    name: f.text('name').optional(),
    industryCode: industryCodeFieldSchema.optional(),
    municipalityNumber: municipalityNumberFieldSchema.optional(),
    municipalityName: f.text('municipalityName').optional(),
    county: f.text('county').optional(),
    employees: z.int().min(0).optional(),
    exportOrImportCompeting: z.boolean().optional(),
    trainingNeed: f.text('trainingNeed').optional(),
    contactName: f.text('contactName').optional(),
    contactEmail: f.text('contactEmail').optional(),
    contactPhone: f.text('contactPhone').optional(),
  });
}

export function buildClusterSchema(f: FieldContext) {
  return z.strictObject({
    companies: withUniqueIds(buildCompanySchema(f), f.maxItems('companies')).default(emptyList),
    cooperation: f.text('cooperation').optional(),
  });
}

export function buildAnchoringSchema(f: FieldContext) {
  const union = z.strictObject({
    id: clientIdSchema,
    companyOrgnr: orgnrFieldSchema,
    unionName: f.text('unionName').optional(),
    representativeName: f.text('representativeName').optional(),
  });
  return z.strictObject({
    employerSide: f.text('employerSide').optional(),
    unions: withUniqueIds(union, f.maxItems('unions')).default(emptyList),
    roleCompanies: f.text('roleCompanies').optional(),
    roleUnions: f.text('roleUnions').optional(),
    roleInstitution: f.text('roleInstitution').optional(),
  });
}

export function buildCaseSchema(f: FieldContext) {
  return z.strictObject({
    vulnerability: f.text('vulnerability').optional(),
    competitiveSituation: f.text('competitiveSituation').optional(),
    exportOrImportCompeting: z.boolean().optional(),
    restructuringNeed: f.text('restructuringNeed').optional(),
    effect: f.text('effect').optional(),
  });
}

export const OFFERING_LEVELS = ['university', 'university-college'] as const;
export const DELIVERY_MODES = ['online', 'hybrid', 'campus'] as const;

export function buildOfferingSchema(f: FieldContext) {
  return z.strictObject({
    id: clientIdSchema,
    title: f.text('title').optional(),
    level: z.enum(OFFERING_LEVELS).optional(),
    studiepoeng: studiepoengFieldSchema.nullable().optional(),
    modules: f.text('modules').optional(),
    deliveryMode: z.enum(DELIVERY_MODES).optional(),
    schedule: f.text('schedule').optional(),
    fitsFullTimeWork: z.boolean().optional(),
    fitsFullTimeWorkDescription: f.text('fitsFullTimeWorkDescription').optional(),
    startDate: isoDateFieldSchema.optional(),
    endDate: isoDateFieldSchema.optional(),
    competenceNeed: f.text('competenceNeed').optional(),
    workRelevance: f.text('workRelevance').optional(),
    companyOrgnrs: limitedList(orgnrFieldSchema, f.maxItems('companyOrgnrs')).default(emptyList),
  });
}

export function buildOfferingsSchema(f: FieldContext) {
  return z.strictObject({
    offerings: withUniqueIds(buildOfferingSchema(f), f.maxItems('offerings')).default(emptyList),
  });
}

export function buildParticipantsSchema(f: FieldContext) {
  const estimate = z.strictObject({
    companyOrgnr: orgnrFieldSchema,
    offeringId: clientIdSchema,
    participants: z.int().min(0),
  });
  return z.strictObject({
    estimates: limitedList(estimate, f.maxItems('estimates')).default(emptyList),
  });
}

export function buildProgressPlanSchema(f: FieldContext) {
  const milestone = z.strictObject({
    id: clientIdSchema,
    title: f.text('title').optional(),
    date: isoDateFieldSchema.optional(),
    phase: f.callId('budgetPhase').optional(),
    description: f.text('description').optional(),
  });
  return z.strictObject({
    milestones: withUniqueIds(milestone, f.maxItems('milestones')).default(emptyList),
  });
}

export function buildBudgetLineSchema(f: FieldContext) {
  return z.strictObject({
    id: clientIdSchema,
    category: f.callId('costCategory').optional(),
    phase: f.callId('budgetPhase').optional(),
    year: z.int().min(1000).max(9999).optional(),
    amountNok: wholeNokSchema.optional(),
    description: f.text('description').optional(),
    justification: f.text('justification').optional(),
  });
}

export function buildBudgetSchema(f: FieldContext) {
  const financing = z.strictObject({
    sourceId: f.callId('financingSource'),
    amountNok: wholeNokSchema,
  });
  return z.strictObject({
    lines: withUniqueIds(buildBudgetLineSchema(f), f.maxItems('lines')).default(emptyList),
    financing: withUniqueKey(financing, 'sourceId', f.maxItems('financing')).default(emptyList),
  });
}

export function buildAttachmentsSchema(f: FieldContext) {
  const item = z.strictObject({
    id: clientIdSchema,
    kind: f.callId('attachmentKind'),
    fileId: clientIdSchema,
    sha256: sha256FieldSchema,
    fileName: f.text('fileName').min(1),
    mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
    sizeBytes: z.int().min(0),
  });
  return z.strictObject({ items: withUniqueIds(item, f.maxItems('items')).default(emptyList) });
}
