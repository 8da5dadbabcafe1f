import { z } from 'zod';
import { affiliationOrgnrProblem } from '../../../domain/assessment/affiliation-orgnr.js';
import { DECLARATION_GROUNDS } from '../../../domain/assessment/conflicts.js';
import { recommendations } from '../../../domain/cases/assessment-content.js';
import { caseStatuses } from '../../../domain/cases/case-status.js';
import { caseSortColumns, type CaseSortKey } from '../../../store/repositories/cases.repository.js';

const id = z.uuid();
const callId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9-]+$/);
const orgnr = z.string().regex(/^\d{9}$/, { error: 'nine digits' });
const shortText = z.string().max(4000);
const longText = z.string().max(20000);

export const callParams = z.object({ callId });
export const caseParams = z.object({ caseId: id });
export const findingParams = z.object({
  caseId: id,
  findingKey: z
    .string()
    .max(120)
    .regex(/^[A-Za-z0-9_.:-]+$/),
});
export const caseAssignmentParams = z.object({ caseId: id, assignmentId: id });
export const assignmentParams = z.object({ assignmentId: id });
export const assignmentAttachmentParams = z.object({ assignmentId: id, attachmentId: id });
export const assessorParams = z.object({ userId: id });
export const affiliationParams = z.object({ userId: id, affiliationId: id });

const wholeNumber = z.coerce.number().int().min(0).max(1_000_000_000_000);
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const caseFilterQuery = z.object({
  status: z
    .union([z.enum(caseStatuses), z.array(z.enum(caseStatuses)).max(caseStatuses.length)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  institution: orgnr.optional(),
  county: z.string().max(100).optional(),
  minGrant: wholeNumber.optional(),
  maxGrant: wholeNumber.optional(),
  minCompanies: wholeNumber.optional(),
  maxCompanies: wholeNumber.optional(),
  minParticipants: wholeNumber.optional(),
  maxParticipants: wholeNumber.optional(),
  hasFindings: flag.optional(),
  disagreement: flag.optional(),
  q: z.string().max(200).optional(),
});

const sortKeys = Object.keys(caseSortColumns) as [CaseSortKey, ...CaseSortKey[]];

export const caseListQuery = caseFilterQuery.extend({
  sort: z.enum(sortKeys).default('caseNumber'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(10).max(200).default(50),
});

export const findingDecisionBody = z
  .object({
    decision: z.enum(['confirmed', 'overruled']),
    reason: shortText.optional(),
  })
  .strict();

export const assignBody = z
  .object({
    assessorUserId: id,
    overrideReason: shortText.optional(),
  })
  .strict();

export const reasonBody = z.object({ reason: shortText }).strict();

/** Checked by MOD11 here, so a mistyped tie is refused as "invalid", not "not in the register". */
const affiliationOrgnr = z.string().superRefine((value, ctx) => {
  const messages = affiliationOrgnrProblem(value);
  if (messages) ctx.addIssue({ code: 'custom', message: messages.en, params: { messages } });
});

export const affiliationBody = z
  .object({
    orgnr: affiliationOrgnr,
    role: z.enum(['employee', 'board_member', 'owner', 'other']),
    orgName: z.string().max(300).optional(),
  })
  .strict();

export const declarationBody = z
  .object({
    grounds: z.array(z.enum(DECLARATION_GROUNDS)).max(DECLARATION_GROUNDS.length),
    explanation: shortText.optional(),
  })
  .strict();

const criterionKey = z
  .string()
  .max(80)
  .regex(/^[a-z0-9-]+$/);

export const assessmentBody = z
  .object({
    scores: z
      .record(
        criterionKey,
        z.object({ score: z.number().int().nullable(), justification: longText }).strict(),
      )
      .refine((r) => Object.keys(r).length <= 50, { error: 'too many criteria' }),
    holistic: z
      .object({ recommendation: z.enum(recommendations).nullable(), reasons: longText })
      .strict(),
  })
  .strict();

export const consensusBody = z
  .object({
    scores: z
      .record(criterionKey, z.object({ score: z.number().int(), text: longText }).strict())
      .refine((r) => Object.keys(r).length <= 50, { error: 'too many criteria' }),
    conclusion: z.object({ recommendation: z.enum(recommendations), text: longText }).strict(),
    dissent: longText.nullable(),
  })
  .strict();

export const exportFormatParams = z.object({ callId, format: z.enum(['xlsx', 'csv']) });
