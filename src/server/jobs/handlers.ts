/** Every kind of durable job this app runs, with its handler. */
import type { AppContext } from '../context.js';
import { sensitivityJob } from '../services/allocation/sensitivity-job.js';
import { deliverMailJob } from '../services/mail/deliver-mail-job.js';
import type { MailDelivery } from '../services/mail/mail-delivery.js';
import { issueDecisionsJob } from '../services/decisions/issue-decisions.js';
import { followUpJob } from '../services/followup/follow-up-job.js';
import { prepareDecisionsJob } from '../services/decisions/prepare-decisions.js';
import { retentionJob } from '../services/privacy/retention-job.js';
import { scanAttachmentJob } from '../services/virus-scan/scan-attachment-job.js';
import type { JobHandler, JobLog } from './job-runner.js';

/** Without `mail` (tests of other jobs) queued e-mail waits for a process that has it. */
export function jobHandlers(ctx: AppContext, log: JobLog, mail?: MailDelivery): JobHandler[] {
  const handlers = [
    scanAttachmentJob(ctx, log),
    sensitivityJob(ctx, log),
    prepareDecisionsJob(ctx, log),
    issueDecisionsJob(ctx, log),
    followUpJob(ctx, log),
    retentionJob(ctx, log),
  ];
  if (mail) {
    const leaseMs = ctx.config.jobs.leaseMs;
    handlers.push(deliverMailJob({ store: ctx.store, delivery: mail, log, leaseMs }));
  }
  return handlers;
}
