/** API tokens for personas in browser journeys, made the way an operator makes them. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** An API token for a persona, from `npm run token` beside the running server (same database). */
export function tokenFor(dataDir: string, persona: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/token.ts', persona], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        TILSKUDD_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) =>
      code === 0
        ? done(out.trim().split('\n').pop() ?? '')
        : fail(new Error(`token ${persona}: ${err}`)),
    );
  });
}
