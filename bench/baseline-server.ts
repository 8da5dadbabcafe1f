/**
 * The baseline every benchmark figure is a ratio of: a bare Fastify route that does one durable
 * insert of the request body into the same database the app uses (SQLite WAL + synchronous=FULL,
 * or PostgreSQL). Run as its own process, like the app.
 */
import Fastify from 'fastify';
import { readConfig } from '../src/platform/config.js';
import { openStore } from '../src/platform/start-context.js';
import { sql } from 'kysely';

const config = readConfig();
const store = openStore(config);
await sql`create table if not exists bench_baseline (id text primary key, payload text not null)`.execute(
  store.db,
);
const app = Fastify({ bodyLimit: 10 * 1024 * 1024 });
let n = 0;
app.put('/baseline/:id', async (request) => {
  n += 1;
  await sql`insert into bench_baseline (id, payload) values (${`${process.pid}-${n}`}, ${JSON.stringify(request.body)})`.execute(
    store.db,
  );
  return { ok: true };
});
await app.listen({ port: config.port, host: '127.0.0.1' });
console.log('baseline ready');
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => store.close())
    .then(() => process.exit(0));
});
