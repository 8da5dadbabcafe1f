/**
 * The journal (R32): officers read a call's journal and screen entries; anyone reads the public
 * journal of a period, as JSON or as Noark 5 offentligJournal.xml (eInnsyn).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../auth/principal-of.js';
import type { AppContext } from '../../context.js';
import { localeOf } from '../../i18n/locale.js';
import { readJournal } from '../../services/journal/read-journal.js';
import {
  readOffentligJournalXml,
  readPublicJournal,
} from '../../services/journal/read-public-journal.js';
import { screenJournalEntry } from '../../services/journal/screen-journal-entry.js';
import {
  callJournalParams,
  journalEntryParams,
  journalQuery,
  publicJournalQuery,
  screeningBody,
} from './schema.js';

export function registerJournalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['journal'];

  r.get(
    '/api/calls/:callId/journal',
    {
      config: { action: 'journal.read' },
      schema: {
        tags,
        summary: "The call's journal: both titles, screening, requests (officer, leader)",
        params: callJournalParams,
        querystring: journalQuery,
      },
    },
    async (request) =>
      readJournal(
        ctx,
        principalOf(request),
        request.params.callId,
        request.query,
        localeOf(request),
      ),
  );

  r.post(
    '/api/journal/:id/screening',
    {
      config: { action: 'journal.screen' },
      schema: {
        tags,
        summary: "Screen an entry's title words or document under a legal basis (officer)",
        params: journalEntryParams,
        body: screeningBody,
      },
    },
    async (request) =>
      screenJournalEntry(
        ctx,
        principalOf(request),
        request.params.id,
        request.body,
        localeOf(request),
        request.receivedAt,
      ),
  );

  r.get(
    '/api/public/journal',
    {
      config: { action: 'public.read' },
      schema: {
        tags,
        summary: 'The public journal of a period (offentlig journal): public titles only',
        querystring: publicJournalQuery,
      },
    },
    async (request) => readPublicJournal(ctx, request.query, localeOf(request)),
  );

  r.get(
    '/api/public/journal/offentligJournal.xml',
    {
      config: { action: 'public.read' },
      schema: {
        tags,
        summary: 'The public journal of a period as Noark 5 offentligJournal.xml (eInnsyn)',
        querystring: publicJournalQuery,
      },
    },
    async (request, reply) => {
      const xml = await readOffentligJournalXml(ctx, request.query);
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="offentligJournal.xml"')
        .send(xml);
    },
  );
}
