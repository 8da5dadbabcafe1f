import { z } from 'zod';

const problem = z.record(z.string(), z.unknown());

export const auditVerificationSchema = z.object({
  id: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  runBy: z.string(),
  report: z.object({
    ok: z.boolean(),
    events: z.number(),
    head: z.object({ seq: z.number(), hash: z.string() }).nullable(),
    firstBroken: problem
      .nullable()
      .describe('The first broken event: kind, seq, and what is known'),
    brokenLinks: z.number(),
    problems: z.array(problem),
    checkpointProblems: z.array(problem),
    warnings: z.array(problem),
    stored: z.object({ submissions: z.number(), files: z.number(), problems: z.array(problem) }),
    checkpoints: z.object({
      database: z.number(),
      file: z.number(),
      matched: z.number(),
      latest: z.object({ at: z.string(), seq: z.number() }).nullable(),
    }),
  }),
});

export const auditStatusSchema = z.object({
  last: auditVerificationSchema.nullable().describe('The last verification, or null'),
  key: z.object({ id: z.string().describe('The id of the key that signs checkpoints now') }),
  checkpointMinutes: z.number(),
});
