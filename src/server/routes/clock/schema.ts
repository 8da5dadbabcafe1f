import { z } from 'zod';
import { phaseJumpIds } from '../../../domain/time/phase-jumps.js';

export const clockAnswerSchema = z.object({
  now: z.string().describe('ISO 8601 instant of the server clock'),
  simulated: z.boolean(),
  jumps: z.array(
    z.object({
      callId: z.string(),
      id: z.enum(phaseJumpIds as [string, ...string[]]),
      at: z.string(),
    }),
  ),
});

export const setClockBodySchema = z.union([
  z.object({ at: z.iso.datetime({ offset: true }) }).strict(),
  z
    .object({
      callId: z.string().max(100),
      phase: z.enum(phaseJumpIds as [string, ...string[]]),
    })
    .strict(),
]);
