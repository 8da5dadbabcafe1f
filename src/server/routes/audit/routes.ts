/**
 * The audit trail's verification for administrators (R32, docs/adr/0013): the last result, and a
 * run on request. `npm run audit:verify` does the same from a shell.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditKeyring } from '../../../platform/audit-keyring.js';
import type { AppContext } from '../../context.js';
import {
  readLastAuditVerification,
  runAuditVerification,
  type AuditVerification,
} from '../../services/audit/verify-chain.js';
import { auditStatusSchema } from './schema.js';

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];
  // One run at a time per process: a second request while one runs gets its result.
  let running: Promise<AuditVerification> | null = null;

  const status = async () => ({
    last: await readLastAuditVerification(ctx),
    key: { id: auditKeyring(ctx.config).signing.id },
    checkpointMinutes: ctx.config.audit.checkpointMinutes,
  });

  r.get(
    '/api/admin/audit/verification',
    {
      config: { action: 'audit.verify' },
      schema: {
        tags,
        summary: 'The last verification of the audit trail (admin)',
        response: { 200: auditStatusSchema },
      },
    },
    async () => status(),
  );

  r.post(
    '/api/admin/audit/verification',
    {
      config: { action: 'audit.verify' },
      schema: {
        tags,
        summary:
          'Verify the audit trail now (admin): the chain, its signed checkpoints in the database and the file, every stored snapshot and file',
        response: { 200: auditStatusSchema },
      },
    },
    async (request) => {
      running ??= runAuditVerification(
        ctx,
        { principal: request.principal, label: 'admin page' },
        () => new Date(),
      ).finally(() => {
        running = null;
      });
      await running;
      return status();
    },
  );
}
