import { z } from 'zod';

export const mailboxParams = z.object({ id: z.uuid() });
export const mailboxAttachmentParams = z.object({
  id: z.uuid(),
  n: z.coerce.number().int().min(0).max(999).describe('The attachment position, from 0'),
});

const mailSummary = z.object({
  id: z.string(),
  messageId: z.string().describe('The Message-ID header: the same on every retry'),
  topic: z.string().nullable().describe('receipt, invitation, decision …'),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  date: z.string().nullable().describe("The message's Date header, ISO 8601"),
  receivedAt: z.string(),
  sizeBytes: z.int(),
  attachments: z.int(),
});

export const mailboxListSchema = z.object({
  /** False when SMTP_URL names a relay: then nothing arrives here. */
  embedded: z.boolean(),
  messages: z.array(mailSummary),
});

export const mailboxMessageSchema = mailSummary.omit({ attachments: true }).extend({
  text: z.string(),
  html: z.string().nullable(),
  attachments: z.array(
    z.object({
      position: z.int(),
      fileName: z.string(),
      contentType: z.string(),
      sizeBytes: z.int(),
      url: z.string(),
    }),
  ),
});

export type MailboxList = z.infer<typeof mailboxListSchema>;
export type MailboxMessage = z.infer<typeof mailboxMessageSchema>;
