import { z } from 'zod';

export {
  callSummarySchema,
  publicCallViewSchema,
} from '../../../domain/call/public-view-schema.js';

export const callParamsSchema = z.object({
  callId: z
    .string()
    .max(100)
    .regex(/^[a-z0-9-]+$/),
});
