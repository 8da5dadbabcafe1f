import { defineConfig } from 'vitest/config';

// Three kinds of test, run separately by scripts/test-all.mjs:
// unit: pure code, no database, no network; integration: store and HTTP against SQLite and
// PostgreSQL; e2e: browser journeys in Debian's Chromium against a real server.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          setupFiles: ['test/helpers/no-network.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
          // A page chunk may take seconds to arrive on a loaded 2-core machine; polls wait for it.
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});
