import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Builds the web bundle when it is missing, so `npm install && npm start` is enough. */
export async function buildWebIfMissing(
  webDir: string,
  log: (line: string) => void,
): Promise<void> {
  if (existsSync(join(webDir, 'index.html'))) return;
  log('Building the web front end (first start only)…');
  const started = Date.now();
  const vite = await import('vite');
  await vite.build({
    configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
    logLevel: 'warn',
  });
  log(`Web front end built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
