import { z } from 'zod';
import { roles } from '../../../domain/access/roles.js';

export const roleGrantSchema = z.object({
  role: z.enum(roles),
  institution: z
    .object({ orgnr: z.string(), name: z.string() })
    .nullable()
    .describe('The institution an applicant acts for; null for roles without one'),
});

export const sessionUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
});

export const sessionAnswerSchema = z
  .discriminatedUnion('authenticated', [
    z.object({ authenticated: z.literal(false) }),
    z.object({
      authenticated: z.literal(true),
      user: sessionUserSchema,
      roles: z.array(roleGrantSchema),
      csrfToken: z
        .string()
        .describe('Send as X-CSRF-Token on every state-changing request; empty for bearer tokens'),
      idleTimeoutSeconds: z
        .number()
        .int()
        .describe(
          'How long the session lives without use; 0 for bearer tokens, which do not idle out',
        ),
      expiresAt: z
        .string()
        .describe(
          'ISO instant at which the session ends unless used again (for tokens: at the latest)',
        ),
    }),
  ])
  .describe('Whether anyone is signed in, and who');

export const meAnswerSchema = sessionUserSchema
  .extend({ roles: z.array(roleGrantSchema) })
  .describe('The signed-in user and their roles');
