/**
 * Zod schemas of the decisions API (R28, R29): requests, and answers in exactly the shapes of
 * src/web/api/decision-types.ts (checked both ways at compile time in schema-types.ts).
 */
import { z } from 'zod';
import { APPEAL_RESULTS, APPEAL_STATES } from '../../../domain/decisions/appeal-state.js';
import { SCAN_STATES } from '../../../domain/virus-scan/scan-state.js';
import { DECISION_STATES } from '../../../domain/decisions/decision-state.js';
import { LEGAL_TRACKS } from '../../../domain/decisions/legal-track.js';
import { DECISION_OUTCOMES } from '../../../domain/decisions/outcome.js';

const id = z.uuid();
const callId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9-]+$/);
const text = z.string().max(20_000);
const locale = z.enum(['nb', 'nn', 'en']);
const kind = z.enum([...DECISION_OUTCOMES, 'reserve']);

// ---- Requests -------------------------------------------------------------------------------------

export const callParams = z.object({ callId });
export const decisionParams = z.object({ decisionId: id });
export const appealParams = z.object({ appealId: id });
export const jobParams = z.object({ jobId: id });
export const applicationParams = z.object({ applicationId: id });
export const letterQuery = z.object({ lang: locale.optional() });
export const emptyBody = z.strictObject({});

const reasonLine = z.strictObject({ source: z.string().max(200), text: z.string().max(4000) });
const reasonLines = z.array(reasonLine).max(200);
export const reasonsSchema = z.strictObject({
  locale,
  rules: reasonLines,
  facts: reasonLines,
  considerations: reasonLines,
});
export const reasonsChangeBody = z.strictObject({
  baseVersion: z.number().int().min(0),
  reasons: reasonsSchema,
});
export const bulkApproveBody = z.strictObject({ decisionIds: z.array(id).max(5000) });
export const preliminaryReplyBody = z.strictObject({
  text,
  expectedBy: z.iso.date(),
});
export const forwardBody = z.strictObject({ summary: text });
export const reconsiderBody = z.strictObject({
  outcome: z.enum(['innvilget', 'delvis_innvilget']),
  grantNok: z.number().int().min(1).max(1_000_000_000_000),
  reason: text,
});
export const settleBody = z.strictObject({ result: z.enum(APPEAL_RESULTS), text });
export const appealBody = z.strictObject({ text, fileIds: z.array(id).max(20).optional() });
export const appealFileParams = z.object({ applicationId: id, fileId: id });
export const officerAppealFileParams = z.object({ appealId: id, fileId: id });

// ---- Answers --------------------------------------------------------------------------------------

export const decisionJobSchema = z.object({
  id: z.string(),
  kind: z.enum(['prepare', 'issue']),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  done: z.number(),
  total: z.number(),
  error: z.string().nullable(),
});

export const decisionSummarySchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  institutionName: z.string(),
  kind,
  track: z.enum(LEGAL_TRACKS),
  state: z.enum(DECISION_STATES),
  appliedNok: z.number(),
  grantNok: z.number().nullable(),
  reservePosition: z.number().nullable(),
  language: locale,
  draftedBy: z.string(),
  approvedBy: z.string().nullable(),
  issuedAt: z.string().nullable(),
  version: z.number(),
});

const counts = z.object(
  Object.fromEntries(DECISION_STATES.map((s) => [s, z.number()])) as Record<
    (typeof DECISION_STATES)[number],
    z.ZodNumber
  >,
);

export const decisionListSchema = z.object({
  callId: z.string(),
  approvedScenarioId: z.string().nullable(),
  decisions: z.array(decisionSummarySchema),
  missing: z.number(),
  counts,
  job: decisionJobSchema.nullable(),
});

const answerLine = z.object({ source: z.string(), text: z.string() });
export const decisionDetailSchema = decisionSummarySchema.extend({
  reasons: z.object({
    locale,
    rules: z.array(answerLine),
    facts: z.array(answerLine),
    considerations: z.array(answerLine),
  }),
  letterSha256: z.string().nullable(),
  appealDeadline: z.string().nullable(),
  history: z.array(
    z.object({
      at: z.string(),
      by: z.string(),
      action: z.enum([
        'drafted',
        'reasons_edited',
        'approved',
        'issued',
        'appealed',
        'forwarded',
        'reconsidered',
        'settled',
      ]),
      comment: z.string().nullable(),
    }),
  ),
  appealId: z.string().nullable(),
});

export const bulkAnswerSchema = z.object({
  done: z.array(z.string()),
  refused: z.array(z.object({ decisionId: z.string(), code: z.string(), message: z.string() })),
});

export const appealSummarySchema = z.object({
  id: z.string(),
  decisionId: z.string(),
  caseNumber: z.string(),
  institutionName: z.string(),
  receivedAt: z.string(),
  late: z.boolean(),
  state: z.enum(APPEAL_STATES),
});

export const appealFileSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  scanState: z.enum(SCAN_STATES),
  uploadedAt: z.string(),
});

export const appealDetailSchema = appealSummarySchema.extend({
  text: z.string(),
  files: z.array(appealFileSchema),
  filedBy: z.string(),
  deadline: z.string(),
  preliminaryReply: z
    .object({ text: z.string(), expectedBy: z.string(), sentAt: z.string() })
    .nullable(),
  forwardSummary: z.string().nullable(),
  result: z.object({ result: z.enum(APPEAL_RESULTS), text: z.string(), at: z.string() }).nullable(),
});

export const ownAppealSchema = z.object({
  id: z.string(),
  receivedAt: z.string(),
  late: z.boolean(),
  state: z.enum(APPEAL_STATES),
  files: z.array(appealFileSchema),
});

export const ownDecisionSchema = z.object({
  decisionId: z.string(),
  caseNumber: z.string(),
  kind,
  track: z.enum(LEGAL_TRACKS),
  grantNok: z.number().nullable(),
  reservePosition: z.number().nullable(),
  issuedAt: z.string(),
  letterSha256: z.string(),
  appealDeadline: z.string().nullable(),
  canAppeal: z.boolean(),
  appealFileLimits: z.object({
    allowedTypes: z.array(z.string()),
    maxBytes: z.number(),
    maxFiles: z.number(),
  }),
  appeal: ownAppealSchema.nullable(),
});

export const publicAwardSchema = z.object({
  institutionName: z.string(),
  institutionOrgnr: z.string(),
  projectTitle: z.string(),
  caseNumber: z.string(),
  grantNok: z.number(),
  county: z.string().nullable(),
  issuedAt: z.string(),
});
