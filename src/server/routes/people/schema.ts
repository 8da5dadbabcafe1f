import { z } from 'zod';
import { isEmailAddress, normalizeEmail } from '../../../domain/access/invitation.js';
import { emailMessages } from '../../services/people/email-messages.js';

export const institutionParams = z.object({
  orgnr: z.string().regex(/^\d{9}$/, { error: 'nine digits' }),
});

export const invitationParams = institutionParams.extend({ invitationId: z.uuid() });

export const inviteBody = z
  .object({
    email: z
      .string()
      .max(320)
      .refine((v) => isEmailAddress(normalizeEmail(v)), {
        error: emailMessages.invalid.en,
        params: { messages: emailMessages.invalid },
      })
      .describe('The colleague’s e-mail address; compared without regard to case'),
  })
  .strict();

export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  invitedBy: z.object({ name: z.string() }),
  createdAt: z.string(),
  expiresAt: z
    .string()
    .describe('ISO instant after which the invitation can no longer be accepted'),
});

export const peopleSchema = z.object({
  institution: z.object({ orgnr: z.string(), name: z.string() }),
  people: z
    .array(
      z.object({
        name: z.string(),
        email: z.string().nullable(),
        since: z.string().describe('ISO instant the person was given access'),
        you: z.boolean(),
      }),
    )
    .describe('Everyone who may act for the institution as an applicant'),
  invitations: z.array(invitationSchema).describe('Open invitations, newest first'),
});
