import { spawnSync } from 'node:child_process';
import { ROOT } from './support.js';

/** A bearer token from `npm run token`, on the same database as the server under test. */
export function issueToken(persona: string, env: Record<string, string>): Promise<string> {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/token.ts', persona], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const token = out.stdout.trim().split('\n').at(-1);
  if (out.status !== 0 || !token) throw new Error(`token failed: ${out.stderr}`);
  return Promise.resolve(token);
}
