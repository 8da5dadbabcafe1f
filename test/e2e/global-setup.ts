/** Before the browser journeys: Chromium present (installed when root), web bundle freshly built. */
import { resolve } from 'node:path';
// @ts-expect-error -- a plain .mjs script shared with scripts/test-all.mjs, without types
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';

export default async function setup(): Promise<void> {
  (ensureChromium as () => void)();
  const vite = await import('vite');
  await vite.build({
    configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
    logLevel: 'warn',
  });
}
