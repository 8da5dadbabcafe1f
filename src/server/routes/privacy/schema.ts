import { z } from 'zod';

export const personParams = z.object({ id: z.uuid() });

export const erasureBody = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(10)
    .max(2000)
    .describe('Why the person is erased: their request, its date, the case reference'),
});

export const erasureSchema = z.object({
  id: z.string(),
  userId: z.string(),
  erasedAt: z.string(),
  eventsRedacted: z.int().describe('Audit events whose personal data was replaced'),
  invitations: z.int(),
  outbox: z.int(),
});

export const peopleListSchema = z.object({
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      email: z.string().nullable(),
      roles: z.array(z.string()),
      createdAt: z.string(),
      lastLoginAt: z.string().nullable(),
      erasedAt: z.string().nullable(),
    }),
  ),
});

export type PeopleList = z.infer<typeof peopleListSchema>;
export type ErasureAnswer = z.infer<typeof erasureSchema>;
