/** `npm run migrate`: applies pending migrations to the configured database and says which. */
import { readConfig } from '../platform/config.js';
import { openStore } from '../platform/start-context.js';
import { migrateToLatest } from '../store/create-store.js';

const config = readConfig();
const store = openStore(config);
try {
  const applied = await migrateToLatest(store);
  console.log(applied.length === 0 ? 'Database is up to date.' : `Applied: ${applied.join(', ')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await store.close();
}
