/**
 * Zod schemas of the follow-up API (acceptance, payments): requests, and answers in the shapes of
 * src/web/api/followup-types.ts.
 */
import { z } from 'zod';
import { ACCEPTANCE_STATES } from '../../../domain/followup/acceptance.js';

const id = z.uuid();
const state = z.enum(ACCEPTANCE_STATES);
const isoDate = z.iso.date();

export const callParams = z.object({
  callId: z
    .string()
    .max(100)
    .regex(/^[a-z0-9-]+$/),
});
export const applicationParams = z.object({ applicationId: id });
export const decisionParams = z.object({ decisionId: id });
export const emptyBody = z.strictObject({});
export const declineBody = z.strictObject({ reason: z.string().max(4000).optional() });
export const paymentBody = z.strictObject({
  amountNok: z.int().min(1).max(1_000_000_000),
  paidOn: isoDate,
  reference: z.string().min(1).max(200),
});

const instalment = z.object({
  id: z.string(),
  percent: z.number(),
  when: z.enum(['acceptance', 'date', 'report-approved']),
  date: z.string().nullable(),
  amountNok: z.number(),
  due: z.boolean(),
});

export const ownGrantSchema = z.object({
  decisionId: z.string(),
  caseNumber: z.string(),
  grantNok: z.number(),
  deadline: z.string(),
  state,
  answeredAt: z.string().nullable(),
  answeredBy: z.string().nullable(),
  reason: z.string().nullable(),
  canAnswer: z.boolean(),
  plan: instalment.array(),
  paidNok: z.number(),
});

export const grantListSchema = z.object({
  callId: z.string(),
  grants: z
    .object({
      decisionId: z.string(),
      caseNumber: z.string(),
      title: z.string(),
      institutionName: z.string(),
      grantNok: z.number(),
      deadline: z.string(),
      state,
      answeredAt: z.string().nullable(),
      dueNok: z.number(),
      paidNok: z.number(),
    })
    .array(),
  freedNok: z.number(),
  inForceNok: z.number(),
});

export const paymentSchema = z.object({
  id: z.string(),
  decisionId: z.string(),
  amountNok: z.number(),
  paidOn: z.string(),
  reference: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
