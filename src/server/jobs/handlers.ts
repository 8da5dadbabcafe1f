/** Every kind of durable job this app runs, with its handler. */
import type { AppContext } from '../context.js';
import { scanAttachmentJob } from '../services/virus-scan/scan-attachment-job.js';
import type { JobHandler, JobLog } from './job-runner.js';

export function jobHandlers(ctx: AppContext, log: JobLog): JobHandler[] {
  return [scanAttachmentJob(ctx, log)];
}
