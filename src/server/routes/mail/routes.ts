/**
 * The dev mailbox for administrators (docs/adr/0020): every e-mail the embedded default's SMTP
 * server received, with its body and attachments. Only the admin.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.js';
import {
  readMailbox,
  readMailboxAttachment,
  readMailboxMessage,
} from '../../services/mail/read-mailbox.js';
import { sendFile } from '../documents/send-file.js';
import {
  mailboxAttachmentParams,
  mailboxListSchema,
  mailboxMessageSchema,
  mailboxParams,
} from './schema.js';

export function registerMailRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['mail'];

  r.get(
    '/api/admin/mailbox',
    {
      config: { action: 'mailbox.read' },
      schema: {
        tags,
        summary: 'The dev mailbox, newest first (admin)',
        response: { 200: mailboxListSchema },
      },
    },
    async () => readMailbox(ctx),
  );

  r.get(
    '/api/admin/mailbox/:id',
    {
      config: { action: 'mailbox.read' },
      schema: {
        tags,
        summary: 'One e-mail of the dev mailbox: its text, HTML and attachments (admin)',
        params: mailboxParams,
        response: { 200: mailboxMessageSchema },
      },
    },
    async (request) => readMailboxMessage(ctx, request.params.id),
  );

  r.get(
    '/api/admin/mailbox/:id/attachments/:n',
    {
      config: { action: 'mailbox.read' },
      schema: {
        tags,
        summary: 'The bytes of one attachment of a dev-mailbox e-mail, as a download (admin)',
        params: mailboxAttachmentParams,
      },
    },
    async (request, reply) =>
      sendFile(reply, await readMailboxAttachment(ctx, request.params.id, request.params.n)),
  );
}
