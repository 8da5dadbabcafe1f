/**
 * The INSTREAM client against a real clamd (started by the test with a local EICAR signature),
 * and against a socket that never answers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eicarBytes,
  EICAR_SIGNATURE,
  startTestClamd,
  type TestClamd,
} from '../../../test/helpers/clamd.js';
import { signedAgreementPdf } from '../../../test/fixtures/files/build-files.js';
import { parseClamdAddress } from './clamd-address.js';
import { pingClamd, scanBytes } from './clamd-client.js';
import { ClamdError } from './clamd-reply.js';

let clamd: TestClamd;
beforeAll(async () => {
  clamd = await startTestClamd();
});
afterAll(async () => {
  await clamd?.dispose();
});

const options = { timeoutMs: 20_000 };

describe('clamd INSTREAM client', () => {
  it('finds the EICAR test string and names the signature', async () => {
    const address = parseClamdAddress(clamd.setting);
    expect(await scanBytes(address, eicarBytes(), options)).toEqual({
      verdict: 'infected',
      signature: EICAR_SIGNATURE,
    });
  });

  it('finds it across chunk boundaries, deep inside a large file', async () => {
    const address = parseClamdAddress(clamd.setting);
    const bytes = Buffer.concat([Buffer.alloc(300_001, 0x41), eicarBytes(), Buffer.alloc(70_000)]);
    expect(await scanBytes(address, bytes, { ...options, chunkBytes: 4096 })).toMatchObject({
      verdict: 'infected',
    });
  });

  it('passes a clean PDF', async () => {
    const address = parseClamdAddress(clamd.setting);
    expect(await scanBytes(address, await signedAgreementPdf(), options)).toEqual({
      verdict: 'clean',
    });
    expect(await pingClamd(address, options)).toBe(true);
  });

  it('says clamd is unreachable when the socket is missing (worth retrying)', async () => {
    const error = await scanBytes(
      { kind: 'unix', path: join(tmpdir(), 'no-such-clamd.sock') },
      Buffer.from('x'),
      options,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClamdError);
    expect((error as ClamdError).kind).toBe('unreachable');
    expect((error as ClamdError).transient).toBe(true);
    expect((error as Error).message).toMatch(/no-such-clamd\.sock could not be reached: ENOENT/);
  });

  it('gives up on a daemon that takes the bytes and never answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tilskudd-silent-'));
    const path = join(dir, 'silent.sock');
    const silent = net.createServer((socket) => socket.resume());
    await new Promise<void>((r) => silent.listen(path, r));
    try {
      const error = await scanBytes({ kind: 'unix', path }, Buffer.alloc(1000), {
        timeoutMs: 300,
      }).catch((e: unknown) => e);
      expect((error as ClamdError).kind).toBe('timeout');
      expect((error as Error).message).toMatch(/no answer within 300 ms/);
    } finally {
      silent.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
