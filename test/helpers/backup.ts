/** Runs `npm run backup` / `npm run restore` as child processes, and submits through the test app. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { createCompleteApplication, submit } from './applications.js';
import { ROOT, type TestApp } from './test-app.js';

function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const {
    TILSKUDD_AUDIT_KEY: _k,
    TILSKUDD_AUDIT_KEY_FILE: _f,
    DATABASE_URL: _d,
    ...rest
  } = process.env;
  return { ...rest, NODE_ENV: 'development', LOG_LEVEL: 'silent', ...env };
}

export function runCli(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    env: cliEnv(env),
    encoding: 'utf8',
    timeout: 120_000,
  });
}

export function startCli(
  script: 'backup' | 'restore',
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    env: cliEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout?.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

/** Resolves when the child's stderr contains `text`. */
export function waitForOutput(run: ReturnType<typeof startCli>, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (run.stderr().includes(text)) {
        resolve();
        return true;
      }
      return false;
    };
    if (check()) return;
    run.child.stderr?.on('data', () => void check());
    void run.exited.then(() => {
      if (!check()) reject(new Error(`exited before "${text}": ${run.stderr()}`));
    });
  });
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

let sequence = 0;

/** A complete application submitted; resolves to its receipt number once the receipt is given. */
export async function submitOne(t: TestApp): Promise<string> {
  const id = await createCompleteApplication(t);
  sequence += 1;
  const res = await submit(t, id, `backup-${process.pid}-${sequence}`);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ receiptNumber: string }>().receiptNumber;
}
