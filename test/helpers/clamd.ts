/**
 * A real ClamAV daemon for tests: a temporary config (a unix socket in a temp dir, a signature
 * directory holding one .ndb signature for the EICAR test string, Foreground yes), started and
 * stopped by the test. No update server is needed or reached.
 *
 * A missing clamd fails the suite with the install command; it never skips silently.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pingClamd } from '../../src/integrations/clamav/clamd-client.js';

/**
 * The EICAR anti-virus test string, kept as hex and turned into bytes in memory, so that no file
 * of this repository holds it (a scanner on a developer's machine would quarantine that file).
 */
const EICAR_HEX =
  '58354f2150254041505b345c505a58353428505e2937434329377d2445494341522d5354414e444152442d414e544956495255532d544553542d46494c452124482b482a';

export function eicarBytes(): Buffer {
  return Buffer.from(EICAR_HEX, 'hex');
}

/** The name clamd reports for the signature the test setup writes. */
export const EICAR_SIGNATURE = 'Eicar-Test.UNOFFICIAL';

const CANDIDATES = ['/usr/sbin/clamd', '/usr/bin/clamd', '/usr/local/sbin/clamd'];

export function findClamd(): string {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'clamd (ClamAV daemon) is not installed, so the virus-scan tests cannot run. Install it: apt-get install -y clamav-daemon (.ci/run does this).',
    );
  }
  return found;
}

export interface TestClamd {
  /** The TILSKUDD_CLAMD value for this daemon. */
  setting: string;
  socketPath: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the daemon and removes its directory. */
  dispose(): Promise<void>;
}

/** Writes the config and signature and starts clamd; resolves once it answers PING. */
export async function startTestClamd(): Promise<TestClamd> {
  const binary = findClamd();
  const dir = mkdtempSync(join(tmpdir(), 'tilskudd-clamd-'));
  const dbDir = join(dir, 'db');
  const socketPath = join(dir, 'clamd.sock');
  const configPath = join(dir, 'clamd.conf');
  mkdirSync(dbDir);
  writeFileSync(join(dbDir, 'eicar.ndb'), `Eicar-Test:0:*:${EICAR_HEX}\n`);
  writeFileSync(
    configPath,
    [
      'Foreground yes',
      `LocalSocket ${socketPath}`,
      `DatabaseDirectory ${dbDir}`,
      `TemporaryDirectory ${dir}`,
      `PidFile ${join(dir, 'clamd.pid')}`,
      `LogFile ${join(dir, 'clamd.log')}`,
      'StreamMaxLength 30M',
      'SelfCheck 0',
      '',
    ].join('\n'),
  );
  let child: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    if (child && child.exitCode === null) return;
    const proc = spawn(binary, ['-c', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    output = '';
    proc.stdout.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (proc.exitCode !== null) {
        throw new Error(`clamd exited with ${proc.exitCode} before answering:\n${output}`);
      }
      if (await pingClamd({ kind: 'unix', path: socketPath }, { timeoutMs: 1000 })) return;
      if (Date.now() > deadline) throw new Error(`clamd did not answer PING in 60 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const stop = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
    // clamd removes its socket on a clean stop; make sure a stale one does not linger.
    rmSync(socketPath, { force: true });
  };

  await start();
  return {
    setting: `unix:${socketPath}`,
    socketPath,
    start,
    stop,
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
