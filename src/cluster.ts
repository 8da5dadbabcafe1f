/**
 * `npm run start:cluster`: several app processes behind one port (Node's cluster module; the
 * primary hands connections round-robin). Meant for PostgreSQL (`DATABASE_URL`): sessions, the
 * simulated clock, receipt numbers and idempotency all live in the database, so any process can
 * answer any request. The primary migrates and seeds once; the workers then start without seeding.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { readConfig } from './platform/config.js';
import { openContext } from './platform/start-context.js';

const workers = Number(process.env.TILSKUDD_WORKERS ?? availableParallelism());

if (cluster.isPrimary) {
  const config = readConfig();
  if (!config.databaseUrl) {
    console.warn(
      'start:cluster without DATABASE_URL: SQLite allows one writer at a time; use PostgreSQL to scale.',
    );
  }
  const ctx = await openContext(config);
  await ctx.store.close();
  let stopping = false;
  for (let i = 0; i < workers; i += 1)
    cluster.fork({ TILSKUDD_SEED: '0', TILSKUDD_BUILD_WEB: '0' });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork({ TILSKUDD_SEED: '0', TILSKUDD_BUILD_WEB: '0' });
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} else {
  await import('./main.js');
}
