/**
 * `npm start`: configuration → call definitions → database and migrations → clock → demo data →
 * web bundle → HTTP. Any failure stops start-up with one clear line and exit code 1.
 */
import { buildApp, WEB_DIR } from './server/app.js';
import { buildWebIfMissing } from './platform/build-web.js';
import { readConfig } from './platform/config.js';
import { openContext } from './platform/start-context.js';
import { toOsloIsoString } from './domain/time/oslo.js';
import { closeDueIntakes } from './server/services/cases/intake.js';
import { jobHandlers } from './server/jobs/handlers.js';
import { createJobRunner } from './server/jobs/job-runner.js';
import { openMailDelivery } from './server/services/mail/mail-delivery.js';
import { ensureFollowUpSweep } from './server/services/followup/follow-up-job.js';
import { describeScanner } from './server/services/virus-scan/scanner-status.js';
import { startPeriodicCheckpoints } from './server/services/audit/checkpoints.js';
import { scheduleRetention } from './server/services/privacy/retention-job.js';

async function main(): Promise<void> {
  const started = performance.now();
  const config = readConfig();
  const ctx = await openContext(config);
  if (config.buildWebIfMissing) await buildWebIfMissing(WEB_DIR, (line) => console.warn(line));
  const { app, health } = await buildApp(ctx);

  // Intake closes by itself at the deadline, even when nobody asks for the case list (every case
  // request checks the clock too). Safe to run in every process: one of them claims the intake.
  const intakeTimer = setInterval(() => {
    void ctx.clock
      .sync()
      .then(() => closeDueIntakes(ctx, ctx.clock.now()))
      .catch((error: unknown) => app.log.error({ err: error }, 'closing due intakes failed'));
  }, 10_000);
  intakeTimer.unref();
  // The audit chain's head is signed at start and periodically (docs/adr/0013).
  const stopCheckpoints = startPeriodicCheckpoints(ctx, () => ctx.clock.now());

  // E-mail from the outbox goes to SMTP_URL, or to the in-process SMTP server and dev mailbox.
  const mail = await openMailDelivery(ctx, app.log);
  // Durable background work (e-mail, virus scans of files stored while clamd was away); every
  // process polls, and a lease gives each job to one of them.
  const jobs = createJobRunner({
    store: ctx.store,
    handlers: jobHandlers(ctx, app.log, mail),
    log: app.log,
    pollMs: config.jobs.pollMs,
    leaseMs: config.jobs.leaseMs,
  });
  // Reminders, warnings and lapses of grants not accepted (ADR 0025): one recurring sweep.
  await ensureFollowUpSweep(ctx.store);
  jobs.start();
  // Drafts past their call's retention are deleted by a nightly job (docs/adr/0024).
  const stopRetention = scheduleRetention(ctx.store, app.log);
  if (!config.clamd) app.log.warn(describeScanner(config));
  if (config.production && mail.embedded) {
    app.log.warn('SMTP_URL is not set: e-mail stays in the dev mailbox and reaches nobody');
  }

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    // Draining: /readyz answers 503 so a load balancer stops sending new work, while requests
    // keep being served for the grace period; then close() finishes what is in flight.
    health.draining = true;
    clearInterval(intakeTimer);
    stopRetention();
    await jobs.stop();
    await mail.close();
    stopCheckpoints();
    app.log.info({ signal }, 'draining: readyz is false, finishing in-flight requests');
    if (signal === 'SIGTERM' && config.shutdownGraceMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs));
    }
    try {
      await app.close();
      await ctx.store.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const db = ctx.store.dialect === 'sqlite' ? config.sqlitePath : 'PostgreSQL';
  console.warn(
    [
      `tilskudd is ready at ${config.publicUrl} (started in ${seconds} s)`,
      `  database: ${db}`,
      config.demo
        ? `  demo mode: built-in sign-in with personas, simulated clock at ${toOsloIsoString(ctx.clock.now())} (Oslo)`
        : `  ${config.production ? 'production' : `NODE_ENV=${process.env.NODE_ENV ?? 'development'}, not demo`}: sign-in with ${config.oidc.issuer}${config.oidc.staff ? ` (staff: ${config.oidc.staff.issuer})` : ''}; the built-in provider and npm run token are off`,
      `  ${describeScanner(config)}`,
      `  ${mail.description}`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(
    `tilskudd could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
