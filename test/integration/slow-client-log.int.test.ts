/**
 * A client cut off for sending too slowly is the client's problem: the server logs one line
 * without a stack trace, never an "unhandled error" at error level.
 */
import { connect, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type BuiltApp } from '../../src/server/app.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('a slow client cut off', () => {
  let t: TestApp;
  let built: BuiltApp;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await createTestApp('sqlite', { env: { TILSKUDD_REQUEST_TIMEOUT_MS: '1000' } });
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    built = await buildApp(t.ctx, { logger: { level: 'info', stream } as { level: string } });
    await built.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await built.app.close();
    await t.close();
  });

  it('is logged as a client error without a stack trace', async () => {
    const port = (built.app.server.address() as AddressInfo).port;
    const token = await t.tokenFor('applicant-ntnu');
    const head = [
      'POST /api/applications HTTP/1.1',
      'Host: localhost',
      `Authorization: Bearer ${token}`,
      'Content-Type: application/json',
      'Content-Length: 1000',
      '',
      '{"callId":',
    ].join('\r\n');
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(text));
      socket.write(head);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    // The aborted body reaches the error handler a moment after the socket closes.
    await expect
      .poll(() => lines.some((l) => /"the client went away mid-request"|"client error"/.test(l)))
      .toBe(true);
    const bad = lines.filter((l) => l.includes('"stack"') || /"level":(50|60)/.test(l));
    expect(bad.map((l) => l.slice(0, 300))).toEqual([]);
  });
});
